using System.CommandLine;
using Spectre.Console;
using Vigil.Cli.Io;
using Vigil.Cli.Rendering;
using Vigil.Contracts;
using Vigil.Core.Alerts;
using Vigil.Workflows;
using Vigil.Workflows.Alerts;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil alerts [--state S] [--customer C] [--json]</c>, <c>alerts show ID</c>, <c>alerts decide ID --as D --reason R</c>,
/// and for four-eyes review <c>alerts pending</c>, <c>alerts approve ID --reason R</c>, <c>alerts reject ID --reason R</c>.</summary>
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
        command.Subcommands.Add(Pending());
        command.Subcommands.Add(Review(approve: true));
        command.Subcommands.Add(Review(approve: false));
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
            "until either changes in a field that matters (names, dates, identifiers, country); then the alert re-opens. " +
            "With four-eyes review (alerts.four_eyes in vigil.json) true_match and false_positive are proposed: another reviewer approves or rejects them.")
            { id, decision, reason, reviewer };
        command.SetAction(parse => CommandGuard.Run("alerts decide", () =>
        {
            var who = parse.GetValue(reviewer) ?? VigilHome.OperatingSystemUser();
            var detail = new AlertService(VigilHome.FromEnvironment(), TimeProvider.System)
                .Decide(parse.GetValue(id), parse.GetValue(decision)!, who, parse.GetValue(reason)!);
            if (detail.Pending is { } proposal)
            {
                Terminal.Out.WriteLine($"Alert {detail.Alert.Id} ({detail.Alert.CustomerId} / {detail.Alert.Source}:{detail.Alert.SourceId}): {Display(proposal.Decision)} " +
                                       $"proposed by {who}; it stays {Display(detail.Alert.State)} until another reviewer runs: vigil alerts approve {detail.Alert.Id} --reason TEXT");
                return ExitCodes.Ok;
            }
            Terminal.Out.WriteLine($"Alert {detail.Alert.Id} ({detail.Alert.CustomerId} / {detail.Alert.Source}:{detail.Alert.SourceId}) is now {Display(detail.Alert.State)}, decided by {who}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Pending()
    {
        var json = new Option<bool>("--json") { Description = "One JSON object per line: the items of GET /api/v1/approvals." };
        var command = new Command("pending", "Closing decisions proposed under four-eyes review and waiting for a second reviewer.") { json };
        command.SetAction(parse => CommandGuard.Run("alerts pending", () =>
        {
            var pending = new AlertService(VigilHome.FromEnvironment(), TimeProvider.System).Pending();
            if (parse.GetValue(json))
            {
                JsonOutput.Lines(pending, c => c.Approval);
                return ExitCodes.Ok;
            }
            if (pending.Count == 0)
            {
                Console.Error.WriteLine("No decision waits for approval.");
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("alert", "customer", "entry", "proposed", "by", "reason", "at");
            foreach (var p in pending)
                table.AddRow(Markup.Escape(p.AlertId.ToString(System.Globalization.CultureInfo.InvariantCulture)), Markup.Escape($"{p.Alert!.CustomerId} {p.Alert.CustomerName}"),
                    Markup.Escape($"{p.Alert.Source}:{p.Alert.SourceId}"), Markup.Escape(Display(p.Decision)), Markup.Escape(p.Proposer), Markup.Escape(p.Reason),
                    Markup.Escape(Format.Instant(p.ProposedAt)));
            Terminal.Out.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Review(bool approve)
    {
        var id = new Argument<long>("ID") { Description = "The alert id (vigil alerts pending)." };
        var reason = new Option<string>("--reason") { Description = "Why: kept with the review and in the audit log.", Required = true };
        var reviewer = new Option<string?>("--reviewer") { Description = "Who reviews (default: $USER); never the proposer." };
        var verb = approve ? "approve" : "reject";
        var command = new Command(verb, approve
            ? "Approve the decision proposed on an alert: it is applied, naming the proposer and you. The proposer cannot approve it."
            : "Reject the decision proposed on an alert: the alert stays as it was. The proposer cannot reject it.")
            { id, reason, reviewer };
        command.SetAction(parse => CommandGuard.Run("alerts " + verb, () =>
        {
            var who = parse.GetValue(reviewer) ?? VigilHome.OperatingSystemUser();
            var detail = new AlertService(VigilHome.FromEnvironment(), TimeProvider.System).Review(parse.GetValue(id), approve, who, parse.GetValue(reason)!);
            Terminal.Out.WriteLine($"Alert {detail.Alert.Id}: proposal {(approve ? "approved" : "rejected")} by {who}; the alert is {Display(detail.Alert.State)}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>A state as every output writes it: <c>false_positive</c>.</summary>
    private static string Display(string state) => Wire.Name(state);
}
