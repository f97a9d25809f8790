using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigil.Cli.Tests.Customers;
using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Audit;

/// <summary><c>vigil audit verify</c> and <c>export</c> on a real store; tampering by hand is found and the row named.</summary>
public sealed class AuditTests : IDisposable
{
    private readonly TempDirectory _home = new();

    private void Populate()
    {
        File.WriteAllText(_home.File("c.csv"), "id,name,type\nc1,Corporación China de Importaciones y Exportaciones Electrónicas,organization\n");
        VigilCli.Ok(_home.Path, "customers", "import", _home.File("c.csv"));
        VigilCli.Ok(_home.Path, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));
    }

    private void Tamper(string sql)
    {
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(_home.Path, "vigil.db")};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // What someone editing the file by hand would do: the append-only triggers stand in the way, so drop them.
            command.CommandText = "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; " + sql;
            command.ExecuteNonQuery();
        }
    }

    [Fact]
    public void Verify_passes_on_an_untouched_log_and_export_writes_the_chain_as_json_lines()
    {
        Populate();
        var verify = VigilCli.Ok(_home.Path, "audit", "verify");
        Assert.Contains("chain intact", verify.Stdout);

        var export = VigilCli.Ok(_home.Path, "audit", "export", "--from", DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"), "--to", DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd"));
        var all = export.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("{\"checkpoint\":", all[^1], StringComparison.Ordinal);
        var lines = all[..^1];
        Assert.True(lines.Length >= 4, export.Stdout);
        var previous = "";
        var actions = new List<string>();
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var row = doc.RootElement;
            Assert.Equal(previous, row.GetProperty("prev_hash").GetString());
            previous = row.GetProperty("hash").GetString()!;
            actions.Add(row.GetProperty("action").GetString()!);
            Assert.Equal(JsonValueKind.Object, row.GetProperty("detail").ValueKind);
        }
        Assert.Contains("customers.import", actions);
        Assert.Contains("list.load", actions);
        Assert.Contains("alert.raise", actions);
        Assert.Contains("screening.finish", actions);

        var none = VigilCli.Ok(_home.Path, "audit", "export", "--from", "2001-01-01", "--to", "2001-01-02");
        var only = Assert.Single(none.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("{\"checkpoint\":{\"count\":0,", only, StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_one_row_by_hand_makes_verify_fail_naming_that_row()
    {
        Populate();
        Tamper("UPDATE audit_log SET detail = replace(detail, 'ofac-sdn', 'ofac-sdX') WHERE id = 3;");
        var verify = VigilCli.Run(_home.Path, null, "audit", "verify");
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("row 3 ", verify.Stderr);
        Assert.Contains("was changed after it was written", verify.Stderr);
        Assert.Contains("2 rows before it are intact", verify.Stderr);
    }

    [Fact]
    public void Deleting_a_row_by_hand_makes_verify_fail_at_the_row_after_it()
    {
        Populate();
        Tamper("DELETE FROM audit_log WHERE id = 2;");
        var verify = VigilCli.Run(_home.Path, null, "audit", "verify");
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("row 3 does not follow the row before it", verify.Stderr);
    }

    private long FirstAlertId()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_home.Path, "vigil.db")};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT MIN(id) FROM alerts";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public void A_decision_made_through_vigil_keeps_the_alerts_and_the_chain_in_agreement()
    {
        Populate();
        VigilCli.Ok(_home.Path, "alerts", "decide", FirstAlertId().ToString(System.Globalization.CultureInfo.InvariantCulture), "--as", "false_positive", "--reason", "different company");

        Assert.Contains("chain intact", VigilCli.Ok(_home.Path, "audit", "verify").Stdout);
    }

    [Fact]
    public void An_alert_state_edited_in_the_table_makes_verify_fail_naming_the_alert()
    {
        Populate();
        var alert = FirstAlertId();
        Tamper($"UPDATE alerts SET state = 'false_positive' WHERE id = {alert};");

        var verify = VigilCli.Run(_home.Path, null, "audit", "verify");

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains($"alert {alert} is 'false_positive' in the alerts table but the chain's last entry for it", verify.Stderr);
        Assert.Contains("says 'open'", verify.Stderr);
    }

    [Fact]
    public void An_alert_deleted_from_the_table_makes_verify_fail_naming_the_alert()
    {
        Populate();
        var alert = FirstAlertId();
        Tamper($"DELETE FROM alert_decisions WHERE alert_id = {alert}; DELETE FROM alerts WHERE id = {alert};");

        var verify = VigilCli.Run(_home.Path, null, "audit", "verify");

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains($"alert {alert} is not in the alerts table", verify.Stderr);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _home.Dispose();
    }
}
