namespace Vigil.Store.Tests.Contract;

/// <summary>Sync state: per source, the validators of the files last downloaded; saving replaces that source's files only.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public void Saved_files_come_back_by_name_and_a_new_save_replaces_only_that_sources_files()
    {
        Store.SyncState.Save("ofac-sdn", [
            new SyncFileState("sdn.csv", "https://example.test/sdn.csv", "\"e1\"", null, "aa", T1),
            new SyncFileState("add.csv", "https://example.test/add.csv", null, "Mon, 02 Mar 2026 10:00:00 GMT", "bb", T1),
        ], """{"source":"ofac-sdn"}""", T1);
        Store.SyncState.Save("un", [new SyncFileState("consolidated.xml", "https://example.test/un.xml", null, null, "cc", T1)], "{}", T1);

        Store.SyncState.Save("ofac-sdn", [new SyncFileState("sdn.csv", "https://example.test/sdn.csv", "\"e2\"", null, "dd", T2)], "{}", T2);

        var sdn = Assert.Single(Store.SyncState.Files("ofac-sdn"));
        Assert.Equal(new SyncFileState("sdn.csv", "https://example.test/sdn.csv", "\"e2\"", null, "dd", T2), sdn);
        Assert.Equal("consolidated.xml", Assert.Single(Store.SyncState.Files("un")).File);
        Assert.Empty(Store.SyncState.Files("eu"));
        Assert.Equal(["list.sync", "list.sync", "list.sync"], Store.Audit.Read(null, null).Select(e => e.Entry.Action));
    }

    [Fact]
    public void Both_validators_and_their_absence_survive_the_round_trip_sorted_by_file()
    {
        Store.SyncState.Save("ofac-sdn", [
            new SyncFileState("sdn.csv", "u1", null, "Mon, 02 Mar 2026 10:00:00 GMT", "aa", T1),
            new SyncFileState("add.csv", "u2", "W/\"x\"", null, "bb", T1),
        ], "{}", T1);

        Assert.Equal([
            new SyncFileState("add.csv", "u2", "W/\"x\"", null, "bb", T1),
            new SyncFileState("sdn.csv", "u1", null, "Mon, 02 Mar 2026 10:00:00 GMT", "aa", T1),
        ], Store.SyncState.Files("ofac-sdn"));
    }

    [Fact]
    public void Auditing_a_sync_that_changed_nothing_leaves_the_state_as_it_was()
    {
        Store.SyncState.Save("ofac-sdn", [new SyncFileState("sdn.csv", "u1", "\"e1\"", null, "aa", T1)], "{}", T1);

        Store.SyncState.Audit("""{"status":"failed"}""", T2);

        Assert.Equal("\"e1\"", Assert.Single(Store.SyncState.Files("ofac-sdn")).ETag);
        var latest = Store.Audit.Latest(1)[0];
        Assert.Equal(("list.sync", T2), (latest.Action, latest.At));
        Assert.Contains("failed", latest.Detail, StringComparison.Ordinal);
    }
}
