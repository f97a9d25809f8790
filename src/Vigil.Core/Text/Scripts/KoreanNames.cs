using System.Collections.Frozen;

namespace Vigil.Core.Text.Scripts;

/// <summary>
/// Latin readings of a Korean name written in Hangul: the family name in the spellings people use for it
/// (<c>Text/Data/korean_surnames.tsv</c>: 이 Lee / Yi / Ri, 박 Park / Pak / Bak) and the given name in the DPRK,
/// Revised Romanization and McCune–Reischauer systems.
/// </summary>
internal static class KoreanNames
{
    private static readonly Lazy<FrozenDictionary<string, string[]>> Surnames = new(() =>
        ReferenceData.CoreRows("korean_surnames.tsv", 2).ToFrozenDictionary(
            r => r[0], r => r[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal));

    private static readonly Hangul.System[] Systems = [Hangul.System.Dprk, Hangul.System.Revised, Hangul.System.McCuneReischauer];

    /// <summary>Readings of <paramref name="name"/>, most likely first, at most <paramref name="most"/>; empty when it
    /// holds no Hangul.</summary>
    public static List<string> Readings(string name, int most)
    {
        var readings = new List<string>();
        if (!Hangul.Contains(name) || most <= 0) return readings;
        var (before, surname, given, last) = SurnameLast(name) ?? SplitSurname(name);
        var spellings = surname.Length > 0 && Surnames.Value.TryGetValue(surname, out var s) ? s : [];
        // The usual spelling of the family name with each system's given name, then each system on its own, then the
        // family name's other spellings with the given name as North Korean and South Korean names are written.
        foreach (var system in Systems)
            if (spellings.Length > 0) Add(Compose(spellings[0], system));
        foreach (var system in Systems) Add(Hangul.Romanise(name, system));
        for (var i = 1; i < spellings.Length; i++)
        {
            Add(Compose(spellings[i], Hangul.System.Dprk));
            Add(Compose(spellings[i], Hangul.System.Revised));
        }
        return readings;

        // the family name where it was written: first (김정은) or last (현우 한)
        string Compose(string family, Hangul.System system) =>
            last ? before + " " + Hangul.Romanise(given, system) + " " + family : before + " " + family + " " + Hangul.Romanise(given, system);

        void Add(string reading)
        {
            var squashed = string.Join(' ', reading.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (readings.Count < most && !readings.Contains(squashed, StringComparer.Ordinal)) readings.Add(squashed);
        }
    }

    /// <summary>A reading of a free text in which each run of three to five Hangul syllables that opens with a family name
    /// of <c>korean_surnames.tsv</c> (a name of three syllables, perhaps with a particle: 김여정은) is written as the lists
    /// write North Korean names: the family name's usual spelling and each syllable after it in the DPRK system, each a
    /// capitalised word (<c>Kim Yo Jong Un</c>); with the offset in <paramref name="text"/> of each of its characters. The
    /// reading holds only the lines it rewrites, each followed by a blank line. Null when no run is rewritten. AnyAscii, which the normaliser uses, reads Hangul in the Revised Romanization (gim yeo jeong).</summary>
    public static (string Text, int[] Offsets)? TextReading(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Hangul.Contains(text)) return null;
        var sb = new System.Text.StringBuilder();
        var offsets = new List<int>();
        // Only the lines it rewrites, a blank line apart: the reading is screened whole, and most of a text is other
        // lines (a file of news in several languages).
        for (var from = 0; from < text.Length;)
        {
            var end = text.IndexOf('\n', from);
            if (end < 0) end = text.Length;
            var mark = sb.Length;
            if (ReadLine(from, end))
            {
                var at = Math.Min(end, text.Length - 1);
                Append("\n\n", at);
            }
            else
            {
                sb.Length = mark;
                offsets.RemoveRange(mark, offsets.Count - mark);
            }
            from = end + 1;
        }
        return sb.Length > 0 ? (sb.ToString(), [.. offsets]) : null;

        bool ReadLine(int from, int end)
        {
            var changed = false;
            for (var i = from; i < end;)
            {
                var run = 0;
                while (i + run < end && Hangul.IsSyllable(text[i + run])) run++;
                if (run is >= 3 and <= 5 && FamilyName(text.Substring(i, run)) is { } family)
                {
                    Append(Capitalised(family.Spelling), i);
                    for (var k = i + family.Length; k < i + run; k++)
                    {
                        Append(" ", k);
                        Append(Capitalised(Hangul.Syllable(text[k], Hangul.System.Dprk)), k);
                    }
                    changed = true;
                    i += run;
                    continue;
                }
                var copy = Math.Max(run, 1);
                for (var k = i; k < i + copy; k++) Append(text[k].ToString(), k);
                i += copy;
            }
            return changed;
        }

        void Append(string s, int at)
        {
            sb.Append(s);
            for (var k = 0; k < s.Length; k++) offsets.Add(at);
        }

        static string Capitalised(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
    }

    /// <summary>The usual spelling of the family name that opens <paramref name="word"/> (two syllables for a compound the
    /// table lists, 남궁), and its length in syllables.</summary>
    private static (string Spelling, int Length)? FamilyName(string word)
    {
        var surnames = Surnames.Value;
        if (word.Length >= 4 && surnames.TryGetValue(word[..2], out var compound) && compound.Length > 0) return (compound[0], 2);
        return surnames.TryGetValue(word[..1], out var one) && one.Length > 0 ? (one[0], 1) : null;
    }

    /// <summary>A name written in Western order (현우 한, Hyun-woo HAN): the last word is a known family name of one
    /// syllable (or a compound of two) after given names of two syllables or more, all in Hangul.</summary>
    private static (string Before, string Surname, string Given, bool Last)? SurnameLast(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words[0].Length < 2 || !words.All(w => w.All(Hangul.IsSyllable))) return null;
        var family = words[^1];
        if (family.Length > 2 || !Surnames.Value.ContainsKey(family)) return null;
        return ("", family, string.Join(' ', words[..^1]), true);
    }

    /// <summary>The text before the family name, the family name (one syllable, or two when the table lists such a
    /// compound: 남궁, 황보) and the rest. The family name opens the first Hangul word, as Korean names are written.</summary>
    private static (string Before, string Surname, string Given, bool Last) SplitSurname(string name)
    {
        var at = 0;
        while (at < name.Length && !Hangul.IsSyllable(name[at])) at++;
        if (at >= name.Length) return (name, "", "", false);
        var wordLength = 0;
        while (at + wordLength < name.Length && Hangul.IsSyllable(name[at + wordLength])) wordLength++;
        var length = wordLength >= 3 && Surnames.Value.ContainsKey(name.Substring(at, 2)) ? 2 : 1;
        // A lone Hangul word of one syllable, or of two with no other Hangul, may still be a given name alone: only a
        // known family name is read as one.
        var surname = name.Substring(at, length);
        if (!Surnames.Value.ContainsKey(surname)) return (name, "", "", false);
        return (name[..at], surname, name[(at + length)..], false);
    }
}
