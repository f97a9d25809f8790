using nietras.SeparatedValues;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Sources;
using Vigil.Sources.Ofac;
using Vigil.Sources.Un;
using Vigil.Workflows.Screening;

namespace Vigil.Benchmarks;

/// <summary>
/// The real lists and the dev queries, found as the tests find them: <c>$VIGIL_SHARED_DATA</c>, else <c>../shared/data</c>
/// next to the folder holding Vigil.slnx.
/// </summary>
/// <remarks>BenchmarkDotNet runs each benchmark in a child process built under this project's bin folder, so the
/// repository root is found by walking up from the running assembly, never from the current directory.</remarks>
internal static class BenchData
{
    /// <summary>The list versions the suite screens against: OFAC SDN 2021-07 and the UN consolidated list.</summary>
    public static readonly (string Source, string Path)[] Lists =
    [
        ("ofac-sdn", "ofac-sdn/2021-07"),
        ("un", "un/consolidated-2026-02.xml"),
    ];

    /// <summary>The latest file of every source in the shared data, as scripts/all-sources-home.sh loads them (docs/lists.md).</summary>
    public static readonly (string Source, string Path)[] AllLists =
    [
        ("ofac-sdn", "ofac-sdn/2021-07"),
        ("ofac-cons", "ofac-cons/2025-12"),
        ("un", "un/consolidated-2026-02.xml"),
        ("uk-ofsi", "uk-ofsi/2025-04-14"),
        ("au-dfat", "au-dfat/2024-11"),
        ("eu-fsf", "eu-fsf/2020-04-15-excerpt/sample_eu_sanctions.xml"),
        ("ca-sema", "ca-sema/2025-05"),
        ("us-csl", "us-csl/csl.csv"),
        ("bis-dpl", "bis-dpl/dpl.txt"),
        ("ofac-advanced", "ofac-advanced/2020-03"),
        ("ofac-enhanced", "ofac-enhanced/CONS_ENHANCED.ZIP"),
    ];

    private static readonly Lazy<string> Root = new(FindRoot);
    private static readonly Lazy<string> Repository = new(FindRepository);

    /// <summary>Absolute path of a file or folder of the repository (the folder holding Vigil.slnx).</summary>
    public static string RepoPath(string relative) => Path.Combine(Repository.Value, relative);

    /// <summary>Absolute path of a file or folder under shared/data.</summary>
    public static string DataPath(string relative) => Path.Combine(Root.Value, relative);

    /// <summary>Absolute path of a file under shared/eval, e.g. <c>dev/queries.csv</c>.</summary>
    public static string EvalPath(string relative) => Path.GetFullPath(Path.Combine(Root.Value, "..", "eval", relative));

    /// <summary>Parses OFAC SDN 2021-07 and UN in-process, in that order.</summary>
    public static List<Entity> ParseLists()
    {
        var entities = new List<Entity>();
        entities.AddRange(Parse(OfacParser.Sdn, DataPath(Lists[0].Path)));
        entities.AddRange(Parse(UnParser.Instance, DataPath(Lists[1].Path)));
        return entities;
    }

    /// <summary>Parses every source of <see cref="AllLists"/> in-process, ordered by source name as the store hands them to the index.</summary>
    public static List<Entity> ParseAllLists()
    {
        var entities = new List<Entity>();
        foreach (var (source, path) in AllLists.OrderBy(l => l.Source, StringComparer.Ordinal))
            entities.AddRange(Parse(ListSources.ParserFor(source)!, DataPath(path)));
        return entities;
    }

    /// <summary>Every valid row of a queries file (the eval's CSV shape), read through <see cref="QueryFields"/> as the CLI reads it.</summary>
    public static List<(string Id, string Category, ScreeningQuery Query)> ReadQueries(string path)
    {
        var result = new List<(string, string, ScreeningQuery)>();
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        var hasCategory = reader.Header.TryIndexOf("category", out _);
        foreach (var row in reader)
        {
            var fields = new QueryFields(row["name"].ToString(), row["type"].ToString(), row["birth_date"].ToString(), row["country"].ToString(), row["id_number"].ToString());
            if (fields.TryCreate(out var query, out _))
                result.Add((row["id"].ToString(), hasCategory ? row["category"].ToString() : "", query));
        }
        return result;
    }

    private static IReadOnlyList<Entity> Parse(IListParser parser, string path)
    {
        // The same file reading `vigil lists load` does: the parser's published file names, or the one file given.
        return parser.Parse(Vigil.Workflows.ListFiles.Read(parser, path).ToInput()).Entities;
    }

    private static string FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("VIGIL_SHARED_DATA");
        if (!string.IsNullOrEmpty(env)) return env;
        var candidate = Path.GetFullPath(Path.Combine(Repository.Value, "..", "shared", "data"));
        return Directory.Exists(candidate)
            ? candidate
            : throw new InvalidOperationException($"shared list data not found at {candidate}; set VIGIL_SHARED_DATA");
    }

    private static string FindRepository()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Vigil.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Vigil.slnx not found above " + AppContext.BaseDirectory + "; set VIGIL_SHARED_DATA");
    }
}
