using System.Collections.Frozen;
using System.Text;
using Vigil.Core.Text;
using Vigil.Core.Text.Scripts;

namespace Vigil.Core.FreeText;

/// <summary>
/// The function words of Arabic and Persian prose (<c>Text/Data/prose_words_arabic_script.tsv</c>, from Jacques Savoy's
/// stop-word lists) and its titles (<c>prose_titles_arabic_script.tsv</c>: الرئيس, وزير, الشيخ): in a script without
/// capitals they tell prose from names, as lower case does in Latin text.
/// </summary>
internal static class ArabicProseWords
{
    /// <summary>What a function word does to a run of name words.</summary>
    public enum Role : byte { None, Break, Joiner, Title }

    private static readonly Lazy<(FrozenDictionary<string, Role> Words, int Longest)> Table = new(Load);

    /// <summary>The role of the word <paramref name="word"/> as written, or <see cref="Role.None"/> when it is no function
    /// word (or not wholly in the Arabic script).</summary>
    public static Role Of(ReadOnlySpan<char> word)
    {
        var (words, longest) = Table.Value;
        if (word.IsEmpty || word.Length > longest) return Role.None;
        Span<char> buffer = stackalloc char[word.Length];
        var n = 0;
        foreach (var c in word)
        {
            if (ArabicScript.IsArabicMark(c)) continue;
            if (!ArabicScript.IsArabicLetter(c)) return Role.None;
            buffer[n++] = Fold(c);
        }
        if (n == 0) return Role.None;
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(buffer[..n], out var role) ? role : Role.None;
    }

    /// <summary>The spelling the table is written in: no short-vowel marks or tatweel, one letter for each of ی ى ي, ک ك,
    /// أ إ آ ا and ة ۀ ه.</summary>
    public static string Normalize(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
            if (!ArabicScript.IsArabicMark(c)) sb.Append(Fold(c));
        return sb.ToString();
    }

    private static char Fold(char c) => c switch
    {
        '\u06CC' or '\u0649' => '\u064A',
        '\u06A9' => '\u0643',
        '\u0623' or '\u0625' or '\u0622' => '\u0627',
        '\u0629' or '\u06C0' => '\u0647',
        _ => c,
    };

    private static (FrozenDictionary<string, Role>, int) Load()
    {
        var words = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (var cols in ReferenceData.CoreRows("prose_words_arabic_script.tsv", 2).Concat(ReferenceData.CoreRows("prose_titles_arabic_script.tsv", 2)))
        {
            var role = cols[1] switch
            {
                "break" => Role.Break,
                "joiner" => Role.Joiner,
                "title" => Role.Title,
                _ => throw cols.Error($"unknown role '{cols[1]}' for '{cols[0]}'"),
            };
            words[Normalize(cols[0])] = role;
        }
        // Marks and tatweel are left out before the lookup: a word as written may be longer than its entry.
        return (words.ToFrozenDictionary(StringComparer.Ordinal), words.Keys.Max(k => k.Length) * 2);
    }
}
