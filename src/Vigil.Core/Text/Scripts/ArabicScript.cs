namespace Vigil.Core.Text.Scripts;

/// <summary>
/// Letters of the Arabic script that AnyAscii reads as consonants but names spell as vowels: the tā marbūṭa ة at the end
/// of a word (فاطمة Fatima, حمزة Hamza), and in Persian text a final ه after a consonant (the silent "he" of
/// خامنه‌ای Khamenei, فاطمه Fatemeh), which the consonant skeleton would otherwise keep as h; and letters Persian reads
/// otherwise than Arabic, such as the و that is the consonant v (جواد Javad), which AnyAscii reads w and the skeleton
/// would drop as a vowel.
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

    /// <summary>The Latin letter Persian reads where AnyAscii reads Arabic, or null: in Persian text ث is s and ذ ض ظ are
    /// z (ظریف Zarif, not Dharif), and و is v at the start of a word, after ا or before a vowel letter (ا ی و): جواد Javad,
    /// وحید Vahid, موسوی Mousavi, داوود Davud. Between consonants or at the end و is the vowel o/u (روحانی Rouhani,
    /// خسرو Khosrow), which AnyAscii's w already is.</summary>
    /// <remarks>As the ALA-LC Persian romanisation table and the lists write Persian names; Arabic reads w, th, dh
    /// (وليد Walid, ذهبي Dhahabi).</remarks>
    public static string? InPersian(string text, int i)
    {
        var c = text[i];
        if (c is not ('\u0648' or '\u062B' or '\u0630' or '\u0636' or '\u0638') || !IsPersian(text)) return null;
        if (c == '\u062B') return "s";
        if (c != '\u0648') return "z";
        if (i == 0 || !IsArabicLetter(text[i - 1]) || text[i - 1] is '\u0627' or '\u0622') return "v";
        return i + 1 < text.Length && text[i + 1] is '\u0627' or '\u0622' or '\u06CC' or '\u064A' or '\u0648' ? "v" : null;
    }

    /// <summary>The name with each final ه after a consonant, in a word of three letters or more, written ة (فاطمه →
    /// فاطمة Fatima): outside Persian text, where that ه is already silent. Null when there is none.</summary>
    /// <remarks>Arabic writes the feminine ending ة, but ه is a common spelling of it (and Persian, Urdu or Kurdish text
    /// may hold no letter of its own), so both readings are compared; a final ه after ا و ی stays (شاه Shah), as does Allah's.</remarks>
    public static string? WithTaMarbuta(string name)
    {
        if (name.AsSpan().IndexOf('\u0647') < 0 || IsPersian(name)) return null;
        char[]? chars = null;
        for (var i = 2; i < name.Length; i++)
        {
            if (name[i] != '\u0647' || (i + 1 < name.Length && IsArabicLetter(name[i + 1]))) continue;
            if (!IsArabicLetter(name[i - 1]) || !IsArabicLetter(name[i - 2])) continue;
            if (name[i - 1] is '\u0627' or '\u0648' or '\u06CC' or '\u064A' || (name[i - 1] == '\u0644' && name[i - 2] == '\u0644')) continue;
            chars ??= name.ToCharArray();
            chars[i] = '\u0629';
        }
        return chars is null ? null : new string(chars);
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u064A' or >= '\u066E' and <= '\u06D3';

    private static readonly System.Buffers.SearchValues<char> PersianMarks = System.Buffers.SearchValues.Create("\u067E\u0686\u0698\u06AF\u06A9\u06CC\u200C");

    private static bool IsPersian(string text) => text.AsSpan().IndexOfAny(PersianMarks) >= 0;
}
