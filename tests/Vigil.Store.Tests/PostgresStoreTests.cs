using Npgsql;
using Vigil.Store.Postgres;
using Vigil.Store.Sql;
using Vigil.Store.Tests.Support;

namespace Vigil.Store.Tests;

/// <summary>
/// What only the PostgreSQL backend has to show beyond the contract: migrations shared by nodes starting together, a
/// newer schema refused, the audit log's triggers, the URL form of <c>VIGIL_DB</c>, and list changes announced to other nodes.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresServer server) : IDisposable
{
    private static readonly DateTimeOffset T1 = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly string _database = server.CreateDatabase();

    [Fact]
    public async Task Nodes_opening_a_new_database_at_once_apply_each_migration_once()
    {
        using var start = new Barrier(4);
        var opened = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait(TimeSpan.FromSeconds(30));
            return PostgresStore.Open(_database);
        })).ToArray();
        var stores = await Task.WhenAll(opened).WaitAsync(TimeSpan.FromSeconds(120));

        using var db = VigilDatabase.OpenPostgres(_database);
        Assert.Equal(Migrations.Postgres.Select(m => m.Version), db.AppliedMigrations());
        Assert.Equal(Migrations.Sqlite.Select(m => m.Version), Migrations.Postgres.Select(m => m.Version));
        foreach (var store in stores) store.Dispose();
    }

    [Fact]
    public void A_database_migrated_by_a_newer_vigil_is_refused_naming_it_without_the_password()
    {
        using (PostgresStore.Open(_database)) { }
        Raw("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', '2030-01-01')");
        var withPassword = new NpgsqlConnectionStringBuilder(_database) { Password = "s3cret-pw" }.ConnectionString;

        var refused = Assert.Throws<InvalidOperationException>(() => PostgresStore.Open(withPassword));

        Assert.Contains("schema version 99", refused.Message, StringComparison.Ordinal);
        Assert.Contains(new NpgsqlConnectionStringBuilder(_database).Database!, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_audit_log_refuses_update_delete_and_truncate_so_the_chain_can_only_grow()
    {
        using var store = PostgresStore.Open(_database);
        store.Audit.Append("test.one", "{}", T1);
        store.Audit.Append("test.two", "{}", T1);

        foreach (var sql in (string[])["UPDATE audit_log SET detail = '{\"x\":1}' WHERE id = 1", "DELETE FROM audit_log WHERE id = 2", "TRUNCATE audit_log"])
        {
            var refused = Assert.Throws<PostgresException>(() => Raw(sql));
            Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        }
        Assert.True(store.Audit.Verify().Ok);
        Assert.Equal(2, store.Audit.Count());
    }

    [Fact]
    public async Task A_list_made_active_by_one_node_wakes_a_listener_on_another_and_a_failed_load_announces_nothing()
    {
        using var listenerNode = PostgresStore.Open(_database);
        using var writerNode = PostgresStore.Open(_database);
        await using var feed = listenerNode.ListChanges();
        await ((PostgresListChangeFeed)feed).Listening.WaitAsync(TimeSpan.FromSeconds(30));

        // Rolled back midway: its NOTIFY goes with it.
        Assert.ThrowsAny<Exception>(() => writerNode.Lists.SaveVersion("ofac-sdn", "h0", null,
            [Some.Person("FAILS, Midway", "3") with { Programs = new ThrowingList<string>() }], [], T1));
        writerNode.Lists.SaveVersion("un", "h1", null, [Some.Person("DOE, John", "1", source: "un")], [], T1);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        Assert.Equal("un", await feed.WaitAsync(timeout.Token));
    }

    [Fact]
    public async Task A_wait_with_no_announcement_ends_when_cancelled()
    {
        using var store = PostgresStore.Open(_database);
        await using var feed = store.ListChanges();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => feed.WaitAsync(cancel.Token));
    }

    [Theory]
    [InlineData("postgresql://vigil:p%40ss%3Aword@db.example.org:6543/screening?sslmode=require",
        "db.example.org", 6543, "vigil", "p@ss:word", "screening", SslMode.Require)]
    [InlineData("postgres://alice@10.0.0.5/vigil", "10.0.0.5", 5432, "alice", null, "vigil", SslMode.Prefer)]
    [InlineData("postgresql://bob:pw@[::1]:5433/db?sslmode=disable&application_name=node-a", "::1", 5433, "bob", "pw", "db", SslMode.Disable)]
    public void A_url_becomes_the_connection_string_it_names(
        string url, string host, int port, string user, string? password, string database, SslMode ssl)
    {
        var builder = PostgresUrl.Parse(url);

        Assert.Equal((host, port, user, password, database, ssl),
            (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database, builder.SslMode));
    }

    [Theory]
    [InlineData("postgresql://vigil:hunter2@db/x?sslmode=sometimes", "sslmode")]
    [InlineData("postgresql://vigil:hunter2@db/x?pool=9", "'pool'")]
    public void A_bad_url_is_refused_naming_the_parameter_but_never_the_password(string url, string named)
    {
        var refused = Assert.Throws<ArgumentException>(() => PostgresUrl.Parse(url));

        Assert.Contains(named, refused.Message, StringComparison.Ordinal);
        Assert.Contains("vigil:***@db", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", refused.Message, StringComparison.Ordinal);
    }

    private void Raw(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_database) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => server.DropDatabase(_database);
}
