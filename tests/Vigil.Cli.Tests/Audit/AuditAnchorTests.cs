using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigil.Cli.Tests.Customers;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Audit;

/// <summary>The head file outside the database: a log cut at its end fails verify naming the gap; a lagging head is accepted.</summary>
public sealed class AuditAnchorTests : IDisposable
{
    private readonly TempDirectory _home = new();

    private string HeadPath => Path.Combine(_home.Path, "audit.head");

    private void Import(string id)
    {
        File.WriteAllText(_home.File($"{id}.csv"), $"id,name,type\n{id},Corporación China de Importaciones y Exportaciones Electrónicas,organization\n");
        VigilCli.Ok(_home.Path, "customers", "import", _home.File($"{id}.csv"));
    }

    private void Populate()
    {
        Import("c1");
        VigilCli.Ok(_home.Path, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));
    }

    private long HeadLastId()
    {
        using var head = JsonDocument.Parse(File.ReadAllText(HeadPath));
        return head.RootElement.GetProperty("last_id").GetInt64();
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_home.Path, "vigil.db")};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void CutLast(int rows) =>
        Scalar($"DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id > (SELECT MAX(id) FROM audit_log) - {rows}; SELECT COUNT(*) FROM audit_log;");

    [Fact]
    public void Every_command_that_appends_moves_the_head_to_the_last_row()
    {
        Populate();
        Assert.Equal(Scalar("SELECT MAX(id) FROM audit_log"), HeadLastId());
    }

    [Fact]
    public void Deleting_the_last_rows_makes_verify_fail_naming_where_the_log_ends_and_where_the_head_is()
    {
        Populate();
        var last = Scalar("SELECT MAX(id) FROM audit_log");
        CutLast(2);

        var verify = VigilCli.Run(_home.Path, null, "audit", "verify");

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains($"audit log ends at row {last - 2} but the head says {last}", verify.Stderr);
        Assert.DoesNotContain("chain intact", verify.Stdout);
    }

    [Fact]
    public void A_cut_log_written_to_again_keeps_its_old_head_and_fails_verify()
    {
        Populate();
        var last = Scalar("SELECT MAX(id) FROM audit_log");
        CutLast(2);
        Import("c2");
        Import("c3"); // two appends: the new tail is past the old head
        Assert.True(Scalar("SELECT MAX(id) FROM audit_log") >= last);

        var verify = VigilCli.Run(_home.Path, null, "audit", "verify");

        Assert.Equal(1, verify.ExitCode);
        Assert.Equal(last, HeadLastId());
        Assert.Contains($"row {last} does not match the head", verify.Stderr + verify.Stdout);
    }

    [Fact]
    public void A_head_lagging_behind_the_database_by_one_transaction_is_accepted_and_advanced()
    {
        Import("c1");
        var before = File.ReadAllText(HeadPath);
        Import("c2");
        File.WriteAllText(HeadPath, before); // as a crash between the commit and the head write leaves it

        var verify = VigilCli.Ok(_home.Path, "audit", "verify");

        Assert.Contains("chain intact", verify.Stdout);
        Assert.Contains("head lagged", verify.Stderr);
        Assert.Equal(Scalar("SELECT MAX(id) FROM audit_log"), HeadLastId());
    }

    [Fact]
    public void A_missing_head_is_reported_and_written_but_not_called_tampering()
    {
        Populate();
        File.Delete(HeadPath);

        var verify = VigilCli.Ok(_home.Path, "audit", "verify");

        Assert.Contains("there was no head file", verify.Stderr);
        Assert.True(File.Exists(HeadPath));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _home.Dispose();
    }
}
