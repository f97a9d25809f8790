using System.Collections.Frozen;
using Vigil.Core.Text;

namespace Vigil.Core.FreeText;

/// <summary>Common English words news capitalises and organisation names are built from (<c>Text/Data/common_words.tsv</c>).</summary>
internal static class CommonWords
{
    private static readonly Lazy<FrozenDictionary<string, bool>> Words = new(Load);

    public static bool Contains(string word) => Words.Value.ContainsKey(word);

    /// <summary>The word names an organ every state has (<c>ministry</c>, <c>government</c>): its second column is <c>organ</c>.</summary>
    public static bool IsStateOrgan(string word) => Words.Value.TryGetValue(word, out var organ) && organ;

    private static FrozenDictionary<string, bool> Load() =>
        ReferenceData.CoreRows("common_words.tsv", 1).ToFrozenDictionary(r => r[0], r => r[1] == "organ", StringComparer.Ordinal);
}
