using System.Reflection;
using System.Text.RegularExpressions;
using Vigil.Store.Sqlite;

namespace Vigil.Store.Tests;

/// <summary>Workflows, the CLI and the server reach the store only through the seam; only <c>VigilHome</c> names the backend.</summary>
public sealed partial class SeamArchitectureTests
{
    /// <summary>The one file allowed to name the SQLite backend: it picks the backend.</summary>
    private const string Factory = "src/Vigil.Workflows/VigilHome.cs";

    // Code identifiers of the backend: Vigil.Store.Sqlite, SqliteStore, Microsoft.Data.Sqlite, SqliteException, VigilDatabase.
    // "SQLite" in prose (comments) is not one of them.
    [GeneratedRegex(@"\bSqlite\w*|\w+Sqlite\b|\bVigilDatabase\b|\bOpenDatabase\b")]
    private static partial Regex BackendName();

    [Fact]
    public void Workflows_Cli_and_Server_source_names_no_SQLite_type_outside_the_VigilHome_factory()
    {
        var root = RepositoryRoot();
        var offenders = new List<string>();
        var scanned = 0;
        foreach (var project in new[] { "src/Vigil.Workflows", "src/Vigil.Cli", "src/Vigil.Server" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, project), "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)) continue;
                scanned++;
                if (relative == Factory) continue;
                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                    if (BackendName().Match(lines[i]) is { Success: true } m) offenders.Add($"{relative}:{i + 1}: {m.Value}");
            }
        }

        Assert.True(scanned > 50, $"only {scanned} source files found under {root}");
        Assert.True(offenders.Count == 0, "the store seam is bypassed:\n" + string.Join("\n", offenders));
        Assert.Contains("SqliteStore.Open", File.ReadAllText(Path.Combine(root, Factory)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_only_public_type_of_the_SQLite_backend_is_its_entry_point()
    {
        var backend = typeof(SqliteStore).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(SqliteStore).Namespace);

        Assert.Equal([typeof(SqliteStore)], backend);
        Assert.True(typeof(IVigilStore).IsAssignableFrom(typeof(SqliteStore)));
    }

    [Fact]
    public void No_public_member_of_the_seam_mentions_a_SQLite_type()
    {
        var seam = typeof(IVigilStore).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(IVigilStore).Namespace).ToList();
        var offenders = new List<string>();
        foreach (var type in seam)
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
                foreach (var used in TypesOf(member))
                    if (IsBackend(used)) offenders.Add($"{type.Name}.{member.Name}: {used}");

        Assert.Contains(typeof(IScreeningStore), seam);
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    private static IEnumerable<Type> TypesOf(MemberInfo member) => member switch
    {
        MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
        PropertyInfo p => [p.PropertyType],
        FieldInfo f => [f.FieldType],
        ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
        _ => [],
    };

    private static bool IsBackend(Type type) =>
        type.Namespace is { } ns && (ns.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal) || ns == typeof(SqliteStore).Namespace)
        || (type.IsGenericType && type.GetGenericArguments().Any(IsBackend))
        || (type.HasElementType && IsBackend(type.GetElementType()!));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Vigil.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"no Vigil.slnx above {AppContext.BaseDirectory}");
    }
}
