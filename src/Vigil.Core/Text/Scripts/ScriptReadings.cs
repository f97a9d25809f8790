using Vigil.Core.Matching;

namespace Vigil.Core.Text.Scripts;

/// <summary>
/// Other ways to read a name written in a script or a romanisation the lists do not use, each a name to search or index
/// besides the name as written: Hangul in the Korean systems (<see cref="KoreanNames"/>), Hebrew without its prefixes
/// (<see cref="Hebrew"/>), Greek by ELOT 743 and popular spelling (<see cref="Greek"/>), Burmese
/// syllables in the conventional spelling (<see cref="Burmese"/>), Cyrillic names romanised by German, Polish, Czech, Latvian or French rules
/// (<see cref="CyrillicRomanisations"/>) and digits written for letters (<see cref="DigitLetters"/>).
/// </summary>
public static class ScriptReadings
{
    /// <summary>Readings of a name in another script: as good as the name itself.</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="profile">The profile that caps how many (<see cref="ScoringProfile.ScriptReadings"/>).</param>
    public static List<string> OfScript(string name, ScoringProfile profile)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(profile);
        var readings = KoreanNames.Readings(name, profile.ScriptReadings);
        if (Burmese.Reading(name) is { } burmese) readings.Add(burmese);
        foreach (var r in Hebrew.WithoutPrefixes(name).Concat(Hebrew.Hard(name)).Concat(Greek.Readings(name)))
            if (readings.Count < profile.ScriptReadings) readings.Add(r);
        return readings;
    }

    /// <summary>Readings of a Latin name made by rules (romanisation conventions, digits for letters): searched with
    /// <see cref="ScoringProfile.RuleReadingFactor"/>.</summary>
    public static List<string> ByRule(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var readings = new List<string>(2);
        var digits = DigitLetters.Reading(name);
        if (digits is not null) readings.Add(digits);
        var source = digits ?? name;
        if (CyrillicRomanisations.CentralEuropean(source) is { } central) readings.Add(central);
        if (CyrillicRomanisations.French(source) is { } french) readings.Add(french);
        return readings;
    }
}
