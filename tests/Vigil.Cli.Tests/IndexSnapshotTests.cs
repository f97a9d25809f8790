using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests;

/// <summary>The prepared index snapshot: written by `lists load`, read by later processes, rebuilt when it does not fit.</summary>
[Collection(LoadedListsCollection.Name)]
public sealed class IndexSnapshotTests(LoadedHomes homes)
{
    private const string Queries = """
        id,name,type
        q1,Corporación China de Importaciones y Exportaciones Electrónicas,
        q2,CEIEC,organization
        q3,Nicolás Maduro,person
        q4,Steven Mnuchin,person
        """;

    /// <summary>A copy of the loaded home (database and snapshot), so a test can damage it freely.</summary>
    private static TempDirectory CopyOf(string home)
    {
        var copy = new TempDirectory();
        foreach (var file in Directory.GetFiles(home)) File.Copy(file, Path.Combine(copy.Path, Path.GetFileName(file)));
        return copy;
    }

    private static (string Results, string Stderr) Screen(string home, TempDirectory dir)
    {
        File.WriteAllText(dir.File("q.csv"), Queries);
        var run = VigilRunner.Run(home, "screen", dir.File("q.csv"), "--min-score", "0.5", "--out", dir.File("r.jsonl"));
        Assert.True(run.ExitCode == 0, run.ToString());
        return (File.ReadAllText(dir.File("r.jsonl")), run.Stderr);
    }

    [Fact]
    public void Lists_load_leaves_a_snapshot_that_the_next_screening_reads_instead_of_building()
    {
        using var dir = new TempDirectory();
        Assert.True(File.Exists(Path.Combine(homes.Current, "index.snapshot")), "lists load should prepare the index snapshot");

        var (results, stderr) = Screen(homes.Current, dir);

        Assert.Contains("snapshot read", stderr, StringComparison.Ordinal);
        Assert.Contains("\"30502\"", results, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_or_missing_snapshot_is_rebuilt_and_gives_the_same_results()
    {
        using var dir = new TempDirectory();
        var (expected, _) = Screen(homes.Current, dir);
        using var home = CopyOf(homes.Current);
        var snapshot = Path.Combine(home.Path, "index.snapshot");
        var bytes = File.ReadAllBytes(snapshot);
        File.WriteAllBytes(snapshot, bytes[..(bytes.Length / 3)]);

        var (damaged, damagedErr) = Screen(home.Path, dir);
        File.Delete(snapshot);
        var (missing, missingErr) = Screen(home.Path, dir);
        var (after, afterErr) = Screen(home.Path, dir);

        Assert.Equal(expected, damaged);
        Assert.Equal(expected, missing);
        Assert.Equal(expected, after);
        Assert.Contains(", build ", damagedErr, StringComparison.Ordinal);
        Assert.Contains(", build ", missingErr, StringComparison.Ordinal);
        Assert.Contains("snapshot read", afterErr, StringComparison.Ordinal); // the rebuild wrote a fresh snapshot
    }

    [Fact]
    public void A_snapshot_of_other_list_versions_is_not_used()
    {
        using var dir = new TempDirectory();
        var (expected, _) = Screen(homes.Current, dir);
        using var home = CopyOf(homes.Current);
        // The Updated home's snapshot covers SDN 2019-01 → 2021-07 + UN under other version ids.
        File.Copy(Path.Combine(homes.Updated, "index.snapshot"), Path.Combine(home.Path, "index.snapshot"), overwrite: true);

        var (results, stderr) = Screen(home.Path, dir);

        Assert.Equal(expected, results);
        Assert.Contains(", build ", stderr, StringComparison.Ordinal);
    }

    /// <summary>The id of a process that has ended (a writer killed mid-write leaves its id in the temporary file's name).</summary>
    private static int EndedProcessId()
    {
        using var ended = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("true") { UseShellExecute = false })!;
        ended.WaitForExit();
        return ended.Id;
    }

    [Fact]
    public void A_temporary_snapshot_left_by_a_killed_writer_is_deleted_at_the_next_start_and_a_live_writers_is_kept()
    {
        using var dir = new TempDirectory();
        var (expected, _) = Screen(homes.Current, dir);
        using var home = CopyOf(homes.Current);
        var snapshot = Path.Combine(home.Path, "index.snapshot");
        // What kill -9 during the write leaves: part of a snapshot under the writer's temporary name.
        var stale = $"{snapshot}.{EndedProcessId()}.tmp";
        File.WriteAllBytes(stale, File.ReadAllBytes(snapshot)[..4096]);
        // A writer still running (this test process) keeps its file.
        var live = $"{snapshot}.{Environment.ProcessId}.tmp";
        File.WriteAllBytes(live, [1, 2, 3]);

        var (results, stderr) = Screen(home.Path, dir);

        Assert.Equal(expected, results);
        Assert.Contains("snapshot read", stderr, StringComparison.Ordinal); // the real snapshot was not disturbed
        Assert.False(File.Exists(stale), "the killed writer's temporary snapshot should be deleted");
        Assert.True(File.Exists(live), "a running writer's temporary snapshot must be left alone");
        Assert.Single(Directory.GetFiles(home.Path, "index.snapshot*.tmp"));
    }

    [Fact]
    public void A_fresh_snapshot_is_written_whole_under_a_temporary_name_and_renamed_leaving_no_temporary_file()
    {
        using var dir = new TempDirectory();
        using var home = CopyOf(homes.Current);
        File.Delete(Path.Combine(home.Path, "index.snapshot"));

        var (_, stderr) = Screen(home.Path, dir);
        var (_, again) = Screen(home.Path, dir);

        Assert.Contains(", build ", stderr, StringComparison.Ordinal);
        Assert.Contains("snapshot read", again, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(home.Path, "*.tmp"));
    }
}
