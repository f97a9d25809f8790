using Microsoft.Data.Sqlite;
using Vigil.Cli.Tests.Customers;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Audit;

/// <summary><c>vigil audit verify FILE</c>: an export checks on its own; an edited, cut or re-signed export fails naming the line.</summary>
public sealed class AuditExportFileTests : IDisposable
{
    private readonly TempDirectory _home = new();

    private string Export()
    {
        File.WriteAllText(_home.File("c.csv"), "id,name,type\nc1,Corporación China de Importaciones y Exportaciones Electrónicas,organization\n");
        VigilCli.Ok(_home.Path, "customers", "import", _home.File("c.csv"));
        VigilCli.Ok(_home.Path, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));
        var path = _home.File("audit.jsonl");
        VigilCli.Ok(_home.Path, "audit", "export", "--out", path);
        return path;
    }

    private static string[] Lines(string path) => File.ReadAllLines(path);

    [Fact]
    public void An_exported_file_verifies_on_its_own()
    {
        var path = Export();

        var verify = VigilCli.Ok(_home.Path, "audit", "verify", path);

        Assert.Contains($"{Lines(path).Length - 1} entries, chain intact, checkpoint signed", verify.Stdout);
    }

    [Fact]
    public void A_line_edited_in_the_export_fails_naming_that_line()
    {
        var path = Export();
        var lines = Lines(path);
        var edited = Array.FindIndex(lines, l => l.Contains("\"list.load\"", StringComparison.Ordinal));
        lines[edited] = lines[edited].Replace("ofac-sdn", "ofac-sdX", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        var verify = VigilCli.Run(_home.Path, null, "audit", "verify", path);

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains($"line {edited + 1} (row ", verify.Stderr);
        Assert.Contains("was changed", verify.Stderr);
    }

    [Fact]
    public void An_export_with_its_last_lines_cut_fails_naming_the_missing_line()
    {
        var path = Export();
        var lines = Lines(path);
        File.WriteAllLines(path, lines[..^2]);

        var verify = VigilCli.Run(_home.Path, null, "audit", "verify", path);

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains($"line {lines.Length - 1} is missing: the file ends at line {lines.Length - 2} without the signed checkpoint", verify.Stderr);
    }

    [Fact]
    public void An_export_with_entries_cut_before_its_checkpoint_fails_at_the_checkpoint()
    {
        var path = Export();
        var lines = Lines(path);
        File.WriteAllLines(path, [.. lines[..^3], lines[^1]]);

        var verify = VigilCli.Run(_home.Path, null, "audit", "verify", path);

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains($"line {lines.Length - 2} (checkpoint) says {lines.Length - 1} entries", verify.Stderr);
    }

    [Fact]
    public void A_checkpoint_rewritten_to_match_a_cut_file_fails_its_signature()
    {
        var path = Export();
        var lines = Lines(path);
        var count = lines.Length - 1;
        File.WriteAllLines(path, [.. lines[..^1], lines[^1].Replace($"\"count\":{count},", $"\"count\":{count - 1},", StringComparison.Ordinal)]);

        var verify = VigilCli.Run(_home.Path, null, "audit", "verify", path);

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains($"line {lines.Length} (checkpoint) has a signature this home's key did not make", verify.Stderr);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _home.Dispose();
    }
}
