using Vigil.Store.Sql;
using Vigil.Store.Sqlite;
using Vigil.Store.Tests.Support;

namespace Vigil.Store.Tests;

/// <summary>SQLite only: the file, its migrations and its journal mode.</summary>
public sealed class VigilDatabaseTests
{
    [Fact]
    public void Given_a_new_file_When_opened_Then_every_embedded_migration_is_applied_and_recorded_once()
    {
        using var home = new TempHome();

        Assert.Equal(Migrations.Embedded.Select(m => m.Version), home.Database.AppliedMigrations());
        Assert.Equal(1, home.Count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'list_versions'"));
    }

    [Fact]
    public void Given_a_migrated_file_When_opened_again_Then_nothing_is_reapplied_and_the_data_stays()
    {
        using var home = new TempHome();
        home.Store.Lists.SaveVersion("ofac-sdn", "h1", null, [Some.Person("DOE, John")], [], DateTimeOffset.UnixEpoch);

        // 0001 uses plain CREATE TABLE, so applying it a second time would throw.
        using var again = VigilDatabase.Open(home.DatabasePath);

        Assert.Equal(Migrations.Embedded.Count, home.Count("SELECT COUNT(*) FROM schema_migrations"));
        Assert.Single(new ListVersionStore(again).ActiveVersions());
    }

    [Fact]
    public void Given_a_new_migration_When_an_old_file_is_opened_Then_only_the_new_one_runs_in_order()
    {
        using var temp = new TempHome();
        var path = Path.Combine(temp.Directory, "other.db");
        Migration create = new(1, "create", "CREATE TABLE t (x INTEGER);");
        Migration insert = new(2, "insert", "INSERT INTO t VALUES (42);");

        using (VigilDatabase.Open(path, [create])) { }
        using (VigilDatabase.Open(path, [create, insert])) { }
        using var db = VigilDatabase.Open(path, [create, insert]);

        Assert.Equal([1, 2], db.AppliedMigrations());
        using var connection = db.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM t";
        Assert.Equal(1L, (long)command.ExecuteScalar()!);
    }

    [Fact]
    public void Given_a_migration_that_fails_When_opening_Then_none_of_that_batch_is_recorded()
    {
        using var temp = new TempHome();
        var path = Path.Combine(temp.Directory, "broken.db");
        Migration good = new(1, "good", "CREATE TABLE t (x INTEGER);");
        Migration bad = new(2, "bad", "CREATE TABLE oops (;");

        Assert.ThrowsAny<Microsoft.Data.Sqlite.SqliteException>(() => VigilDatabase.Open(path, [good, bad]));
        using var db = VigilDatabase.Open(path, []);

        Assert.Empty(db.AppliedMigrations());
    }

    [Fact]
    public void Given_a_file_from_a_newer_vigil_When_opened_Then_it_is_refused_with_the_versions_named()
    {
        using var temp = new TempHome();
        var path = Path.Combine(temp.Directory, "newer.db");
        using (VigilDatabase.Open(path, [new(1, "a", "SELECT 1;"), new(2, "b", "SELECT 1;")])) { }

        var error = Assert.Throws<InvalidOperationException>(() => VigilDatabase.Open(path, [new(1, "a", "SELECT 1;")]));

        Assert.Contains("schema version 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_file_from_before_0006_When_opened_Then_its_versions_are_numbered_per_source_in_load_order_and_stay_loaded()
    {
        using var temp = new TempHome();
        var path = Path.Combine(temp.Directory, "old.db");
        var upTo5 = Migrations.Embedded.Where(m => m.Version <= 5).ToList();
        using (var old = VigilDatabase.Open(path, upTo5))
        using (var connection = old.OpenConnection())
        {
            // Ids shared across sources, as every vigil before 0006 gave them: sdn 1, un 2, sdn 3.
            foreach (var (id, source) in new[] { (1, "ofac-sdn"), (2, "un"), (3, "ofac-sdn") })
                VigilDatabase.Execute(connection, $"""
                    INSERT INTO list_versions (id, source, content_hash, loaded_at, entity_count, person_count, organization_count,
                        vessel_count, aircraft_count, unknown_count, warning_count, warnings)
                    VALUES ({id}, '{source}', 'h{id}', '2026-01-0{id}T00:00:00.000Z', 0, 0, 0, 0, 0, 0, 0, '[]')
                    """);
        }

        using var db = VigilDatabase.Open(path);
        var store = new ListVersionStore(db);

        Assert.Equal(Migrations.Embedded.Select(m => m.Version), db.AppliedMigrations());
        Assert.Equal([(3L, 2), (1L, 1)], store.Versions("ofac-sdn").Select(v => (v.Id, v.Number)));
        Assert.Equal((2L, 1), store.Versions("un").Select(v => (v.Id, v.Number)).Single());
        Assert.All(store.Versions("ofac-sdn"), v => Assert.Equal(Vigil.Core.Lists.VersionStatus.Loaded, v.Status));
        Assert.Equal(3, store.SaveVersion("ofac-sdn", "h4", null, [Some.Person("DOE, John")], [], DateTimeOffset.UnixEpoch).Version.Number);
    }

    [Fact]
    public void Given_an_opened_database_When_inspected_Then_it_is_in_WAL_mode_with_foreign_keys_on()
    {
        using var home = new TempHome();
        using var connection = home.Database.OpenConnection();
        using var command = connection.CreateCommand();

        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string)command.ExecuteScalar()!);
        command.CommandText = "PRAGMA foreign_keys";
        Assert.Equal(1L, (long)command.ExecuteScalar()!);
    }

    [Fact]
    public void Given_a_job_and_an_alert_from_before_0005_When_migrated_Then_both_carry_the_shipped_profile()
    {
        using var temp = new TempHome();
        var path = Path.Combine(temp.Directory, "old.db");
        using (VigilDatabase.Open(path, [.. Migrations.Embedded.Where(m => m.Version <= 4)])) { }
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False;Foreign Keys=False"))
        {
            // Foreign keys off: the rows need no customer or list version behind them.
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO screening_jobs (id, kind, list_key, removed, from_versions, engine_version, started_at)
                VALUES (1, 'full', 'ofac-sdn:1', '[]', '{}', 'vigil-core 0.9', '2026-01-01T00:00:00.000Z');
                INSERT INTO alerts (customer_id, source, source_id, score, matched_name, explanation, list_version_id, engine_version,
                    job_id, state, customer_fp, entity_fp, raised_at, updated_at)
                VALUES ('C1', 'ofac-sdn', '1', 0.9, 'DOE, John', '{}', 1, 'vigil-core 0.9', 1, 'open', 'c', 'e',
                    '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
                """;
            command.ExecuteNonQuery();
        }

        using var store = SqliteStore.Open(path);

        Assert.Equal("default@1", store.Screening.UnfinishedJob()!.Profile);
        Assert.Equal("default@1", Assert.Single(store.Screening.Alerts()).Profile);
    }
}
