using System.Text;
using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Lists;

/// <summary>
/// <c>vigil lists load</c> of a list cut short exits 1 naming the file and line, and the active version stays active
/// (issue 13, finding 1, parser half; finding 8's 60 MB row and UN warning file names).
/// </summary>
[Collection(LoadedListsCollection.Name)]
public sealed class TruncatedListTests(LoadedHomes homes)
{
    private static readonly string[] SdnFiles = ["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"];

    /// <summary>A copy of SDN 2021-07 whose sdn.csv is replaced by <paramref name="sdn"/>.</summary>
    private static TempDirectory SdnWith(byte[] sdn)
    {
        var dir = new TempDirectory();
        foreach (var name in SdnFiles) File.Copy(SharedData.Path($"ofac-sdn/2021-07/{name}"), dir.File(name));
        File.WriteAllBytes(dir.File("sdn.csv"), sdn);
        return dir;
    }

    private static byte[] RealSdn => File.ReadAllBytes(SharedData.Path("ofac-sdn/2021-07/sdn.csv"));

    /// <summary>Loads into the home that holds SDN 2021-07 and UN; asserts that nothing changed.</summary>
    private VigilResult LoadFailsAndChangesNothing(string path)
    {
        var before = VigilRunner.Run(homes.Current, "lists");
        var load = VigilRunner.Run(homes.Current, "lists", "load", "ofac-sdn", path);
        var after = VigilRunner.Run(homes.Current, "lists");

        Assert.True(load.ExitCode == 1, load.ToString());
        Assert.Equal("", load.Stdout);
        Assert.DoesNotContain("   at ", load.Stderr, StringComparison.Ordinal);
        Assert.Equal(before.Stdout, after.Stdout);
        Assert.Contains("8,976", after.Stdout, StringComparison.Ordinal);
        return load;
    }

    [Fact]
    public void Given_sdn_csv_cut_mid_row_When_loaded_Then_it_exits_1_naming_the_file_and_line_and_the_active_version_stays()
    {
        // Before: exit 0 and a version of 5,001 of 8,976 entries went live, "removing" 3,975.
        var sdn = RealSdn;
        var rowStart = Array.IndexOf(sdn, (byte)'\n', sdn.Length / 2) + 1;
        var line = sdn.AsSpan(0, rowStart).Count((byte)'\n') + 1;
        using var dir = SdnWith(sdn[..(rowStart + 12)]);

        var load = LoadFailsAndChangesNothing(dir.Path);

        Assert.Contains($"{dir.File("sdn.csv")}: line {line}:", load.Stderr, StringComparison.Ordinal);
        Assert.Contains("cut short", load.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_sdn_csv_cut_at_a_row_boundary_When_loaded_Then_it_exits_1_because_add_csv_refers_past_its_end()
    {
        var sdn = RealSdn;
        var cut = Array.IndexOf(sdn, (byte)'\n', sdn.Length / 2) + 1;
        var lastLine = sdn.AsSpan(0, cut).Count((byte)'\n');
        using var dir = SdnWith(sdn[..cut]);

        var load = LoadFailsAndChangesNothing(dir.Path);

        Assert.Contains($"{dir.File("sdn.csv")}: line {lastLine}:", load.Stderr, StringComparison.Ordinal);
        Assert.Contains("add.csv line", load.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_60_MB_sdn_row_When_loaded_Then_it_exits_1_naming_the_line_without_a_stack_trace()
    {
        // Before: Sep's NotSupportedException escaped as an unhandled stack trace.
        var sdn = RealSdn;
        var second = Array.IndexOf(sdn, (byte)'\n') + 1;
        var huge = Encoding.ASCII.GetBytes("99999,\"HUGE\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"" + new string('A', 60_000_000) + "\"\r\n");
        using var dir = SdnWith([.. sdn[..second], .. huge, .. sdn[second..]]);

        var load = LoadFailsAndChangesNothing(dir.Path);

        Assert.Contains($"{dir.File("sdn.csv")}: line 2:", load.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_un_list_loaded_from_its_dated_file_When_its_warnings_are_listed_Then_they_name_that_file()
    {
        // Before: every UN warning said consolidated.xml, a name the operator never gave.
        var warnings = VigilRunner.Run(homes.Current, "lists", "warnings", "un");

        Assert.True(warnings.ExitCode == 0, warnings.ToString());
        var lines = warnings.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.StartsWith("consolidated-2026-02.xml:", l, StringComparison.Ordinal));
    }
}
