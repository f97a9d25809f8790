using System.Globalization;
using System.Reflection;

namespace Vigil.Store.Sql;

/// <summary>Reads the embedded migrations of each engine in version order.</summary>
/// <remarks>
/// SQLite's are <c>Migrations/NNNN_name.sql</c>, PostgreSQL's <c>Migrations/Postgres/NNNN_name.sql</c>: the same
/// numbers with the same meaning, each written in its engine's SQL.
/// </remarks>
internal static class Migrations
{
    /// <summary>The SQLite migrations.</summary>
    public static IReadOnlyList<Migration> Sqlite { get; } = Load("Vigil.Store.Migrations.");

    /// <summary>The PostgreSQL migrations.</summary>
    public static IReadOnlyList<Migration> Postgres { get; } = Load("Vigil.Store.PostgresMigrations.");

    /// <summary>The SQLite migrations (the name older code and tests use).</summary>
    public static IReadOnlyList<Migration> Embedded => Sqlite;

    private static List<Migration> Load(string prefix)
    {
        var assembly = typeof(Migrations).Assembly;
        var list = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal)) continue;
            var file = resource[prefix.Length..^4];
            var underscore = file.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !int.TryParse(file.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
                throw new InvalidOperationException($"migration resource '{resource}' is not named NNNN_name.sql");
            list.Add(new Migration(version, file[(underscore + 1)..], Read(assembly, resource)));
        }
        list.Sort((a, b) => a.Version.CompareTo(b.Version));
        // Numbers must be distinct and start at 1; a gap is allowed while a branch's migration waits to be merged
        // (the runner applies every file it has not recorded, whatever its number).
        if (list.Count > 0 && list[0].Version != 1)
            throw new InvalidOperationException($"migrations must start at 0001; the first is {list[0].Version}");
        for (var i = 1; i < list.Count; i++)
            if (list[i].Version == list[i - 1].Version)
                throw new InvalidOperationException($"two migrations are numbered {list[i].Version}");
        return list;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
