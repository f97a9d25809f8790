using System.Collections.Frozen;
using Vigil.Core.Text;

namespace Vigil.Core.FreeText;

/// <summary>Common English words news capitalises and organisation names are built from (<c>Text/Data/common_words.tsv</c>).</summary>
internal static class CommonWords
{
    private static readonly Lazy<FrozenSet<string>> Words = new(Load);

    public static bool Contains(string word) => Words.Value.Contains(word);

    private static FrozenSet<string> Load() =>
        ReferenceData.CoreRows("common_words.tsv", 1).Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
}
