namespace Vigil.Core.Index;

/// <summary>Padded character trigrams of a normalised word (a–z, 0–9), as integer codes.</summary>
internal static class Trigrams
{
    private const int Alphabet = 37;

    /// <summary>Number of distinct codes.</summary>
    public const int Space = Alphabet * Alphabet * Alphabet;

    /// <summary>Longest word whose trigrams are all taken (longer words use their first 62 characters).</summary>
    public const int MaxPerWord = 64;

    /// <summary>How many trigrams a word of this length has: one centred on each character, padded at the ends.</summary>
    public static int CountOf(int length) => Math.Min(length, MaxPerWord - 2);

    /// <summary>Writes the word's trigram codes (duplicates kept) and returns how many.</summary>
    public static int Of(string word, Span<int> output)
    {
        var len = Math.Min(word.Length, MaxPerWord - 2);
        // one trigram centred on each character, the ends padded: ^w0w1, w0w1w2, ..., w(n-2)w(n-1)$
        var n = 0;
        for (var i = 0; i < len; i++)
        {
            var a = i == 0 ? 0 : Code(word[i - 1]);
            var b = Code(word[i]);
            var c = i + 1 < len ? Code(word[i + 1]) : 0;
            output[n++] = (a * Alphabet + b) * Alphabet + c;
        }
        return n;
    }

    /// <summary>
    /// Trigrams the two words share, counted as the candidate filter counts them: for each trigram of
    /// <paramref name="a"/>, how often it occurs in <paramref name="b"/>.
    /// </summary>
    public static int SharedCount(string a, string b)
    {
        Span<int> ga = stackalloc int[MaxPerWord];
        Span<int> gb = stackalloc int[MaxPerWord];
        var na = Of(a, ga);
        var nb = Of(b, gb);
        var shared = 0;
        for (var i = 0; i < na; i++)
            for (var j = 0; j < nb; j++)
                if (ga[i] == gb[j]) shared++;
        return shared;
    }

    /// <summary>
    /// How many trigrams a typo match must share: min(n, m) − 3·edits − 1, at least 1. Part of what a typo match is (a
    /// misspelling keeps some of the word), and exactly what the candidate filter asks, so index and exhaustive scan agree.
    /// </summary>
    public static int Need(int lengthA, int lengthB, int edits) => Math.Max(1, Math.Min(CountOf(lengthA), CountOf(lengthB)) - 3 * edits - 1);

    private static int Code(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a' + 1,
        >= '0' and <= '9' => c - '0' + 27,
        _ => 0,
    };
}
