using Microsoft.Data.Sqlite;
using Vigil.Store.Sql;
using Vigil.Store.Sqlite;
using Vigil.Store.Tests.Support;

namespace Vigil.Store.Tests;

/// <summary>SQLite only: rows from before the chain (0004) are sealed, and edits made around the triggers are found and named.</summary>
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
    public void Deleting_an_entry_is_refused_by_the_database()
    {
        new AuditLog(_home.Database).Append("test", "{}", T1);

        var error = Assert.Throws<SqliteException>(() => Raw("DELETE FROM audit_log"));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _home.Count("SELECT COUNT(*) FROM audit_log"));
    }

    public void Dispose() => _home.Dispose();
}
