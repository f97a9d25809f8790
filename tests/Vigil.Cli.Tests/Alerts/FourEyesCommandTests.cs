using Vigil.Cli.Tests.Customers;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Alerts;

/// <summary>Four-eyes review through the real CLI: <c>alerts decide</c> proposes, <c>alerts pending</c> lists,
/// <c>alerts approve|reject</c> by another reviewer decides; the proposer is refused.</summary>
public sealed class FourEyesCommandTests : IDisposable
{
    private readonly TempDirectory _home = new();

    public void Dispose() => _home.Dispose();

    private static Dictionary<string, string> As(string user) => new() { ["USER"] = user };

    [Fact]
    public void A_proposed_false_positive_waits_the_proposer_cannot_approve_and_another_reviewer_approves_it()
    {
        File.WriteAllText(_home.File("vigil.json"), """{ "alerts": { "four_eyes": true } }""");
        File.WriteAllText(_home.File("customers.csv"), "id,name,type,birth_date,country,id_number\nc1,Gilberto José Rodríguez Orejuela,person,1939-01-31,CO,\n");
        VigilCli.Ok(_home.Path, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2019-01"));
        VigilCli.Ok(_home.Path, "customers", "import", _home.File("customers.csv"));
        var alert = Assert.Single(VigilCli.Alerts(_home.Path, "open"), a => a.Entry == "ofac-sdn:4107");
        var id = alert.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var proposed = VigilCli.Run(_home.Path, As("alice"), "alerts", "decide", id, "--as", "false-positive", "--reason", "namesake, passport checked");
        Assert.Equal(0, proposed.ExitCode);
        Assert.Contains("false_positive proposed by alice", proposed.Stdout);
        Assert.Equal("open", Assert.Single(VigilCli.Alerts(_home.Path), a => a.Id == alert.Id).State);
        var pending = VigilCli.Ok(_home.Path, "alerts", "pending", "--json").Stdout;
        Assert.Contains($"\"alert_id\":{id}", pending);
        Assert.Contains("\"proposer\":\"alice\"", pending);

        var self = VigilCli.Run(_home.Path, As("alice"), "alerts", "approve", id, "--reason", "agreed");
        Assert.Equal(1, self.ExitCode);
        Assert.Contains("'alice' proposed this decision and cannot approve it", self.Stderr);

        var approved = VigilCli.Run(_home.Path, As("bob"), "alerts", "approve", id, "--reason", "checked the passport copy");
        Assert.Equal(0, approved.ExitCode);
        Assert.Contains("approved by bob", approved.Stdout);
        Assert.Equal("false_positive", Assert.Single(VigilCli.Alerts(_home.Path), a => a.Id == alert.Id).State);
        Assert.Empty(VigilCli.Ok(_home.Path, "alerts", "pending", "--json").Stdout.Trim());
        var audit = VigilCli.Ok(_home.Path, "audit", "export").Stdout;
        Assert.Contains("\"action\":\"alert.propose\"", audit);
        Assert.Contains("\"action\":\"alert.approve\"", audit);
        Assert.Equal(0, VigilCli.Run(_home.Path, null, "audit", "verify").ExitCode);
    }
}
