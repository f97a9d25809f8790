using System.CommandLine;
using Spectre.Console;
using Vigil.Cli.Io;
using Vigil.Cli.Rendering;
using Vigil.Contracts;
using Vigil.Core.Lists;
using Vigil.Sources;
using Vigil.Workflows;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil lists</c>: show the active list versions; <c>load</c>, <c>versions</c>, <c>diff</c>, <c>warnings</c>.</summary>
internal static class ListsCommand
{
    /// <summary>How many added/removed/changed entries <c>lists load</c> shows as examples.</summary>
    private const int LoadExamples = 5;
    /// <summary>How many parse warnings <c>lists load</c> copies to stderr; <c>lists warnings</c> shows them all.</summary>
    private const int LoadWarnings = 10;

    private static readonly string KnownSources = string.Join(", ", ListSources.Names);

    public static Command Create()
    {
        var command = new Command("lists", "Show the active version of each loaded list: version, dates and entries per kind.");
        command.SetAction(_ => CommandGuard.Run("lists", ShowActive));
        command.Subcommands.Add(Load());
        command.Subcommands.Add(Versions());
        command.Subcommands.Add(Diff());
        command.Subcommands.Add(Warnings());
        command.Subcommands.Add(SyncCommand.Create());
        return command;
    }

    private static Argument<string> SourceArgument() => new("SOURCE") { Description = $"The list: {KnownSources}, or custom:NAME for a list of your own (docs/lists.md)." };

    private static Command Load()
    {
        var source = SourceArgument();
        var path = new Argument<string>("PATH")
        {
            Description = "A directory holding the list's files by their published names (sdn.csv, add.csv, alt.csv, sdn_comments.csv), " +
                          "or the XML file of a one-file list (un).",
        };
        var command = new Command("load",
            "Load a published list version and make it the active one. Prints entries per kind, parse warnings and what changed " +
            "against the previously active version. Content identical to the active version is not loaded again.");
        command.Arguments.Add(source);
        command.Arguments.Add(path);
        command.SetAction(parse => CommandGuard.Run("lists load", () => RunLoad(parse.GetValue(source)!, parse.GetValue(path)!)));
        return command;
    }

    private static int RunLoad(string source, string path)
    {
        // The load, then what follows every list change: the index snapshot, the register screened against what this
        // version added or changed, the webhook events of the alerts it raised.
        PipelineOutput.For(VigilHome.FromEnvironment(), result => WriteLoad(source, path, result.Load!)).Load(source, path);
        return ExitCodes.Ok;
    }

    private static void WriteLoad(string source, string path, LoadReport report)
    {
        var version = report.Version;
        var output = Terminal.Out;
        if (report.Unchanged)
        {
            output.WriteLine($"{source} unchanged: {path} has the same content as active version {version.Id} " +
                             $"(loaded {Format.Instant(version.LoadedAt)}); nothing was loaded.");
            output.WriteLine(Format.Counts(version.Counts));
            return;
        }

        var published = version.PublishedOn is { } p ? $", published {Format.Date(p)}" : "";
        output.WriteLine($"Loaded {source} version {version.Id} from {path}{published} (sha256 {Format.ShortHash(version.ContentHash)})");
        output.WriteLine(Format.Counts(version.Counts));
        if (report.Warnings.Count > 0)
        {
            var shown = Math.Min(LoadWarnings, report.Warnings.Count);
            output.WriteLine($"{Format.Number(report.Warnings.Count)} parse warnings (first {shown} on stderr; all: vigil lists warnings {source})");
            foreach (var warning in report.Warnings.Take(shown)) Console.Error.WriteLine($"warning: {warning}");
        }
        else
        {
            output.WriteLine("0 parse warnings");
        }

        if (report.Previous is { } previous)
        {
            output.WriteLine($"Changes since version {previous.Id} (loaded {Format.Instant(previous.LoadedAt)}): {ListChangeText.Summary(report.Change)}");
            ListChangeText.Write(output, report.Change, LoadExamples, indent: "  ");
            if (!report.Change.IsEmpty) output.WriteLine($"All changes: vigil lists diff {source}");
        }
        else
        {
            output.WriteLine($"First version of {source}: nothing to compare with.");
        }
    }

    private static int ShowActive()
    {
        var active = new ListCatalog(VigilHome.FromEnvironment()).Active();
        if (active.Count == 0)
        {
            Console.Error.WriteLine($"No list loaded yet. Load one with: vigil lists load SOURCE PATH (sources: {KnownSources})");
            return ExitCodes.Ok;
        }
        Terminal.Out.Write(ListVersionsTable.Render(active, showActiveColumn: false));
        return ExitCodes.Ok;
    }

    private static Command Versions()
    {
        var source = SourceArgument();
        var command = new Command("versions", "List every loaded version of a list, newest first, marking the active one.");
        command.Arguments.Add(source);
        command.SetAction(parse => CommandGuard.Run("lists versions", () =>
        {
            var name = parse.GetValue(source)!;
            var versions = new ListCatalog(VigilHome.FromEnvironment()).Versions(name);
            if (versions.Count == 0)
            {
                Console.Error.WriteLine($"{name} has not been loaded; run: vigil lists load {name} PATH");
                return ExitCodes.Ok;
            }
            Terminal.Out.Write(ListVersionsTable.Render(versions, showActiveColumn: true));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Diff()
    {
        var source = SourceArgument();
        var from = new Option<long?>("--from") { Description = "The older version id (default: the version --to replaced).", HelpName = "V" };
        var to = new Option<long?>("--to") { Description = "The newer version id (default: the active version).", HelpName = "V" };
        var json = new Option<bool>("--json")
        {
            Description = """
                Write the change as one JSON document (the one GET /api/v1/lists/SOURCE/diff answers):
                {"source": "ofac-sdn", "from": VERSION, "to": VERSION,
                 "summary": {"added": 1858, "removed": 261, "changed": 842},
                 "added":   [{"source_id": "30502", "kind": "organization", "name": "CEIEC"}, ...],
                 "removed": [{"source_id", "kind", "name"}, ...],
                 "changed": [{"source_id", "kind", "name", "previous_name", "fields": ["name", "aliases"]}, ...]}
                VERSION: {"id", "source", "content_hash" (SHA-256 hex), "published_on" (YYYY-MM-DD or null),
                 "loaded_at" (ISO 8601), "active", "counts": {"total", "person", "organization", "vessel",
                 "aircraft", "unknown"}, "warnings", "previous_version_id"}
                kind: person | organization | vessel | aircraft | unknown. Arrays are ordered by source_id.
                """,
        };
        var command = new Command("diff",
            "Show what changed in a list between two versions, entry by entry: added, removed, and changed with the names of " +
            "the changed fields (kind, name, aliases, programs, identifiers, addresses, birth_dates, places_of_birth, " +
            "nationalities, citizenships, gender, titles, listed_on, remarks, links, vessel, aircraft, other_info).");
        command.Arguments.Add(source);
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(json);
        command.SetAction(parse => CommandGuard.Run("lists diff", () =>
        {
            var report = new ListCatalog(VigilHome.FromEnvironment()).Diff(parse.GetValue(source)!, parse.GetValue(from), parse.GetValue(to));
            if (parse.GetValue(json))
            {
                JsonOutput.Document(ListDiffResult.Of(report.From, report.To, report.Change), c => c.ListDiffResult);
                return ExitCodes.Ok;
            }
            var output = Terminal.Out;
            output.WriteLine($"{report.To.Source}: version {report.From.Id} (loaded {Format.Instant(report.From.LoadedAt)}) -> " +
                             $"version {report.To.Id} (loaded {Format.Instant(report.To.LoadedAt)}): {ListChangeText.Summary(report.Change)}");
            ListChangeText.Write(output, report.Change, limit: null);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Warnings()
    {
        var source = SourceArgument();
        var version = new Option<long?>("--version") { Description = "The version id (default: the active version).", HelpName = "V" };
        var command = new Command("warnings", "Show the parse warnings of a loaded list version, one per line as FILE:LINE [FIELD]: MESSAGE.");
        command.Arguments.Add(source);
        command.Options.Add(version);
        command.SetAction(parse => CommandGuard.Run("lists warnings", () =>
        {
            var name = parse.GetValue(source)!;
            var catalog = new ListCatalog(VigilHome.FromEnvironment());
            var versions = catalog.Versions(name);
            var chosen = parse.GetValue(version) is { } id
                ? versions.FirstOrDefault(v => v.Id == id) ?? throw new VigilException($"{name} has no version {id}")
                : versions.FirstOrDefault(v => v.IsActive) ?? throw new VigilException($"{name} has not been loaded; run: vigil lists load {name} PATH");
            foreach (var warning in catalog.Warnings(chosen.Id)) Console.Out.WriteLine(warning.ToString());
            return ExitCodes.Ok;
        }));
        return command;
    }
}
