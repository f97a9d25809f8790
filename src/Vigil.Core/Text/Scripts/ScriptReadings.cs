using Vigil.Core.Matching;

namespace Vigil.Core.Text.Scripts;

/// <summary>
/// Other ways to read a name written in a script or a romanisation the lists do not use, each a name to search or index
/// besides the name as written: Hangul in the Korean systems (<see cref="KoreanNames"/>), Hebrew without its prefixes,
/// with hard letters and in English biblical spelling (<see cref="Hebrew"/>), Arabic script with a final ه written ة
/// and Persian with و read v and ق gh, Arabic with ث ذ ض ظ read as Persian reads them, al-Din joined to the word before (<see cref="ArabicScript"/>), Greek by ELOT 743 and popular spelling (<see cref="Greek"/>), Burmese
/// syllables in the conventional spelling (<see cref="Burmese"/>), Thai in RTGS and letter-wise (<see cref="Thai"/>),
/// Khmer in its known spelling and UNGEGN (<see cref="Khmer"/>), Cyrillic names romanised by German, Polish, Czech, Latvian or French rules
/// (<see cref="CyrillicRomanisations"/>), Chinese names in Wade–Giles read as pinyin (<see cref="WadeGiles"/>) and digits
/// written for letters (<see cref="DigitLetters"/>).
/// </summary>
public static class ScriptReadings
{
    /// <summary>Readings of a name in another script: as good as the name itself.</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="profile">The profile that caps how many (<see cref="ScoringProfile.ScriptReadings"/>).</param>
    public static IReadOnlyList<string> OfScript(string name, ScoringProfile profile)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(profile);
        // Most names hold none of these scripts: one scan, no allocation.
        if (name.AsSpan().IndexOfAnyInRange('\u0370', '\uFFFF') < 0 || !HasRuledScript(name)) return [];
        var readings = KoreanNames.Readings(name, profile.ScriptReadings);
        if (Burmese.Reading(name) is { } burmese) readings.Add(burmese);
        foreach (var r in Thai.Readings(name).Concat(Khmer.Readings(name)))
            if (readings.Count < profile.ScriptReadings) readings.Add(r);
        foreach (var r in Hebrew.WithoutPrefixes(name).Concat(Hebrew.Hard(name)).Concat(Hebrew.English(name)).Concat(Greek.Readings(name)))
            if (readings.Count < profile.ScriptReadings) readings.Add(r);
        if (readings.Count < profile.ScriptReadings && ArabicScript.WithTaMarbuta(name) is { } taMarbuta) readings.Add(taMarbuta);
        if (readings.Count < profile.ScriptReadings && ArabicScript.WithPersianV(name) is { } persianV) readings.Add(persianV);
        if (readings.Count < profile.ScriptReadings && ArabicScript.WithPersianGh(name) is { } persianGh) readings.Add(persianGh);
        var consonants = ArabicScript.WithPersianConsonants(name);
        if (readings.Count < profile.ScriptReadings && consonants is not null) readings.Add(consonants);
        foreach (var r in ArabicScript.WithDinJoined(name))
            if (readings.Count < profile.ScriptReadings) readings.Add(r);
        // Both at once: ضياء الدين → زياءدين, Ziauddin.
        if (consonants is not null)
            foreach (var r in ArabicScript.WithDinJoined(consonants))
                if (readings.Count < profile.ScriptReadings) readings.Add(r);
        return readings;
    }

    /// <summary>Readings of a Latin name made by rules (romanisation conventions, digits for letters unless
    /// <paramref name="digitsForLetters"/> is false, as for vessels, whose names carry numbers): searched with
    /// <see cref="ScoringProfile.RuleReadingFactor"/>.</summary>
    public static IReadOnlyList<string> ByRule(string name, bool digitsForLetters = true)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!MayHaveRule(name)) return [];
        var readings = new List<string>(2);
        var digits = digitsForLetters ? DigitLetters.Reading(name) : null;
        if (digits is not null) readings.Add(digits);
        var source = digits ?? name;
        if (CyrillicRomanisations.CentralEuropean(source) is { } central) readings.Add(central);
        if (CyrillicRomanisations.French(source) is { } french) readings.Add(french);
        if (CyrillicRomanisations.YoAsE(source) is { } yo) readings.Add(yo);
        readings.AddRange(WadeGiles.Readings(source));
        return readings;
    }

    private static bool HasRuledScript(string name)
    {
        foreach (var c in name)
            if (Hangul.IsSyllable(c) || Hebrew.IsLetter(c) || c is '\u0647' or '\u0648' or '\u062F' or '\u0642' or '\u062B' or '\u0630' or '\u0636' or '\u0638' || c is >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' or >= '\u1000' and <= '\u102A' || Thai.IsThai(c) || Khmer.IsKhmer(c))
                return true;
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> RuleLetters = System.Buffers.SearchValues.Create("wWjJ0123456789@$");

    /// <summary>False when no rule can apply (no w, j, digit, letter beyond ASCII or mark of the systems, Wade–Giles's
    /// apostrophe, hyphen, hs, ts, tz, -ung, -ih, -ie, -uei, -eh among them): most names.</summary>
    private static bool MayHaveRule(string name)
    {
        var span = name.AsSpan();
        if (span.IndexOfAny(RuleLetters) >= 0 || span.IndexOfAnyExceptInRange('\0', '\u007F') >= 0) return true;
        foreach (var mark in (ReadOnlySpan<string>)["yo", "sch", "cz", "sz", "rz", "ou", "tch", "gu", "ine", "vs", "'", "-", "hs", "ts", "tz", "ung", "ih", "ie", "uei", "eh"])
            if (span.Contains(mark, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
