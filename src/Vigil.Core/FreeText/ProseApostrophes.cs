using System.Buffers;
using Vigil.Core.Text;

namespace Vigil.Core.FreeText;

/// <summary>
/// Apostrophes of prose that join a name to a word that is not part of it: an elided article or preposition before the
/// name (<c>l'Hezbollah</c>, <c>d'Oleg Deripaska</c>, <c>dell'FSB</c>: <c>Text/Data/elisions.tsv</c>) and a Turkish
/// suffix after it (<c>Deripaska'ya</c>, <c>Hamas'tan</c>, <c>Hizbullah'ın</c>: <c>Text/Data/turkish_name_suffixes.tsv</c>).
/// The normaliser joins across an apostrophe (<c>O'Brien</c> = obrien, as the lists write names), which here would make
/// one word of the name and the article or suffix.
/// </summary>
internal static class ProseApostrophes
{
    /// <summary>The text with each such article and its apostrophe, or apostrophe and suffix, written as spaces: same
    /// length, so offsets still point into the text as written. The text itself when it has none.</summary>
    public static string Blank(string text)
    {
        char[]? copy = null;
        bool? turkish = null;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (!IsApostrophe(text[i]) || !char.IsLetter(text[i - 1]) || !char.IsLetter(text[i + 1])) continue;
            var start = i;
            while (start > 0 && char.IsLetter(text[start - 1])) start--;
            var end = i + 1;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            if (char.IsUpper(text[i + 1]) && IsElided(text.AsSpan(start, i - start)))
                Spaces(start, i + 1);
            else if (char.IsUpper(text[start]) && char.IsLower(text[i + 1]) && (turkish ??= HoldsTurkishLetter(text))
                && ReferenceData.Instance.TurkishNameSuffixes.Contains(text[(i + 1)..end]))
                Spaces(i, end);
        }
        return copy is null ? text : new string(copy);

        void Spaces(int from, int to)
        {
            copy ??= text.ToCharArray();
            Array.Fill(copy, ' ', from, to - from);
        }
    }

    // ' and the typographic ’ and ʼ, as prose writes the apostrophe.
    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>An elided word in lower case (<c>d</c>, <c>l</c>, <c>dell</c>), or capitalised at the start of a sentence
    /// when it is not a single letter other than L: <c>D'</c>, <c>N'</c> and <c>O'</c> start names (<c>D'Alessandro</c>,
    /// <c>N'Djamena</c>, <c>O'Brien</c>).</summary>
    private static bool IsElided(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        for (var k = 1; k < word.Length; k++)
            if (!char.IsLower(word[k])) return false;
        if (char.IsUpper(word[0]) && word.Length == 1 && word[0] != 'L') return false;
        if (!char.IsLower(word[0]) && !char.IsUpper(word[0])) return false;
        return ReferenceData.Instance.Elisions.Contains(word.ToString().ToLowerInvariant());
    }

    // ı, İ, ğ, Ğ, ş, Ş: letters of Turkish (and Azerbaijani) only.
    private static readonly SearchValues<char> TurkishLetters = SearchValues.Create("\u0131\u0130\u011F\u011E\u015F\u015E");

    private static bool HoldsTurkishLetter(string text) => text.AsSpan().IndexOfAny(TurkishLetters) >= 0;
}
