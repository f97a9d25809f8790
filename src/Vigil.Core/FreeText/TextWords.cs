using System.Text;
using Vigil.Core.Text;

namespace Vigil.Core.FreeText;

/// <summary>
/// Splits a free text into <see cref="TextWord"/>s: the same normaliser as names (so offsets map back to the text as
/// written), plus what prose says about each word: capitalisation and the punctuation that separates names.
/// </summary>
internal static class TextWords
{
    /// <summary>Words of a text. <paramref name="upperCaseText"/> is true when the text writes (nearly) everything in
    /// capitals, as payment messages do: capitals then say nothing about names. <paramref name="blanked"/> is the text as
    /// <see cref="ProseApostrophes.Blank"/> gives it, when the caller has it already.</summary>
    public static List<TextWord> Of(string text, Matching.ScoringProfile profile, out bool upperCaseText, string? blanked = null)
    {
        var raw = new List<RawToken>(text.Length / 5);
        // l'Hezbollah, Deripaska'ya: the name without the elided article or the Turkish suffix its apostrophe joins.
        TextNormalizer.Tokenize(blanked ?? ProseApostrophes.Blank(text), raw);
        // نصر الله, حسن زاده: one word, as names read them (Text/Data/theophoric.tsv, name_suffixes.tsv); Arabic script only,
        // as Latin prose writes Allah after words that are no name.
        Names.NameAnalyzer.JoinSplitNameElements(text, raw, ReferenceData.Instance, abjadOnly: true);
        var words = new List<TextWord>(raw.Count);
        int upper = 0, lower = 0;
        for (var i = 0; i < raw.Count; i++)
        {
            var t = raw[i];
            var first = text[t.Start];
            bool capitalized, allCaps = false;
            if (char.IsUpper(first))
            {
                capitalized = true;
                allCaps = IsAllCaps(text, t.Start, t.End);
                upper++;
            }
            else if (char.IsLower(first))
            {
                capitalized = false;
                lower++;
            }
            else
            {
                // No case: a letter of an uncased script is name-like; a digit or symbol is not.
                capitalized = Rune.TryGetRuneAt(text, t.Start, out var r) && Rune.IsLetter(r) && !IsCasedScript(r);
            }
            var breakBefore = i == 0 || IsBreak(text, raw[i - 1], t);
            words.Add(new TextWord(t, capitalized, allCaps, breakBefore));
        }
        upperCaseText = upper >= profile.UpperCaseTextMinWords && lower * profile.UpperCaseTextRatio < upper;
        JoinQuotedNicknames(text, words, profile.QuotedNicknameMaxWords);
        return words;
    }

    /// <summary>
    /// A nickname in quotes inside a person's name (<c>Joaquín "El Chapo" Guzmán</c>): capitalised words in quotes, at most
    /// <paramref name="maxWords"/>, between two capitalised words with only a space and the quote mark between. The quotes
    /// then do not end the name; the matcher reads the nickname as another word of it.
    /// </summary>
    private static void JoinQuotedNicknames(string text, List<TextWord> words, int maxWords)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (!words[i].BreakBefore || !words[i - 1].Capitalized || !words[i].Capitalized || !Gap(words[i - 1], words[i], opening: true)) continue;
            for (var j = i + 1; j < words.Count && j <= i + maxWords; j++)
            {
                if (!words[j].Capitalized) break;
                if (!words[j].BreakBefore) continue;
                if (!Gap(words[j - 1], words[j], opening: false)) break;
                words[i] = words[i] with { BreakBefore = false };
                words[j] = words[j] with { BreakBefore = false };
                break;
            }
        }

        // " or “ after a space (opening), or before one (closing), and nothing else in the gap.
        bool Gap(TextWord before, TextWord after, bool opening)
        {
            var gap = text.AsSpan(before.End, after.Start - before.End);
            return gap.Length == 2 && (opening ? gap[0] == ' ' && gap[1] is '"' or '“' : gap[0] is '"' or '”' && gap[1] == ' ');
        }
    }

    private static bool IsAllCaps(string text, int start, int end)
    {
        var letters = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) letters++;
        }
        return letters >= 2;
    }

    private static bool IsCasedScript(Rune r) => Rune.IsUpper(r) || Rune.IsLower(r) || r.Value < 0x0530;

    /// <summary>
    /// Whether the gap between two words ends a name: a blank line, a bracket or quote, a comma, semicolon, colon, a
    /// dash between spaces, or a full stop followed by space (not after an initial or a short abbreviation such as
    /// <c>Co.</c>, <c>Ltd.</c>, <c>Dr.</c>).
    /// </summary>
    private static bool IsBreak(string text, RawToken previous, RawToken next)
    {
        var lineBreaks = 0;
        for (var i = previous.End; i < next.Start; i++)
        {
            var c = text[i];
            switch (c)
            {
                // One line break is a text wrapped at its margin ("Nicolás\nMaduro"); a blank line ends a paragraph.
                case '\n':
                    if (++lineBreaks >= 2) return true;
                    break;
                case ',' or ';' or ':' or '!' or '?' or '(' or ')' or '[' or ']' or '{' or '}' or '"' or '|' or '/'
                    or '«' or '»' or '“' or '”' or '„' or '•' or '—' or '、' or '，' or '。' or '؛' or '،':
                    return true;
                case '–' or '-' when i > previous.End && char.IsWhiteSpace(text[i - 1]):
                    return true;
                case '.' or '。' when i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]):
                    if (!IsAbbreviation(previous)) return true;
                    break;
            }
        }
        return false;
    }

    private static bool IsAbbreviation(RawToken word) =>
        word.Text.Length == 1 || ReferenceData.Instance.Abbreviations.Contains(word.Text);
}
