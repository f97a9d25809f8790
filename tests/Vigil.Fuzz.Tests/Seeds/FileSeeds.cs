using Vigil.Fuzz.Tests.Fuzzing;
using Vigil.Tests.Shared;

namespace Vigil.Fuzz.Tests.Seeds;

/// <summary>Seeds that are one file: the real query file's first rows, and the small fixtures next to the tests.</summary>
public static class FileSeeds
{
    /// <summary>Rows kept from the real query file.</summary>
    public const int Rows = 200;

    /// <summary>The header and first <see cref="Rows"/> rows of <c>shared/eval/dev/queries.csv</c>, and this project's CSV fixtures.</summary>
    public static IReadOnlyList<CorpusEntry> QueryCsv()
    {
        var real = SharedData.Eval("dev/queries.csv");
        return
        [
            CorpusEntry.OneFile($"shared/eval/dev/queries.csv, first {Rows} rows", "queries.csv", Slices.CsvHead(File.ReadAllBytes(real), Rows + 1)),
            .. Fixtures("csv", "*.csv"),
        ];
    }

    /// <summary>The MT103 messages among the CLI's text fixtures and this project's payment fixtures.</summary>
    public static IReadOnlyList<CorpusEntry> Mt103() => [.. CliText("mt103-*.txt"), .. Fixtures("payments", "mt103-*.txt")];

    /// <summary>The pacs.008 messages among the CLI's text fixtures and this project's payment fixtures.</summary>
    public static IReadOnlyList<CorpusEntry> Pacs008() => [.. CliText("pacs008-*.xml"), .. Fixtures("payments", "pacs008-*.xml")];

    /// <summary>The prose texts: the real designation news text and the CLI's text fixtures.</summary>
    public static IReadOnlyList<CorpusEntry> Prose() =>
    [
        CorpusEntry.OneFile("shared/data/text/ceiec-designation-news.txt", "news.txt", File.ReadAllBytes(SharedData.Path("text/ceiec-designation-news.txt"))),
        .. CliText("*.txt").Where(e => !e.Names[0].StartsWith("mt103", StringComparison.Ordinal)),
    ];

    private static IEnumerable<CorpusEntry> CliText(string pattern)
    {
        var dir = Path.Combine(SharedData.RepoRoot, "tests", "Vigil.Cli.Tests", "Fixtures", "text");
        return Directory.GetFiles(dir, pattern).Order(StringComparer.Ordinal)
            .Select(f => CorpusEntry.OneFile("tests/Vigil.Cli.Tests/Fixtures/text/" + Path.GetFileName(f), Path.GetFileName(f), File.ReadAllBytes(f)));
    }

    private static IEnumerable<CorpusEntry> Fixtures(string folder, string pattern)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Fixtures", folder);
        return Directory.GetFiles(dir, pattern).Order(StringComparer.Ordinal)
            .Select(f => CorpusEntry.OneFile($"tests/Vigil.Fuzz.Tests/Fixtures/{folder}/" + Path.GetFileName(f), Path.GetFileName(f), File.ReadAllBytes(f)));
    }
}
