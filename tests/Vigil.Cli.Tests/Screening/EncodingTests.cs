using System.Text;
using System.Text.Json;
using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Screening;

/// <summary>Issue 13, finding 8: a Latin-1 / Windows-1252 file is refused naming the line and byte (never read with
/// replacement characters), and <c>--encoding</c> reads it so "Nicolás Maduro" is found; a UTF-8 BOM keeps working.</summary>
[Collection(LoadedListsCollection.Name)]
public sealed class EncodingTests(LoadedHomes homes)
{
    private const string Maduro = "22790";

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    private static TempDirectory CopyOf(string home)
    {
        var copy = new TempDirectory();
        foreach (var file in Directory.GetFiles(home)) File.Copy(file, Path.Combine(copy.Path, Path.GetFileName(file)));
        return copy;
    }

    private static List<JsonElement> Records(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    private static IEnumerable<string> Ids(JsonElement record) =>
        record.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("source_id").GetString()!);

    [Fact]
    public void A_latin1_query_file_is_refused_naming_the_file_line_and_byte_and_suggesting_encoding()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("q.csv"), Latin1("id,name\nq1,CEIEC\nq2,Nicolás Maduro\n"));

        var run = VigilRunner.Run(homes.Current, "screen", dir.File("q.csv"), "--out", dir.File("r.jsonl"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{dir.File("q.csv")}: line 3, byte offset 25: byte 0xE1", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("--encoding latin1", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("r.jsonl")), "nothing is written before the file is known to be readable");
    }

    [Theory]
    [InlineData("latin1")]
    [InlineData("windows-1252")]
    public void With_encoding_a_latin1_query_file_finds_nicolas_maduro_as_the_utf8_file_does(string encoding)
    {
        using var dir = new TempDirectory();
        const string Queries = "id,name,type\nq1,Nicolás Maduro,person\nq2,Corporación China de Importaciones y Exportaciones Electrónicas,\n";
        File.WriteAllBytes(dir.File("latin1.csv"), Latin1(Queries));
        File.WriteAllText(dir.File("utf8.csv"), Queries, new UTF8Encoding(false));

        var latin = VigilRunner.Run(homes.Current, "screen", dir.File("latin1.csv"), "--encoding", encoding, "--min-score", "0.5");
        var utf8 = VigilRunner.Run(homes.Current, "screen", dir.File("utf8.csv"), "--min-score", "0.5");

        Assert.True(latin.ExitCode == 0, latin.ToString());
        Assert.True(utf8.ExitCode == 0, utf8.ToString());
        Assert.Equal(utf8.Stdout, latin.Stdout);
        Assert.Contains(Maduro, Ids(Records(latin.Stdout)[0]));
        Assert.Contains("30502", Ids(Records(latin.Stdout)[1]));
    }

    [Fact]
    public void A_utf8_file_with_a_byte_order_mark_screens_as_without_one()
    {
        using var dir = new TempDirectory();
        const string Queries = "id,name\nq1,Nicolás Maduro\n";
        File.WriteAllText(dir.File("bom.csv"), Queries, new UTF8Encoding(true));
        File.WriteAllText(dir.File("plain.csv"), Queries, new UTF8Encoding(false));
        Assert.Equal(0xEF, File.ReadAllBytes(dir.File("bom.csv"))[0]);

        var bom = VigilRunner.Run(homes.Current, "screen", dir.File("bom.csv"));
        var plain = VigilRunner.Run(homes.Current, "screen", dir.File("plain.csv"));

        Assert.True(bom.ExitCode == 0, bom.ToString());
        Assert.Equal(plain.Stdout, bom.Stdout);
        Assert.Equal("q1", Records(bom.Stdout)[0].GetProperty("id").GetString()); // the BOM is not part of the header's 'id'
        Assert.Contains(Maduro, Ids(Records(bom.Stdout)[0]));
    }

    [Fact]
    public void An_unknown_encoding_is_a_usage_error()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("q.csv"), "id,name\nq1,CEIEC\n");

        var run = VigilRunner.Run(homes.Current, "screen", dir.File("q.csv"), "--encoding", "ebcdic");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--encoding: 'ebcdic' is not utf-8", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_latin1_customer_file_imports_nothing_and_with_encoding_imports_the_accented_name_intact()
    {
        using var home = CopyOf(homes.Current);
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("customers.csv"), Latin1("id,name,type\nC1,Nicolás Maduro,person\n"));

        var refused = VigilRunner.Run(home.Path, "customers", "import", dir.File("customers.csv"));
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"{dir.File("customers.csv")}: line 2, byte offset 21: byte 0xE1", refused.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("0 customers", VigilRunner.Run(home.Path, "customers").Stdout, StringComparison.Ordinal);

        var imported = VigilRunner.Run(home.Path, "customers", "import", dir.File("customers.csv"), "--encoding", "latin1");
        Assert.True(imported.ExitCode == 0, imported.ToString());
        var shown = VigilRunner.Run(home.Path, "customers", "show", "C1");
        Assert.Contains("C1: Nicolás Maduro", shown.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains(Maduro, VigilRunner.Run(home.Path, "alerts").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_latin1_text_is_refused_naming_the_byte_and_with_encoding_mentions_maduro()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("t.txt"), Latin1("Payment approved.\nThe beneficiary is Nicolás Maduro Moros of Caracas.\n"));

        var refused = VigilRunner.Run(homes.Current, "text", dir.File("t.txt"));
        var read = VigilRunner.Run(homes.Current, "text", dir.File("t.txt"), "--encoding", "latin1");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"{dir.File("t.txt")}: line 2, byte offset 42: byte 0xE1", refused.Stderr, StringComparison.Ordinal);
        Assert.True(read.ExitCode == 0, read.ToString());
        var mention = Records(read.Stdout).Single(m => m.GetProperty("source_id").GetString() == Maduro);
        Assert.Equal("Nicolás Maduro Moros", mention.GetProperty("text").GetString());
    }
}
