using System.CommandLine;
using Spectre.Console;
using Vigil.Cli.Io;
using Vigil.Cli.Rendering;
using Vigil.Contracts;
using Vigil.Core.Alerts;
using Vigil.Workflows;
using Vigil.Workflows.Alerts;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil alerts [--state S] [--customer C] [--json]</c>, <c>alerts show ID</c>, <c>alerts decide ID --as D --reason R</c>.</summary>
internal static class AlertsCommand
{
    public static Command Create()
    {
        var state = new Option<string?>("--state") { Description = "Only alerts in this state: open, true_match, false_positive, escalated, closed (false-positive is read as false_positive)." };
        var customer = new Option<string?>("--customer") { Description = "Only this customer's alerts." };
        var json = new Option<bool>("--json") { Description = "One JSON object per line instead of a table: the alerts of GET /api/v1/alerts." };
        var command = new Command("alerts",
            "List alerts: customer, listed entry, score, state, and the list version and engine version that raised them.")
            { state, customer, json };
        command.SetAction(parse => CommandGuard.Run("alerts", () =>
        {
            var alerts = new AlertService(VigilHome.FromEnvironment(), TimeProvider.System).List(parse.GetValue(state), parse.GetValue(customer));
            if (parse.GetValue(json))
            {
                // Each line is an item of GET /api/v1/alerts.
                JsonOutput.Lines(alerts.Select(Alert.From), c => c.Alert);
                return ExitCodes.Ok;
            }
            if (alerts.Count == 0)
            {
                Console.Error.WriteLine("No alerts.");
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("id", "state", "customer", "entries (one party)", "matched name", "score", "list version", "raised");
            foreach (var a in alerts)
                table.AddRow(Markup.Escape(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), Markup.Escape(Display(a.State)),
                    Markup.Escape($"{a.CustomerId} {a.CustomerName}"), Markup.Escape(a.Listings is { Count: > 1 } listings ? string.Join("\n", listings) : $"{a.Source}:{a.SourceId}"), Markup.Escape(a.MatchedName),
                    a.Score.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture),
                    a.ListVersionId.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(Format.Instant(a.RaisedAt)));
            Terminal.Out.Write(table);
            return ExitCodes.Ok;
        }));
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Decide());
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<long>("ID") { Description = "The alert id." };
        var command = new Command("show", "One alert as JSON, the document GET /api/v1/alerts/ID answers: {\"alert\", \"explanation\", \"history\": [decision, ...]}.") { id };
        command.SetAction(parse => CommandGuard.Run("alerts show", () =>
        {
            var detail = new AlertService(VigilHome.FromEnvironment(), TimeProvider.System).Get(parse.GetValue(id));
            // The document GET /api/v1/alerts/{id} answers.
            JsonOutput.Line(AlertResult.From(detail.Alert, detail.Decisions), c => c.AlertResult);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Decide()
    {
        var id = new Argument<long>("ID") { Description = "The alert id." };
        var decision = new Option<string>("--as") { Description = "true_match, false_positive or escalated (true-match and false-positive are accepted too).", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why: kept with the decision and in the audit log.", Required = true };
        var reviewer = new Option<string?>("--reviewer") { Description = "Who decides (default: $USER)." };
        var command = new Command("decide",
            "Decide an alert. A false positive is re-applied to later screenings of the same customer against the same entry " +
            "until either changes in a field that matters (names, dates, identifiers, country); then the alert re-opens.")
            { id, decision, reason, reviewer };
        command.SetAction(parse => CommandGuard.Run("alerts decide", () =>
        {
            var who = parse.GetValue(reviewer) ?? Environment.GetEnvironmentVariable("USER") ?? Environment.UserName;
            var detail = new AlertService(VigilHome.FromEnvironment(), TimeProvider.System)
                .Decide(parse.GetValue(id), parse.GetValue(decision)!, who, parse.GetValue(reason)!);
            Terminal.Out.WriteLine($"Alert {detail.Alert.Id} ({detail.Alert.CustomerId} / {detail.Alert.Source}:{detail.Alert.SourceId}) is now {Display(detail.Alert.State)}, decided by {who}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>A state as every output writes it: <c>false_positive</c>.</summary>
    private static string Display(string state) => Wire.Name(state);
}
