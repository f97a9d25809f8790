using System.Globalization;
using Vigil.Core.Lists;
using Vigil.Core.Model;

namespace Vigil.Cli.Rendering;

/// <summary>How numbers, dates, kinds and counts are written for people (invariant culture: <c>8,976</c>).</summary>
internal static class Format
{
    public static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The contract's word for a kind: <c>person</c>, <c>organization</c>, <c>vessel</c>, <c>aircraft</c>, <c>unknown</c>.</summary>
    public static string Kind(EntityKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The first 12 hex digits: enough to tell versions apart at a glance.</summary>
    public static string ShortHash(string hash) => hash.Length > 12 ? hash[..12] : hash;

    /// <summary><c>8,976 entries: 4,620 individuals, 3,673 organizations, 406 vessels, 277 aircraft</c> (kinds with none left out).</summary>
    public static string Counts(KindCounts counts)
    {
        var parts = new List<string>();
        if (counts.Persons > 0) parts.Add($"{Number(counts.Persons)} individuals");
        if (counts.Organizations > 0) parts.Add($"{Number(counts.Organizations)} organizations");
        if (counts.Vessels > 0) parts.Add($"{Number(counts.Vessels)} vessels");
        if (counts.Aircraft > 0) parts.Add($"{Number(counts.Aircraft)} aircraft");
        if (counts.Unknown > 0) parts.Add($"{Number(counts.Unknown)} of unknown kind");
        return $"{Number(counts.Total)} entries" + (parts.Count > 0 ? ": " + string.Join(", ", parts) : "");
    }
}
