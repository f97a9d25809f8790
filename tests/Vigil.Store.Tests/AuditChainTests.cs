using Microsoft.Data.Sqlite;
using Vigil.Store.Tests.Support;

namespace Vigil.Store.Tests;

/// <summary>The hash chain of the audit log: rows from before the chain are sealed, edits and gaps are found and named.</summary>
public sealed class AuditChainTests : IDisposable
{
    private static readonly DateTimeOffset T1 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempHome _home = new();

    private void Raw(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_home.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void Rows_written_before_the_chain_existed_are_sealed_by_the_next_append_and_verify()
    {
        // As a database migrated from 0001 holds them: no hash yet.
        Raw("INSERT INTO audit_log (at, action, detail) VALUES ('2026-01-01T00:00:00.000Z', 'list.load', '{\"a\":1}'), ('2026-01-02T00:00:00.000Z', 'list.load', '{\"a\":2}')");
        var log = new AuditLog(_home.Database);
        log.Append("customers.import", "{}", T1);

        var result = log.Verify();
        Assert.True(result.Ok, result.Problem);
        Assert.Equal(3, result.RowsChecked);
        Assert.Equal(0, _home.Count("SELECT COUNT(*) FROM audit_log WHERE hash IS NULL"));
        var rows = log.Read(null, null).ToList();
        Assert.Equal("", rows[0].PreviousHash);
        Assert.Equal(rows[0].Hash, rows[1].PreviousHash);
        Assert.Equal(rows[1].Hash, rows[2].PreviousHash);
    }

    [Fact]
    public void A_sealed_row_cannot_be_updated_through_the_database_but_a_row_edited_around_the_trigger_is_named()
    {
        var log = new AuditLog(_home.Database);
        for (var i = 0; i < 5; i++) log.Append("test", $"{{\"n\":{i}}}", T1.AddMinutes(i));

        var refused = Assert.Throws<SqliteException>(() => Raw("UPDATE audit_log SET detail = '{}' WHERE id = 4"));
        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);

        Raw("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET at = '2026-03-01T12:09:00.000Z' WHERE id = 4");
        var result = log.Verify();
        Assert.False(result.Ok);
        Assert.Equal(4, result.BadRowId);
        Assert.Equal(3, result.RowsChecked);
    }

    [Fact]
    public void Export_bounds_are_inclusive_from_and_exclusive_to()
    {
        var log = new AuditLog(_home.Database);
        for (var i = 0; i < 4; i++) log.Append("test", "{}", T1.AddHours(i));

        var rows = log.Read(T1.AddHours(1), T1.AddHours(3)).Select(r => r.Entry.At).ToList();
        Assert.Equal([T1.AddHours(1), T1.AddHours(2)], rows);
    }

    public void Dispose() => _home.Dispose();
}
