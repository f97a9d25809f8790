using Vigil.Cli.Tests.Customers;
using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Alerts;

/// <summary>Alerts and decisions through the real CLI: a false positive holds across list updates until the customer changes.</summary>
public sealed class DecisionTests : IDisposable
{
    private readonly TempDirectory _home = new();

    private void Customers(string birthDate, string type = "person") =>
        File.WriteAllText(_home.File("customers.csv"),
            "id,name,type,birth_date,country,id_number\n" +
            $"c1,Gilberto José Rodríguez Orejuela,{type},{birthDate},CO,\n" +
            "c2,Peter Lindqvist,person,1980-05-05,SE,\n");

    [Fact]
    public void A_false_positive_holds_across_a_list_update_and_reopens_when_the_birth_date_changes()
    {
        Customers("1939-01-31");
        VigilCli.Ok(_home.Path, "customers", "import", _home.File("customers.csv"));
        VigilCli.Ok(_home.Path, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2019-01"));
        var alert = Assert.Single(VigilCli.Alerts(_home.Path), a => a.CustomerId == "c1" && a.Entry == "ofac-sdn:4107");
        Assert.Equal("open", alert.State);
        Assert.DoesNotContain(VigilCli.Alerts(_home.Path), a => a.CustomerId == "c2");

        var decided = VigilCli.Ok(_home.Path, "alerts", "decide", alert.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--as", "false-positive", "--reason", "customer is the namesake born in Cali, verified passport");
        Assert.Contains("false_positive, decided by test-reviewer", decided.Stdout); // --as takes either spelling; output is snake_case

        // The next list version (entry 4107 unchanged in the fields that matter): no new alert, the decision holds.
        var update = VigilCli.Ok(_home.Path, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));
        Assert.Contains("0 re-opened", update.Stdout);
        var after = Assert.Single(VigilCli.Alerts(_home.Path), a => a.CustomerId == "c1" && a.Entry == "ofac-sdn:4107");
        Assert.Equal((alert.Id, "false_positive"), (after.Id, after.State));
        Assert.DoesNotContain(VigilCli.Alerts(_home.Path, "open"), a => a.Entry == "ofac-sdn:4107");

        // A change in a field that does not matter (the type column) keeps it decided.
        Customers("1939-01-31", type: "individual");
        VigilCli.Ok(_home.Path, "customers", "import", _home.File("customers.csv"));
        Assert.Equal("false_positive", Assert.Single(VigilCli.Alerts(_home.Path, "false_positive"), a => a.Id == alert.Id).State);

        // The birth date changes: the alert re-opens, with the engine's reason recorded.
        Customers("1939-02-28", type: "individual");
        var reimport = VigilCli.Ok(_home.Path, "customers", "import", _home.File("customers.csv"));
        Assert.Contains("1 updated", reimport.Stdout);
        Assert.Contains("1 re-opened", reimport.Stdout);
        Assert.Equal("open", Assert.Single(VigilCli.Alerts(_home.Path), a => a.Id == alert.Id).State);
        var shown = VigilCli.Ok(_home.Path, "alerts", "show", alert.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Stdout;
        Assert.Contains("\"reviewer\":\"test-reviewer\"", shown);
        using (var document = System.Text.Json.JsonDocument.Parse(shown))
        {
            // The stored explanation comes back in the contract's shape: the role in snake_case, as search writes it.
            var role = document.RootElement.GetProperty("explanation").GetProperty("name_role").GetString()!;
            Assert.Matches("^[a-z_]+$", role);
            Assert.Contains(document.RootElement.GetProperty("history").EnumerateArray(), d => d.GetProperty("state").GetString() == "false_positive");
        }
        Assert.Contains("re-opened: the customer changed in a field that matters", shown);

        var history = VigilCli.Ok(_home.Path, "customers", "show", "c1").Stdout;
        Assert.Contains("r3", history);
        Assert.Contains("1939-01-31", history);
        Assert.Contains("1939-02-28", history);
    }

    [Fact]
    public void Deciding_names_what_is_wrong()
    {
        Customers("1939-01-31");
        VigilCli.Ok(_home.Path, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2019-01"));
        VigilCli.Ok(_home.Path, "customers", "import", _home.File("customers.csv"));
        var alert = Assert.Single(VigilCli.Alerts(_home.Path, "open"));

        var missing = VigilCli.Run(_home.Path, null, "alerts", "decide", "999", "--as", "false-positive", "--reason", "x");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("there is no alert 999", missing.Stderr);

        var wrong = VigilCli.Run(_home.Path, null, "alerts", "decide", alert.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--as", "maybe", "--reason", "x");
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("'maybe' is not an alert state", wrong.Stderr);
        Assert.Equal("open", Assert.Single(VigilCli.Alerts(_home.Path)).State);
    }

    [Fact]
    public void A_bad_customer_row_fails_the_import_naming_line_and_field_and_imports_nothing()
    {
        File.WriteAllText(_home.File("bad.csv"), "id,name,type,birth_date\nc1,Anna Svensson,person,1970\nc2,Bo Berg,person,1970-13-01\n");
        var result = VigilCli.Run(_home.Path, null, "customers", "import", _home.File("bad.csv"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.csv: line 3: birth_date: '1970-13-01'", result.Stderr);
        Assert.Contains("0 customers", VigilCli.Ok(_home.Path, "customers").Stdout);
    }

    public void Dispose() => _home.Dispose();
}
