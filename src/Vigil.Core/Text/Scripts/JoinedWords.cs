using System.Text;

namespace Vigil.Core.Text.Scripts;

/// <summary>
/// Splits a name written without spaces into the words the lists hold (<c>alexandervyacheslavovichzakharov</c> →
/// alexander vyacheslavovich zakharov): the split into the fewest known words, each of at least
/// <c>minPart</c> letters.
/// </summary>
internal static class JoinedWords
{
    /// <summary>The name with each long word that <paramref name="known"/> does not hold split into words it does, or
    /// null when no word splits.</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="known">Whether the lists hold a (normalised) word.</param>
    /// <param name="minWord">Only words of at least this many letters are split.</param>
    /// <param name="minPart">Each part has at least this many letters (short parts split anything).</param>
    public static string? Split(string name, Func<string, bool> known, int minWord, int minPart)
    {
        var words = new List<RawToken>();
        TextNormalizer.Tokenize(name, words);
        string[]? result = null;
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w].Text;
            if (word.Length < minWord || words[w].Abjad || known(word) || Parts(word, known, minPart) is not { } parts) continue;
            result ??= words.ConvertAll(t => t.Text).ToArray();
            result[w] = string.Join(' ', parts);
        }
        return result is null ? null : string.Join(' ', result);
    }

    /// <summary>The fewest known parts that spell <paramref name="word"/>, or null.</summary>
    private static List<string>? Parts(string word, Func<string, bool> known, int minPart)
    {
        var n = word.Length;
        // fewest[i]: fewest parts spelling word[..i]; from[i]: where the last of them starts.
        var fewest = new int[n + 1];
        var from = new int[n + 1];
        Array.Fill(fewest, int.MaxValue);
        fewest[0] = 0;
        for (var end = minPart; end <= n; end++)
            for (var start = end - minPart; start >= 0; start--)
                if (fewest[start] != int.MaxValue && fewest[start] + 1 < fewest[end] && known(word[start..end]))
                {
                    fewest[end] = fewest[start] + 1;
                    from[end] = start;
                }
        if (fewest[n] == int.MaxValue || fewest[n] < 2) return null;
        var parts = new List<string>(fewest[n]);
        for (var end = n; end > 0; end = from[end]) parts.Insert(0, word[from[end]..end]);
        return parts;
    }
}
