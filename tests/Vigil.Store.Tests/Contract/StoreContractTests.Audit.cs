using System.Globalization;

namespace Vigil.Store.Tests.Contract;

/// <summary>The audit log: append-only, hash-chained by <see cref="AuditChain.HashOf"/>, read back in order and by time range.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public void Appended_entries_come_back_newest_first_with_their_time_action_and_detail()
    {
        Store.Audit.Append("test.one", """{"n":1}""", T1);
        Store.Audit.Append("test.two", """{"n":2}""", T2);

        var latest = Store.Audit.Latest(10);

        Assert.Equal(["test.two", "test.one"], latest.Select(e => e.Action));
        Assert.Equal([T2, T1], latest.Select(e => e.At));
        Assert.Equal("""{"n":2}""", latest[0].Detail);
        Assert.True(latest[0].Id > latest[1].Id);
        Assert.Single(Store.Audit.Latest(1));
    }

    [Fact]
    public void Each_entry_links_to_the_one_before_and_its_hash_is_the_chain_rule_over_its_content()
    {
        for (var i = 0; i < 3; i++) Store.Audit.Append("test", $$"""{"n":{{i}}}""", T1.AddMinutes(i));

        var rows = Store.Audit.Read(null, null).ToList();

        Assert.Equal(3, rows.Count);
        Assert.Equal("", rows[0].PreviousHash);
        Assert.Equal(rows[0].Hash, rows[1].PreviousHash);
        Assert.Equal(rows[1].Hash, rows[2].PreviousHash);
        foreach (var row in rows)
        {
            var at = row.Entry.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            Assert.Equal(AuditChain.HashOf(row.Entry.Id, at, row.Entry.Action, row.Entry.Detail, row.PreviousHash!), row.Hash);
        }
        var verified = Store.Audit.Verify();
        Assert.True(verified.Ok, verified.Problem);
        Assert.Equal(3, verified.RowsChecked);
    }

    [Fact]
    public void Export_bounds_are_inclusive_from_and_exclusive_to()
    {
        for (var i = 0; i < 4; i++) Store.Audit.Append("test", "{}", T1.AddHours(i));

        Assert.Equal([T1.AddHours(1), T1.AddHours(2)], Store.Audit.Read(T1.AddHours(1), T1.AddHours(3)).Select(r => r.Entry.At));
        Assert.Equal([T1.AddHours(2), T1.AddHours(3)], Store.Audit.Read(T1.AddHours(2), null).Select(r => r.Entry.At));
        Assert.Equal([T1], Store.Audit.Read(null, T1.AddHours(1)).Select(r => r.Entry.At));
    }

    [Fact]
    public void An_empty_log_verifies_with_nothing_checked()
    {
        var verified = Store.Audit.Verify();

        Assert.True(verified.Ok);
        Assert.Equal(0, verified.RowsChecked);
    }

    [Fact]
    public void The_tail_is_the_last_entry_with_its_hash_and_HashAt_reads_any_entry()
    {
        Assert.Null(Store.Audit.Tail());
        for (var i = 0; i < 3; i++) Store.Audit.Append("test", $"{{\"n\":{i}}}", T1.AddHours(i));
        var rows = Store.Audit.Read(null, null).ToList();

        var tail = Store.Audit.Tail();

        Assert.Equal(new AuditTail(rows[^1].Entry.Id, rows[^1].Hash!), tail);
        Assert.Equal(3, Store.Audit.Count());
        Assert.Equal(rows[1].Hash, Store.Audit.HashAt(rows[1].Entry.Id));
        Assert.Null(Store.Audit.HashAt(rows[^1].Entry.Id + 1));
    }
}
