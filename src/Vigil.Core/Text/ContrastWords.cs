using System.Collections.Frozen;

namespace Vigil.Core.Text;

/// <summary>Words that tell sibling organisations apart, by group (<c>Text/Data/contrast_words.tsv</c>): compass points,
/// upper/lower, import/export, sectors, and countries (<c>countries.tsv</c>). Group 0 is kept for numbers (see <see cref="Matching.NameMarks"/>).</summary>
internal static class ContrastWords
{
    /// <summary>The most groups: each is one bit of a 32-bit mask; bit 0 is numbers', bit 31 lineage's
    /// (<see cref="Matching.NameMarks.LineageGroup"/>).</summary>
    private const int MaxGroups = Matching.NameMarks.LineageGroup;

    private static readonly Lazy<(FrozenDictionary<string, (byte Group, string Member)> Words, string[] Groups)> Table = new(Load);

    /// <summary>The group and the member word of <paramref name="word"/> (<c>northern</c> → direction, <c>north</c>).</summary>
    public static bool TryGet(string word, out byte group, out string member)
    {
        if (Table.Value.Words.TryGetValue(word, out var found))
        {
            (group, member) = found;
            return true;
        }
        (group, member) = ((byte)0, "");
        return false;
    }

    /// <summary>The name of group <paramref name="group"/> (<c>number</c> for 0).</summary>
    public static string GroupName(byte group) => Table.Value.Groups[group];

    private static (FrozenDictionary<string, (byte, string)>, string[]) Load()
    {
        var groups = new List<string> { "number" };
        var words = new Dictionary<string, (byte, string)>(StringComparer.Ordinal);
        foreach (var row in ReferenceData.CoreRows("contrast_words.tsv", 3))
        {
            var group = groups.IndexOf(row[1]);
            if (group < 0) { groups.Add(row[1]); group = groups.Count - 1; }
            if (group >= MaxGroups) throw row.Error($"more than {MaxGroups - 1} contrast groups");
            if (!words.TryAdd(row[0], ((byte)group, row[2]))) throw row.Error($"'{row[0]}' is listed twice");
        }
        // Countries: a name that holds one country and a name that holds another are different parties (X (Cyprus) Ltd /
        // X (Malta) Ltd). The one-word names and demonyms of countries.tsv, as the generic country words of org_words
        // (ReferenceData), the member being the country's code (Iranian = Iran = IR).
        groups.Add("country");
        var country = (byte)(groups.Count - 1);
        if (country >= MaxGroups) throw new InvalidOperationException($"contrast_words.tsv: more than {MaxGroups - 2} contrast groups");
        foreach (var (code, key) in Countries.OneWordNames()) words.TryAdd(key, (country, code));
        return (words.ToFrozenDictionary(StringComparer.Ordinal), [.. groups]);
    }
}
