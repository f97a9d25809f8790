using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Screening;

/// <summary>Issue 13, finding 8: <c>vigil text</c> refuses binary input instead of reporting "mentions" in random bytes;
/// <c>vigil compare</c> names the line of a short row instead of crashing.</summary>
[Collection(LoadedListsCollection.Name)]
public sealed class BinaryAndShortInputTests(LoadedHomes homes)
{
    private static byte[] RandomBytes(int seed, int length, bool withNul)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0) bytes[i] = 0x41;
        }
        if (withNul) bytes[length / 2] = 0;
        return bytes;
    }

    [Fact]
    public void Random_bytes_are_refused_as_binary_naming_the_nul_byte()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("random.bin"), RandomBytes(13, 200_000, withNul: true));

        var run = VigilRunner.Run(homes.Current, "text", dir.File("random.bin"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{dir.File("random.bin")}: binary data, not text: a NUL byte at byte offset", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
        Assert.DoesNotContain("mentions", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_without_nul_read_as_latin1_are_refused_for_their_share_of_control_characters()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("random.bin"), RandomBytes(8, 200_000, withNul: false));

        var utf8 = VigilRunner.Run(homes.Current, "text", dir.File("random.bin"));
        var latin1 = VigilRunner.Run(homes.Current, "text", dir.File("random.bin"), "--encoding", "latin1");

        Assert.Equal(1, utf8.ExitCode);
        Assert.Contains("is not valid UTF-8", utf8.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, latin1.ExitCode);
        Assert.Contains("binary data, not text:", latin1.Stderr, StringComparison.Ordinal);
        Assert.Contains("are control or undecodable characters", latin1.Stderr, StringComparison.Ordinal);
        Assert.Empty(latin1.Stdout);
    }

    [Fact]
    public void Binary_data_on_standard_input_is_refused_too()
    {
        var run = VigilRunner.RunWithInput(homes.Current, "Nicolás Maduro\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f", "text", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("standard input: binary data, not text: 10 of 24 characters", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_with_a_few_control_characters_is_still_screened()
    {
        // A raw SWIFT envelope's SOH/ETX around a message: text, not binary.
        var run = VigilRunner.RunWithInput(homes.Current, "\u0001The beneficiary is Nicolás Maduro Moros of Caracas, paid in full on delivery.\u0003", "text", "-");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("\"22790\"", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_with_a_short_row_fails_naming_the_line_without_a_stack_trace()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("pairs.csv"), "id,name_a,name_b,type\np1,Nicolas Maduro,Nicolás Maduro Moros,person\np2,CEIEC\np3,A,B,\n");

        var run = VigilRunner.Run(homes.Current, "compare", dir.File("pairs.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{dir.File("pairs.csv")}: line 3: 2 fields, but name_a and name_b are fields 2 and 3", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("\"p1\"", run.Stdout, StringComparison.Ordinal); // the pairs before it were written
    }
}
