using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Vigil.Cli.Tests.Customers;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Audit;

/// <summary>
/// Proof of screening through the real CLI: <c>search</c>, <c>screen</c>, <c>text</c> and the register jobs each leave one
/// record per screened row or call, and <c>audit screenings --from --to --out F.jsonl</c> answers an auditor's question:
/// was customer X screened against list version V on day D.
/// </summary>
public sealed class ScreeningRecordCommandTests : IDisposable
{
    private readonly TempDirectory _home = new();

    public void Dispose() => _home.Dispose();

    [Fact]
    public void Every_screening_leaves_a_record_and_the_export_proves_customer_c1_was_screened_against_each_sdn_version_that_day()
    {
        File.WriteAllText(_home.File("customers.csv"), "id,name,type,birth_date,country,id_number\n" +
            "c1,Gilberto José Rodríguez Orejuela,person,1939-01-31,CO,\nc2,Peter Lindqvist,person,1980-05-05,SE,\n");
        File.WriteAllText(_home.File("batch.csv"), "id,name,type\nb1,Gilberto Rodriguez Orejuela,person\nb2,Peter Lindqvist,person\nb3,12345,\n");
        File.WriteAllText(_home.File("wire.txt"), "Paid to Gilberto Rodriguez Orejuela, Cali");
        VigilCli.Ok(_home.Path, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2019-01"));
        VigilCli.Ok(_home.Path, "customers", "import", _home.File("customers.csv"));
        VigilCli.Ok(_home.Path, "search", "Rodriguez Orejuela");
        VigilCli.Ok(_home.Path, "screen", _home.File("batch.csv"), "--out", _home.File("out.jsonl"));
        VigilCli.Ok(_home.Path, "text", _home.File("wire.txt"));
        VigilCli.Ok(_home.Path, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));

        var day = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var next = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var export = _home.File("screenings.jsonl");
        var written = VigilCli.Ok(_home.Path, "audit", "screenings", "--from", day, "--to", next, "--out", export);
        Assert.Contains("screening records to", written.Stderr);
        var records = File.ReadAllLines(export).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        // One record per call or screened row: the search, the text, two of the three batch rows (b3 is not a name and is
        // not screened), and the customers in each register job.
        Assert.Single(records, r => Channel(r) == "cli.search");
        Assert.Single(records, r => Channel(r) == "cli.text");
        Assert.Equal(["b1", "b2"], records.Where(r => Channel(r) == "cli.screen").Select(Ref));
        Assert.All(records.Where(r => Channel(r).StartsWith("cli.", StringComparison.Ordinal)), r => Assert.Equal("test-reviewer", r.GetProperty("actor").GetString()));
        Assert.All(records.Where(r => Channel(r).StartsWith("job.", StringComparison.Ordinal)), r => Assert.Equal("vigil", r.GetProperty("actor").GetString()));
        Assert.True(records.Single(r => Ref(r) == "b1").GetProperty("alerts").GetInt32() >= 1);

        // The auditor's question, answered from the file alone: c1, by the hash of what was screened, against ofac-sdn
        // version 1 and version 2 on that day; never against a version 3, which does not exist.
        var c1 = Hex("""{"name":"Gilberto José Rodríguez Orejuela","type":"person","birth_date":"1939-01-31","country":"CO"}""");
        Assert.True(ScreenedAgainst(records, "c1", c1, "ofac-sdn", 1, day));
        Assert.True(ScreenedAgainst(records, "c1", c1, "ofac-sdn", 2, day));
        Assert.False(ScreenedAgainst(records, "c1", c1, "ofac-sdn", 3, day));
        Assert.False(ScreenedAgainst(records, "c1", Hex("someone else"), "ofac-sdn", 1, day));
        Assert.Equal(0, VigilCli.Run(_home.Path, null, "audit", "verify").ExitCode);

        // A window before today holds nothing.
        VigilCli.Ok(_home.Path, "audit", "screenings", "--to", day, "--out", export);
        Assert.Empty(File.ReadAllLines(export));
    }

    private static bool ScreenedAgainst(List<JsonElement> records, string customer, string inputHash, string source, int version, string day) =>
        records.Any(r => Ref(r) == customer && r.GetProperty("input_sha256").GetString() == inputHash
            && r.GetProperty("at").GetString()!.StartsWith(day, StringComparison.Ordinal)
            && r.GetProperty("list_versions").EnumerateArray().Any(v => v.GetProperty("source").GetString() == source && v.GetProperty("version").GetInt32() == version));

    private static string Channel(JsonElement r) => r.GetProperty("channel").GetString()!;

    private static string? Ref(JsonElement r) => r.TryGetProperty("ref", out var id) ? id.GetString() : null;

    private static string Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
