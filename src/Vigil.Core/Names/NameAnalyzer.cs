using System.Collections.Frozen;
using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Text;

namespace Vigil.Core.Names;

/// <summary>
/// Turns a name as written into the words it is compared by. The same code runs on list names (once, when the index
/// is built) and on queries (once per query).
/// </summary>
/// <remarks>
/// Steps, in order: normalise (any script → ASCII words); drop joining words (and, of, y, und); recognise legal forms,
/// longest first (<c>sociedad anonima</c>, <c>s a de c v</c> → <c>sa</c>), except in person names; fold spelling
/// variants to one form (<c>mohamed</c> → <c>muhammad</c>); translate organisation words to English (<c>importaciones</c>
/// → <c>import</c>; Russian and Ukrainian words in any case by their stems, <c>zavoda</c> → <c>factory</c>), except in
/// person names; join <c>abd al</c> into <c>abdul</c> and split <c>abdulrahman</c>;
/// read numbers in non-person names as digits (<c>XIV</c>, <c>Fourteen</c>, <c>14th</c>, <c>No. 14</c> → <c>14</c>, see
/// <see cref="Numbers"/>); classify each word.
/// </remarks>
public static class NameAnalyzer
{
    /// <summary>Analyses a name of an entity of the given kind (<see cref="EntityKind.Unknown"/> when not known), reading
    /// misspelt legal forms as the profile allows (<see cref="ScoringProfile.Default"/> when none is given).</summary>
    // Over 80 lines on purpose: one left-to-right pass whose rules (legal forms, abdul, variants, numerals, classes) may
    // consume the next raw word; the order of the rules is the behaviour, and it reads best as one loop.
    public static NameToken[] Analyze(string name, EntityKind kind, ScoringProfile? profile = null)
    {
        profile ??= ScoringProfile.Default;
        var raw = new List<RawToken>(8);
        TextNormalizer.Tokenize(name, raw);
        var data = ReferenceData.Instance;
        var person = kind == EntityKind.Person;
        // "G.m.b.H." = "GmbH", "S.R.L." = "SRL", "P.T." = "PT": dotted letters that spell a legal form are that form. In
        // an organisation's or vessel's name every dotted run is the word written without dots ("A.B.C. Marine" = "ABC
        // Marine"); in a person's or an unknown party's name other dotted letters stay initials ("J.R." is not a word).
        if (kind is EntityKind.Organization or EntityKind.Vessel)
        {
            TextNormalizer.JoinDottedLetters(name, raw, null);
            TextNormalizer.JoinSpacedLetters(name, raw, data.LegalForms.ContainsKey);
        }
        else if (!person) TextNormalizer.JoinDottedLetters(name, raw, data.LegalForms.ContainsKey);
        if (!person) JoinSlashedPrefix(name, raw, data);
        JoinSplitNameElements(name, raw, data, abjadOnly: false);
        var result = new List<NameToken>(raw.Count);
        List<(int At, string Word)>? places = null;
        var organisational = false;

        // Joining words carry nothing, unless the whole name is made of them.
        var allStop = true;
        foreach (var t in raw) if (!data.StopWords.Contains(t.Text)) { allStop = false; break; }

        for (var i = 0; i < raw.Count; i++)
        {
            var t = raw[i];
            var surface = t.Text;
            if (!allStop && data.StopWords.Contains(t.Text)) continue;
            // The Persian and Urdu ezafe joining two words of a compound name, written -e- or -i- (Jaish-e-Mohammed =
            // Jaish-i-Mohammed, Lashkar-e-Taiba): a joining word, not an initial.
            if (!allStop && t.Text is "e" or "i" && IsEzafe(name, t)) continue;

            // "Forty-Four", "44th", "XIV", "No. 8" → digits (Text/Numbers.cs); before legal forms, as ISO 20275 has
            // forms spelt like numerals ("VI", "II").
            if (!person && Numbers.TryRead(raw, i, kind, out var number, out var numberSpan))
            {
                var written = numberSpan == 1 ? surface : string.Join(' ', raw.GetRange(i, numberSpan).Select(r => r.Text));
                result.Add(new NameToken(number, TokenClass.Number, false, t.Start, raw[i + numberSpan - 1].End, written != number ? written : null));
                i += numberSpan - 1;
                continue;
            }

            string? repaired = null;
            if (!person && TryLegalForm(raw, i, data, profile, out var form, out var span, out repaired))
            {
                result.Add(new NameToken(form, TokenClass.LegalForm, false, t.Start, raw[i + span - 1].End, span == 1 && surface != form ? surface : null));
                i += span - 1;
                continue;
            }
            if (repaired is not null) t = t with { Text = repaired };

            var text = t.Text;
            // "abd al rahman" / Arabic "bd al rhmn" → "abdul rahman"; "abd alhalim" → "abdul halim"
            if ((text == "abd" || (t.Abjad && text == "bd")) && i + 1 < raw.Count)
            {
                var next = raw[i + 1].Text;
                if (next is "al" or "el" or "ul")
                {
                    result.Add(new NameToken("abdul", TokenClass.Normal, false, t.Start, raw[i + 1].End));
                    i++;
                    continue;
                }
                if (next.Length >= 5 && next[1] == 'l' && next[0] is 'a' or 'e' or 'u')
                {
                    result.Add(new NameToken("abdul", TokenClass.Normal, false, t.Start, t.End));
                    raw[i + 1] = raw[i + 1] with { Text = next[2..] };
                    continue;
                }
            }
            // "abdulrahman" / "abdelkader" → "abdul" + "rahman"; Arabic عبدالقدير → "bdlqdyr" → "abdul" + "qdyr"
            if (t.Abjad && text.Length >= 6 && text.StartsWith("bdl", StringComparison.Ordinal) && !data.Variants.ContainsKey(text))
            {
                result.Add(new NameToken("abdul", TokenClass.Normal, false, t.Start, t.End));
                text = text[3..];
            }
            else if (text.Length >= 8 && SplitAbdul(text) is { } rest)
            {
                result.Add(new NameToken("abdul", TokenClass.Normal, false, t.Start, t.End));
                text = rest;
            }

            if (data.Variants.TryGetValue(text, out var canonical)) text = canonical;

            var cls = TokenClass.Normal;
            if (!person && data.OrgWords.TryGetValue(text, out var english) && (kind is EntityKind.Organization or EntityKind.Vessel || !data.NamedOrgWords.Contains(text)))
            {
                text = english;
                organisational = true;
                if (data.GenericWords.Contains(english)) cls = TokenClass.Generic;
            }
            else if (data.Classes.TryGetValue(text, out var c))
            {
                cls = c;
            }
            else if (!person && data.ReadStem(text, out var translated) is { } stemmed)
            {
                // Russian and Ukrainian words in any case (zavoda, metallurgicheskiy → factory, metallurgical) and place
                // adjectives (samarskiy → samar): org_word_stems.tsv.
                if (!translated && kind == EntityKind.Unknown) (places ??= []).Add((result.Count, text));
                organisational |= translated;
                text = stemmed;
                if (translated && data.CanonicalLegalForms.Contains(stemmed)) cls = TokenClass.LegalForm;
                else if (translated && data.GenericWords.Contains(stemmed)) cls = TokenClass.Generic;
            }
            else if (text.Length == 1 && char.IsAsciiLetter(text[0]))
            {
                cls = TokenClass.Initial;
            }
            else if (IsDigits(text))
            {
                cls = TokenClass.Number;
            }
            result.Add(new NameToken(text, cls, t.Abjad, t.Start, t.End, surface != text ? surface : null));
        }

        // A place adjective in -sk- (samarskiy → samar) names a place only in an organisation's name. In a name of unknown
        // kind that nothing marks as an organisation's (no legal form, organisation word or translated stem), the word is
        // a surname as written: Zimousky, Slutsky, Poklonskaya, as listed persons' names keep them.
        if (places is not null && !organisational && !result.Exists(x => x.Class == TokenClass.LegalForm))
            foreach (var (at, word) in places) result[at] = result[at] with { Text = word, Surface = result[at].Surface == word ? null : result[at].Surface };
        // A name made only of titles or particles ("AL", "SHEIKH") keeps them as ordinary words.
        if (result.Count > 0 && result.TrueForAll(x => x.Class is TokenClass.Title or TokenClass.Particle or TokenClass.VesselPrefix))
            for (var i = 0; i < result.Count; i++) result[i] = result[i] with { Class = TokenClass.Normal };
        return [.. result];
    }

    /// <summary>Words that a compound name element Allah or al-Din does not join: the article and the words of
    /// kinship (Abd Allah is the abdul rule's, Abu Allah no compound).</summary>
    private static readonly FrozenSet<string> NotTheophoricHead =
        new[] { "al", "el", "abd", "bd", "abdul", "abu", "bu", "ibn", "bin", "ben", "bint", "ould", "ul", "ud", "ad", "ed" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Joins the name elements Allah and al-Din written apart to the word before, as the joined spellings write
    /// them (<c>Text/Data/theophoric.tsv</c>): <c>Hidayat Ullah</c> = hidayatullah, <c>Salah Eddine</c> = salaheddine,
    /// <c>Jalal ud-Din</c> = jalaluddin, <c>هدايت الله</c> = hdytallah (its consonants are every Latin spelling's). The
    /// Arabic الدين stays apart here: the lists write it apart too (NUR AL-DIN), and
    /// <see cref="Text.Scripts.ScriptReadings.OfScript"/> reads it joined as well. Persian family-name endings written
    /// apart join the same way (<c>Text/Data/name_suffixes.tsv</c>: حسن زاده = Hassanzadeh).</summary>
    internal static void JoinSplitNameElements(string text, List<RawToken> raw, ReferenceData data, bool abjadOnly)
    {
        for (var i = 1; i < raw.Count; i++)
        {
            var head = raw[i - 1];
            if (abjadOnly && !head.Abjad) continue;
            // An Arabic head may be one consonant as written (عطاء → t: Ataullah).
            if (head.Text.Length < (head.Abjad ? 1 : 2) || NotTheophoricHead.Contains(head.Text) || !IsLetters(head.Text)) continue;
            var t = raw[i];
            var span = 0;
            if (!t.Abjad && data.Theophoric.Contains(t.Text)) span = 1;
            else if (data.NameSuffixes.Contains(t.Text) && t.Abjad == head.Abjad) span = 1; // Hassan Zadeh, حسن زاده
            else if (i + 1 < raw.Count && !t.Abjad && t.Text is "al" or "ad" or "ud" or "ed" or "el" && raw[i + 1].Text is "din" or "deen" or "dine") span = 2;
            else if (i + 1 < raw.Count && t.Abjad && head.Abjad && t.Text == "al" && raw[i + 1].Text == "lh") span = 2;
            if (span == 0) continue;
            var headText = head.Text;
            // A ta marbuta before Allah is said t (هبة الله Hibatullah, عطية الله Atiyatullah); the normaliser writes no
            // letter for it.
            if (t.Abjad && t.Text == "al" && head.End > 0 && head.End <= text.Length && text[head.End - 1] == '\u0629' && !headText.EndsWith('t'))
                headText += "t";
            var joined = headText + (t.Abjad && t.Text == "al" ? "allah" : span == 1 ? t.Text : t.Text + raw[i + 1].Text);
            raw[i - 1] = new RawToken(joined, head.Start, raw[i + span - 1].End, head.Abjad);
            raw.RemoveRange(i, span);
        }

        static bool IsLetters(string s)
        {
            foreach (var c in s) if (!char.IsAsciiLetter(c)) return false;
            return true;
        }
    }

    /// <summary>"M/T", "M/V": two letters with a slash between them that spell a vessel prefix are that prefix; "M/Y",
    /// "S/Y" (stopwords.tsv, vessel-slashed) are the word "vessel".</summary>
    private static void JoinSlashedPrefix(string name, List<RawToken> raw, ReferenceData data)
    {
        for (var i = 0; i + 1 < raw.Count; i++)
        {
            var (a, b) = (raw[i], raw[i + 1]);
            if (a.Text.Length != 1 || b.Text.Length != 1 || a.End >= name.Length || name[a.End] != '/' || b.Start != a.End + 1) continue;
            var joined = a.Text + b.Text;
            // M/Y, S/Y read as the word "vessel": my and sy alone are a word and a name (Vietnamese My), never prefixes.
            if (data.SlashedVesselPrefixes.Contains(joined)) joined = "vessel";
            else if (!data.Classes.TryGetValue(joined, out var cls) || cls != TokenClass.VesselPrefix) continue;
            raw[i] = new RawToken(joined, a.Start, b.End, false);
            raw.RemoveAt(i + 1);
        }
    }

    private static bool IsEzafe(string name, RawToken t) =>
        t.Start > 1 && t.End + 1 < name.Length && name[t.Start - 1] == '-' && name[t.End] == '-'
        && char.IsLetter(name[t.Start - 2]) && char.IsLetter(name[t.End + 1]);

    private static bool TryLegalForm(List<RawToken> raw, int i, ReferenceData data, ScoringProfile profile, out string form, out int span, out string? repaired)
    {
        repaired = null;
        var longest = data.LegalFormStarts.Contains(raw[i].Text) ? Math.Min(data.LongestLegalForm, raw.Count - i) : 1;
        for (span = longest; span >= 1; span--)
        {
            string key;
            if (span == 1) key = raw[i].Text;
            else
            {
                var parts = new string[span];
                for (var k = 0; k < span; k++) parts[k] = raw[i + k].Text;
                key = string.Join(' ', parts);
            }
            if (data.LegalForms.TryGetValue(key, out form!) && (!raw[i].Abjad || data.AbjadLegalForms.Contains(key)))
            {
                // A lone short word that is also a name word ("co", "sa" at the start) is a legal form only after a name word.
                // Forms written before the name ("PT" in Indonesia) are the exception. A one-word form only the ISO 20275
                // list holds never opens a name: "SAM" (Monaco) in "SAM JONG 2", "StG" in "STG-EKO" are names.
                if (span == 1 && i == 0 && raw.Count > 1 && (key.Length <= 2 || !data.HandLegalForms.Contains(key)) && !data.PrefixLegalForms.Contains(key)) continue;
                // Nor is one inside a name, before a word that is not a legal form: "Business" (ELF 2PHU) closes a name
                // as its form, but "International Business Machines" names the party with it.
                if (span == 1 && i + 1 < raw.Count && !data.HandLegalForms.Contains(key) && !data.LegalForms.ContainsKey(raw[i + 1].Text)) continue;
                return true;
            }
        }
        // A misspelt legal form or organisation word ("COMPPANY", "INCROPORATED", "INVESTMETN") is still one.
        var word = raw[i].Text;
        // Not a word written without its vowels: its consonants are no misspelling of a Latin word.
        if (!raw[i].Abjad && word.Length >= ReferenceData.FuzzyKeyMinLength - 1 && !data.OrgWords.ContainsKey(word) && !data.Variants.ContainsKey(word))
        {
            repaired = Repaired(word, data, profile);
            if (repaired is not null && data.LegalForms.TryGetValue(repaired, out form!)) { span = 1; return true; }
        }
        form = "";
        span = 0;
        return false;
    }

    /// <summary>The legal form or organisation word a word is a misspelling of (the closest by Jaro–Winkler, at least
    /// <see cref="ScoringProfile.FuzzyKeyFloor"/>), or null. The closest key is remembered per word and length slack: an
    /// index build asks for the same words again and again.</summary>
    private static string? Repaired(string word, ReferenceData data, ScoringProfile profile)
    {
        var slack = profile.FuzzyKeyLengthSlack;
        if (!RepairedWords.TryGetValue((word, slack), out var closest))
        {
            closest = (null, 0.0);
            if (data.FuzzyOrgKeys.TryGetValue(word[0], out var keys))
            {
                foreach (var key in keys)
                {
                    if (Math.Abs(key.Length - word.Length) > slack) continue;
                    var jw = Similarity.JaroWinkler.Similarity(word, key);
                    if (jw > closest.Similarity) closest = (key, jw);
                }
            }
            // Bounded: a long-running service analyses endless query words; starting over costs only recomputation.
            if (RepairedWords.Count >= RepairedWordsLimit) RepairedWords.Clear();
            RepairedWords[(word, slack)] = closest;
        }
        return closest.Similarity >= profile.FuzzyKeyFloor ? closest.Key : null;
    }

    private const int RepairedWordsLimit = 1 << 18;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Word, int Slack), (string? Key, double Similarity)> RepairedWords = new();

    private static string? SplitAbdul(string text)
    {
        foreach (var prefix in ReferenceData.Instance.AbdulPrefixes)
            if (text.StartsWith(prefix, StringComparison.Ordinal) && text.Length - prefix.Length >= 3)
                return text[prefix.Length..];
        return null;
    }

    private static bool IsDigits(string s)
    {
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return false;
        return s.Length > 0;
    }
}
