using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Vigil.Cli.Io;
using Vigil.Cli.Rendering;
using Vigil.Core.Alerts;
using Vigil.Workflows;
using Vigil.Workflows.Alerts;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil alerts [--state S] [--customer C] [--json]</c>, <c>alerts show ID</c>, <c>alerts decide ID --as D --reason R</c>.</summary>
internal static class AlertsCommand
{
    public static Command Create()
    {
        var state = new Option<string?>("--state") { Description = "Only alerts in this state: open, true-match, false-positive, escalated, closed." };
        var customer = new Option<string?>("--customer") { Description = "Only this customer's alerts." };
        var json = new Option<bool>("--json") { Description = "One JSON object per line instead of a table." };
        var command = new Command("alerts",
            "List alerts: customer, listed entry, score, state, and the list version and engine version that raised them.")
            { state, customer, json };
        command.SetAction(parse => CommandGuard.Run("alerts", () =>
        {
            var alerts = new AlertService(VigilHome.FromEnvironment(), TimeProvider.System).List(parse.GetValue(state), parse.GetValue(customer));
            if (parse.GetValue(json))
            {
                using var stdout = Console.OpenStandardOutput();
                foreach (var a in alerts) WriteJson(stdout, a, null);
                return ExitCodes.Ok;
            }
            if (alerts.Count == 0)
            {
                Console.Error.WriteLine("No alerts.");
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("id", "state", "customer", "entry", "matched name", "score", "list version", "raised");
            foreach (var a in alerts)
                table.AddRow(Markup.Escape(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), Markup.Escape(Display(a.State)),
                    Markup.Escape($"{a.CustomerId} {a.CustomerName}"), Markup.Escape($"{a.Source}:{a.SourceId}"), Markup.Escape(a.MatchedName),
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
        var command = new Command("show", "One alert as JSON: the alert, its explanation and every decision.") { id };
        command.SetAction(parse => CommandGuard.Run("alerts show", () =>
        {
            var detail = new AlertService(VigilHome.FromEnvironment(), TimeProvider.System).Get(parse.GetValue(id));
            using var stdout = Console.OpenStandardOutput();
            WriteJson(stdout, detail.Alert, detail.Decisions);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Decide()
    {
        var id = new Argument<long>("ID") { Description = "The alert id." };
        var decision = new Option<string>("--as") { Description = "true-match, false-positive or escalated.", Required = true };
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

    private static string Display(string state) => state.Replace('_', '-');

    private static void WriteJson(Stream stream, AlertRecord a, IReadOnlyList<AlertDecision>? decisions)
    {
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("id", a.Id);
            json.WriteString("state", Display(a.State));
            json.WriteString("customer_id", a.CustomerId);
            json.WriteString("customer_name", a.CustomerName);
            json.WriteString("source", a.Source);
            json.WriteString("source_id", a.SourceId);
            json.WriteString("matched_name", a.MatchedName);
            json.WriteNumber("score", Math.Round(a.Score, 4));
            json.WriteNumber("list_version_id", a.ListVersionId);
            json.WriteString("engine_version", a.EngineVersion);
            json.WriteNumber("job_id", a.JobId);
            json.WriteString("raised_at", a.RaisedAt.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("updated_at", a.UpdatedAt.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            if (a.ClosedReason is not null) json.WriteString("closed_reason", a.ClosedReason);
            json.WritePropertyName("explanation");
            json.WriteRawValue(a.ExplanationJson);
            if (decisions is not null)
            {
                json.WriteStartArray("decisions");
                foreach (var d in decisions)
                {
                    json.WriteStartObject();
                    json.WriteString("state", Display(d.State));
                    json.WriteString("reviewer", d.Reviewer);
                    json.WriteString("at", d.At.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                    json.WriteString("reason", d.Reason);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }
}
