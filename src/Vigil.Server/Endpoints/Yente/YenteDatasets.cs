using Vigil.Workflows.Screening;

namespace Vigil.Server.Endpoints.Yente;

/// <summary>yente's datasets over Vigil's: each loaded source is a dataset, and <c>default</c> and <c>sanctions</c> are
/// collections of all of them.</summary>
internal static class YenteDatasets
{
    /// <summary>The collections that hold every loaded source.</summary>
    public static readonly string[] Collections = ["default", "sanctions"];

    /// <summary>The sources a dataset name covers, or null when no such dataset exists (404).</summary>
    public static IReadOnlySet<string>? Resolve(IndexSnapshot snapshot, string name)
    {
        var sources = snapshot.Versions.Select(v => v.Source).ToHashSet(StringComparer.Ordinal);
        if (Collections.Contains(name, StringComparer.Ordinal)) return sources;
        return sources.Contains(name) ? new HashSet<string>(StringComparer.Ordinal) { name } : null;
    }

    /// <summary>The sources in scope after <c>include_dataset</c> (keep only these; collections name them all) and
    /// <c>exclude_dataset</c> (drop these).</summary>
    public static IReadOnlySet<string> Scope(IndexSnapshot snapshot, IReadOnlySet<string> scope, IReadOnlyList<string> include, IReadOnlyList<string> exclude)
    {
        var result = new HashSet<string>(scope, StringComparer.Ordinal);
        if (include.Count > 0)
        {
            var keep = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in include) if (Resolve(snapshot, name) is { } s) keep.UnionWith(s);
            result.IntersectWith(keep);
        }
        foreach (var name in exclude) if (Resolve(snapshot, name) is { } s) result.ExceptWith(s);
        return result;
    }
}
