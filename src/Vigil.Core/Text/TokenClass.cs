namespace Vigil.Core.Text;

/// <summary>What a word contributes to a name's identity.</summary>
public enum TokenClass : byte
{
    /// <summary>An ordinary name word: its weight comes from how rare it is on the lists.</summary>
    Normal = 0,
    /// <summary>Particles such as al, bin, abu, de, van: weigh little.</summary>
    Particle,
    /// <summary>Honorifics, ranks and suffixes (Mr, Dr, Sheikh, General, Jr): weigh very little.</summary>
    Title,
    /// <summary>Vessel prefixes (MV, MT, M/V).</summary>
    VesselPrefix,
    /// <summary>Legal forms (LLC, Ltd, JSC, S.A.), canonicalised across languages.</summary>
    LegalForm,
    /// <summary>Generic words of organisation names (trading, international, group).</summary>
    Generic,
    /// <summary>A single letter: an initial.</summary>
    Initial,
    /// <summary>Digits (vessel numbering, company numbers in names).</summary>
    Number,
}
