using System.Collections.Frozen;
using System.Reflection;

namespace Vigil.Core.FreeText;

/// <summary>Common English words news capitalises and organisation names are built from (<c>Text/Data/common_words.tsv</c>).</summary>
internal static class CommonWords
{
    private static readonly Lazy<FrozenSet<string>> Words = new(Load);

    public static bool Contains(string word) => Words.Value.Contains(word);

    private static FrozenSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Vigil.Core.Text.Data.common_words.tsv")
            ?? throw new InvalidOperationException("embedded common_words.tsv is missing");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#') words.Add(line);
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
