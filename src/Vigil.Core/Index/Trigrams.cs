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

    private static int Code(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a' + 1,
        >= '0' and <= '9' => c - '0' + 27,
        _ => 0,
    };
}
