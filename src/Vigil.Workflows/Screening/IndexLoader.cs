using System.Diagnostics;
using Vigil.Core.Index;
using Vigil.Core.Lists;
using Vigil.Core.Matching;
using Vigil.Core.Screening;

namespace Vigil.Workflows.Screening;

/// <summary>Active list versions in the store → a built <see cref="ScreeningIndex"/> and its <see cref="Screener"/>.</summary>
/// <remarks>
/// The index is kept as a snapshot file in <see cref="VigilHome.IndexSnapshotPath"/>: a process whose active lists match
/// the snapshot reads it back instead of analysing every name again (SDN + UN: ~0.1 s instead of ~0.5 s; 1M entities:
/// seconds instead of a minute). Any other snapshot — other list versions, another build of Vigil, a damaged file — is
/// ignored and replaced by a fresh build. The file is written to a temporary name (<c>index.snapshot.PID.tmp</c>) and renamed
/// over the old one, so a reader never sees half of one; failing to write it only costs the next process the build. A
/// temporary file left by a killed writer is deleted by the next process that loads or prepares the index.
/// </remarks>
public sealed class IndexLoader
{
    private IndexLoader(ActiveLists lists, Screener screener, TimeSpan loadTime, TimeSpan buildTime, bool fromSnapshot, TimeSpan partyTime)
    {
        PartyTime = partyTime;
        Lists = lists;
        Screener = screener;
        LoadTime = loadTime;
        BuildTime = buildTime;
        FromSnapshot = fromSnapshot;
    }

    /// <summary>The list versions the index was built from.</summary>
    public ActiveLists Lists { get; }
    public Screener Screener { get; }
    /// <summary>Time spent reading entities from the store.</summary>
    public TimeSpan LoadTime { get; }
    /// <summary>Time spent building the index, or reading it from the snapshot.</summary>
    public TimeSpan BuildTime { get; }
    /// <summary>Time spent grouping the entities into parties across sources (after <see cref="BuildTime"/>).</summary>
    public TimeSpan PartyTime { get; }
    /// <summary>True when the index was read from the snapshot rather than built.</summary>
    public bool FromSnapshot { get; }

    /// <summary>Loads the active versions of every source (or of the <paramref name="selection"/>) and their index, scored by
    /// <paramref name="profile"/> (null: the profile <c>vigil.json</c> names, else the shipped one); fails when no list is loaded.</summary>
    /// <remarks>
    /// <para>The snapshot's header holds the whole profile: a snapshot built with other numbers is rebuilt.</para>
    /// <para>A selection of fewer sources than are active builds an index of those sources alone, so its word weights and
    /// scores are exactly those of a home holding only them (docs/scoring.md, "Choosing lists"); that index is not written
    /// as the snapshot, which stays the one of every active source.</para>
    /// </remarks>
    /// <exception cref="ListSelectionException">The selection names a source that has no active version.</exception>
    public static IndexLoader Load(VigilHome home, ScoringProfile? profile = null, ListSelection? selection = null)
    {
        DeleteStaleTemporaryFiles(home);
        profile ??= ProfileFile.Resolve(home);
        var clock = Stopwatch.StartNew();
        var lists = ActiveListsLoader.Load(home);
        if (lists.Versions.Count == 0)
            throw new VigilException($"no list is loaded in {home.Directory}; run 'vigil lists load SOURCE PATH' first");
        var narrowed = selection?.Apply(lists);
        var loaded = clock.Elapsed;
        clock.Restart();
        if (narrowed is not null && narrowed.Versions.Count < lists.Versions.Count)
        {
            var selected = ScreeningIndex.Build(narrowed.Entities, profile);
            var selectedBuilt = clock.Elapsed;
            clock.Restart();
            _ = selected.Parties;
            return new IndexLoader(narrowed, new Screener(selected, narrowed.Versions), loaded, selectedBuilt, false, clock.Elapsed);
        }
        var key = SnapshotKey(lists);
        var index = TryReadSnapshot(home, key, lists, profile);
        var fromSnapshot = index is not null;
        if (index is null)
        {
            index = ScreeningIndex.Build(lists.Entities, profile);
            TryWriteSnapshot(home, key, index);
        }
        var built = clock.Elapsed;
        clock.Restart();
        _ = index.Parties;
        return new IndexLoader(lists, new Screener(index, lists.Versions), loaded, built, fromSnapshot, clock.Elapsed);
    }

    /// <summary>Builds the index of the active lists and writes its snapshot now, so the next screening process starts fast.</summary>
    /// <remarks>With the profile <c>vigil.json</c> names (the one the next process will read it with) unless given.</remarks>
    /// <returns>False when no list is loaded.</returns>
    public static bool Prepare(VigilHome home, ScoringProfile? profile = null)
    {
        DeleteStaleTemporaryFiles(home);
        var lists = ActiveListsLoader.Load(home);
        if (lists.Versions.Count == 0) return false;
        profile ??= ProfileFile.Resolve(home);
        var key = SnapshotKey(lists);
        if (SnapshotMatches(home, key, lists, profile)) return true;
        TryWriteSnapshot(home, key, ScreeningIndex.Build(lists.Entities, profile));
        return true;
    }

    /// <summary>The versions (and their content) the index covers.</summary>
    private static string SnapshotKey(ActiveLists lists) =>
        string.Join(",", lists.Versions.Select(v => $"{v.Source}:{v.Id}:{v.ContentHash}"));

    /// <summary>A snapshot a later process would read: its header and end match (the index itself is not read).</summary>
    private static bool SnapshotMatches(VigilHome home, string key, ActiveLists lists, ScoringProfile profile)
    {
        try
        {
            using var stream = new FileStream(home.IndexSnapshotPath, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 12);
            return ScreeningIndex.SnapshotMatches(stream, key, lists.Entities, profile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static ScreeningIndex? TryReadSnapshot(VigilHome home, string key, ActiveLists lists, ScoringProfile profile)
    {
        try
        {
            using var stream = new FileStream(home.IndexSnapshotPath, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16);
            return ScreeningIndex.ReadSnapshot(stream, key, lists.Entities, profile);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return null; // missing or damaged: build instead
        }
    }

    /// <summary>Time after which a temporary snapshot file is stale even if a process with its id runs (the id was reused):
    /// an hour, where writing the snapshot of a million entities takes seconds.</summary>
    private static readonly TimeSpan StaleAfter = TimeSpan.FromHours(1);

    /// <summary>
    /// Deletes the temporary snapshot files (<c>index.snapshot.PID.tmp</c>) whose writer is gone: no process has the id, or
    /// the file is over <see cref="StaleAfter"/> old. A writer killed mid-write (kill -9, power cut) leaves one behind, as
    /// large as the index. Best effort: a file deleted under a live writer only makes its rename fail, which costs the next
    /// process a build.
    /// </summary>
    /// <returns>The files deleted.</returns>
    public static IReadOnlyList<string> DeleteStaleTemporaryFiles(VigilHome home)
    {
        ArgumentNullException.ThrowIfNull(home);
        var deleted = new List<string>();
        var name = Path.GetFileName(home.IndexSnapshotPath);
        string[] temps;
        try
        {
            temps = System.IO.Directory.Exists(home.Directory) ? System.IO.Directory.GetFiles(home.Directory, name + ".*.tmp") : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return deleted;
        }
        foreach (var temp in temps)
        {
            var pidText = Path.GetFileName(temp)[(name.Length + 1)..^".tmp".Length];
            if (!int.TryParse(pidText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid)) continue;
            try
            {
                var old = DateTime.UtcNow - File.GetLastWriteTimeUtc(temp) > StaleAfter;
                if (pid == Environment.ProcessId && !old) continue;
                if (!old && IsRunning(pid)) continue;
                File.Delete(temp);
                deleted.Add(temp);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // another process cleans it up, or the next one will
            }
        }
        return deleted;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryWriteSnapshot(VigilHome home, string key, ScreeningIndex index)
    {
        var path = home.IndexSnapshotPath;
        var temp = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            var options = VigilHome.PrivateFileOptions(FileMode.Create);
            options.BufferSize = 1 << 16;
            using (var stream = new FileStream(temp, options))
                index.WriteSnapshot(stream, key);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temp); } catch (IOException) { } // best effort: the next process builds again
        }
    }
}
