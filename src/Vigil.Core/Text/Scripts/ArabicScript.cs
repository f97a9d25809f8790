namespace Vigil.Core.Text.Scripts;

/// <summary>
/// Letters of the Arabic script that AnyAscii reads as consonants but names spell as vowels: the tā marbūṭa ة at the end
/// of a word (فاطمة Fatima, حمزة Hamza), and in Persian text a final ه after a consonant (the silent "he" of
/// خامنه‌ای Khamenei, فاطمه Fatemeh), which the consonant skeleton would otherwise keep as h.
/// </summary>
/// <remarks>
/// A text is Persian when it holds a letter Arabic does not use (پ چ ژ گ, Persian ک and ی) or a zero-width non-joiner.
/// Allah (الله, …لله) keeps its h. ی / ي and ک / ك already read alike (y, k); ة and ه both read h elsewhere.
/// </remarks>
internal static class ArabicScript
{
    /// <summary>True when the letter at <paramref name="i"/> is a vowel ending to drop rather than transliterate.</summary>
    public static bool IsSilentEnding(string text, int i)
    {
        var c = text[i];
        if (c is not ('\u0629' or '\u0647')) return false;
        var end = i + 1 >= text.Length || !IsArabicLetter(text[i + 1]);
        if (c == '\u0629') return end && i > 0 && IsArabicLetter(text[i - 1]);
        if (!end || i < 2 || !IsArabicLetter(text[i - 1])) return false;
        if (text[i - 1] == '\u0644' && text[i - 2] == '\u0644') return false; // الله
        // after a long vowel letter (ا و ی) the h is sounded: Allah, Shah, Rouhollah
        if (text[i - 1] is '\u0627' or '\u0648' or '\u06CC' or '\u064A') return false;
        return IsPersian(text);
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u064A' or >= '\u066E' and <= '\u06D3';

    private static readonly System.Buffers.SearchValues<char> PersianMarks = System.Buffers.SearchValues.Create("\u067E\u0686\u0698\u06AF\u06A9\u06CC\u200C");

    private static bool IsPersian(string text) => text.AsSpan().IndexOfAny(PersianMarks) >= 0;
}
