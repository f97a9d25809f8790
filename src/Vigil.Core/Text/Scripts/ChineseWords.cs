using System.Collections.Frozen;
using System.Text;

namespace Vigil.Core.Text.Scripts;

/// <summary>
/// Cuts a run of Han characters (Chinese writes no spaces) into the words of a Chinese organisation name, each word of
/// <c>Text/Data/chinese_org_words.tsv</c> read as its English (<c>华为技术有限公司</c> → huawei, technology, co, ltd), the
/// characters between them one word in pinyin.
/// </summary>
/// <remarks>Longest word first from the left; words of two characters or more, so a personal name (李方伟) is almost never
/// cut, and the one-character administrative suffixes the table writes as <c>-</c> (市 city, 省 province), which end a
/// place name and give no word (<c>金华市海润</c> → jinhua, hairun). A run without any such word is left to the tokenizer's
/// personal-name rule.</remarks>
internal static class ChineseWords
{
    private static readonly Lazy<(FrozenDictionary<string, string[]> Words, int Longest)> Table = new(Load);

    /// <summary>When the Han run starting at <paramref name="start"/> holds a word of the table, appends its words to
    /// <paramref name="output"/> and returns the run's length; otherwise 0 and appends nothing.</summary>
    public static int Cut(string text, int start, List<RawToken> output)
    {
        var end = start;
        while (TextNormalizer.NextIsHan(text, end)) end++;
        if (end - start < 2) return 0;
        var (words, longest) = Table.Value;
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var found = false;
        for (var p = start; p < end && !found; p++)
            found = Longest(text, p, end, lookup, longest, out _) > 0;
        if (!found) return 0;

        var name = new StringBuilder();
        var nameStart = -1;
        for (var p = start; p < end;)
        {
            var length = Longest(text, p, end, lookup, longest, out var english);
            if (length == 0)
            {
                if (nameStart < 0) nameStart = p;
                TextNormalizer.AppendTransliterated(name, new Rune(text[p]));
                p++;
                continue;
            }
            FlushName(p);
            foreach (var word in english!) if (word != "-") output.Add(new RawToken(word, p, p + length, false));
            p += length;
        }
        FlushName(end);
        return end - start;

        void FlushName(int at)
        {
            if (name.Length > 0) output.Add(new RawToken(name.ToString(), nameStart, at, false));
            name.Clear();
            nameStart = -1;
        }
    }

    /// <summary>The length of the longest word of the table at <paramref name="p"/>, or 0.</summary>
    private static int Longest(string text, int p, int end, FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> lookup, int longest,
        out string[]? english)
    {
        for (var length = Math.Min(longest, end - p); length >= 1; length--)
            if (lookup.TryGetValue(text.AsSpan(p, length), out english)) return length;
        english = null;
        return 0;
    }

    private static (FrozenDictionary<string, string[]>, int) Load()
    {
        var words = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in ReferenceData.CoreRows("chinese_org_words.tsv", 2))
        {
            if (row[0].Length < 2 && row[1] != "-") throw row.Error("a word needs at least two characters, or '-' (a suffix that gives no word)");
            if (!words.TryAdd(row[0], row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))) throw row.Error($"'{row[0]}' is listed twice");
        }
        return (words.ToFrozenDictionary(StringComparer.Ordinal), words.Keys.Max(k => k.Length));
    }
}
