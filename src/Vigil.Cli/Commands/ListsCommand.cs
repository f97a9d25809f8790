using System.CommandLine;
using Spectre.Console;
using Vigil.Cli.Io;
using Vigil.Cli.Rendering;
using Vigil.Contracts;
using Vigil.Core.Lists;
using Vigil.Sources;
using Vigil.Workflows;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil lists</c>: show the active list versions and the held ones; <c>load</c>, <c>accept</c>, <c>drop</c>,
/// <c>versions</c>, <c>diff</c>, <c>warnings</c>, <c>sync</c>. Version numbers count per source (<c>un</c> 1, 2, ...).</summary>
internal static class ListsCommand
{
    /// <summary>How many added/removed/changed entries <c>lists load</c> shows as examples.</summary>
    private const int LoadExamples = 5;
    /// <summary>How many parse warnings <c>lists load</c> copies to stderr; <c>lists warnings</c> shows them all.</summary>
    private const int LoadWarnings = 10;

    private static readonly string KnownSources = string.Join(", ", ListSources.Names);

    public static Command Create()
    {
        var command = new Command("lists",
            "Show the active version of each loaded list: version, dates and entries per kind; then the versions held for a decision, with the reason.");
        command.SetAction(_ => CommandGuard.Run("lists", ShowActive));
        command.Subcommands.Add(Load());
        command.Subcommands.Add(Decide(accept: true));
        command.Subcommands.Add(Decide(accept: false));
        command.Subcommands.Add(Versions());
        command.Subcommands.Add(Diff());
        command.Subcommands.Add(Warnings());
        command.Subcommands.Add(SyncCommand.Create());
        return command;
    }

    private static Argument<string> SourceArgument() => new("SOURCE") { Description = $"The list: {KnownSources}, or custom:NAME for a list of your own (docs/lists.md)." };

    /// <summary><c>--max-removed PCT</c>, shared with <c>lists sync</c>.</summary>
    internal static Option<double?> MaxRemovedOption() => new("--max-removed")
    {
        Description = "Hold (do not activate) a version that removes more than PCT percent of the active version's entries " +
                      "(default: lists.max_removed_percent in $VIGIL_HOME/vigil.json, else 5). A version older than the active one is always held.",
        HelpName = "PCT",
    };

    private static Command Load()
    {
        var source = SourceArgument();
        var path = new Argument<string>("PATH")
        {
            Description = "A directory holding the list's files by their published names (sdn.csv, add.csv, alt.csv, sdn_comments.csv), " +
                          "or the XML file of a one-file list (un).",
        };
        var maxRemoved = MaxRemovedOption();
        var command = new Command("load",
            "Load a published list version and make it the active one. Prints entries per kind, parse warnings and what changed " +
            "against the previously active version. Content identical to the active version is not loaded again. A version that " +
            "removes more than the allowed share of entries, or is older than the active one, is stored but held (exit code 1): " +
            "nothing is rescreened until 'vigil lists accept SOURCE VERSION'.");
        command.Arguments.Add(source);
        command.Arguments.Add(path);
        command.Options.Add(maxRemoved);
        command.SetAction(parse => CommandGuard.Run("lists load", () => RunLoad(parse.GetValue(source)!, parse.GetValue(path)!, parse.GetValue(maxRemoved))));
        return command;
    }

    private static int RunLoad(string source, string path, double? maxRemoved)
    {
        // The load, then what follows every list change: the index snapshot, the register screened against what this
        // version added or changed, the webhook events of the alerts it raised. A held version runs none of that.
        var result = PipelineOutput.For(VigilHome.FromEnvironment(), result => WriteLoad(source, path, result.Load!), maxRemoved).Load(source, path);
        return result.AnyHeld ? ExitCodes.Error : ExitCodes.Ok;
    }

    private static Command Decide(bool accept)
    {
        var source = SourceArgument();
        var number = new Argument<int>("VERSION") { Description = "The held version's number, as 'vigil lists' shows it." };
        var by = new Option<string?>("--by") { Description = "Who decides, recorded in the audit log (default: $USER).", HelpName = "NAME" };
        var name = accept ? "accept" : "drop";
        var command = new Command(name, accept
            ? "Activate a held (pending) list version: it becomes the active one, the change is printed, and the customer register " +
              "is screened against it, as after any load. Recorded in the audit log with who and when."
            : "Discard a held (pending) list version: its entries are deleted, it stays listed as dropped, the active version stays. " +
              "Recorded in the audit log with who and when.");
        command.Arguments.Add(source);
        command.Arguments.Add(number);
        command.Options.Add(by);
        command.SetAction(parse => CommandGuard.Run("lists " + name, () =>
        {
            var (s, n) = (parse.GetValue(source)!, parse.GetValue(number));
            var who = parse.GetValue(by) ?? Environment.GetEnvironmentVariable("USER") ?? Environment.UserName;
            if (accept)
            {
                PipelineOutput.For(VigilHome.FromEnvironment(), result =>
                {
                    Terminal.Out.WriteLine($"Accepted {s} version {n} (held: {result.Decision!.Version.HeldReason}), decided by {result.Decision.By}");
                    WriteLoad(s, "the held copy", result.Load!);
                }).Accept(s, n, who);
            }
            else
            {
                var dropped = PipelineOutput.For(VigilHome.FromEnvironment()).Drop(s, n, who).Decision!;
                Terminal.Out.WriteLine($"Dropped {s} version {n} (held: {dropped.Version.HeldReason}), decided by {dropped.By}; " +
                                       "its entries are deleted and the active version stays.");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void WriteLoad(string source, string path, LoadReport report)
    {
        var version = report.Version;
        var output = Terminal.Out;
        if (report.Held)
        {
            var message = Workflows.Sync.ListSync.HeldMessage(report, path);
            output.WriteLine($"{source}: {message}");
            output.WriteLine(Format.Counts(version.Counts));
            if (report.Previous is { } active && version.Status == VersionStatus.Pending)
                output.WriteLine($"Changes against active version {active.Number}: {ListChangeText.Summary(report.Change)}");
            Console.Error.WriteLine($"vigil lists load: {source} version {version.Number} is held, not activated: {version.HeldReason}");
            return;
        }
        if (report.Unchanged)
        {
            output.WriteLine($"{source} unchanged: {path} has the same content as active version {version.Number} " +
                             $"(loaded {Format.Instant(version.LoadedAt)}); nothing was loaded.");
            output.WriteLine(Format.Counts(version.Counts));
            return;
        }

        var published = version.PublishedOn is { } p ? $", published {Format.Date(p)}" : "";
        output.WriteLine($"Loaded {source} version {version.Number} from {path}{published} (sha256 {Format.ShortHash(version.ContentHash)})");
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
            output.WriteLine($"Changes since version {previous.Number} (loaded {Format.Instant(previous.LoadedAt)}): {ListChangeText.Summary(report.Change)}");
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
        var catalog = new ListCatalog(VigilHome.FromEnvironment());
        var active = catalog.Active();
        var pending = catalog.Pending();
        if (active.Count == 0 && pending.Count == 0)
        {
            Console.Error.WriteLine($"No list loaded yet. Load one with: vigil lists load SOURCE PATH (sources: {KnownSources})");
            return ExitCodes.Ok;
        }
        if (active.Count > 0) Terminal.Out.Write(ListVersionsTable.Render(active, showActiveColumn: false));
        // Every source Vigil reads is named: the ones not loaded too (on stderr, a hint like the empty home's; stdout stays
        // the table), so the table is never mistaken for all there is.
        var absent = ListSources.Names.Where(n => !active.Any(v => v.Source == n) && !pending.Any(v => v.Source == n)).ToList();
        if (absent.Count > 0)
            Console.Error.WriteLine($"Not loaded ({absent.Count} of {ListSources.Names.Count} sources): {string.Join(", ", absent)}; load one with vigil lists load SOURCE PATH");
        if (pending.Count > 0)
        {
            Terminal.Out.WriteLine($"Held, not active ({pending.Count}): decide with vigil lists accept|drop SOURCE VERSION");
            foreach (var v in pending)
            {
                var published = v.PublishedOn is { } p ? $", published {Format.Date(p)}" : "";
                Terminal.Out.WriteLine($"  {v.Source} version {v.Number}: pending: {v.HeldReason} " +
                                       $"({Format.Number(v.Counts.Total)} entries{published}, loaded {Format.Instant(v.LoadedAt)})");
            }
        }
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
        var from = new Option<int?>("--from") { Description = "The older version number (default: the version --to replaced).", HelpName = "V" };
        var to = new Option<int?>("--to") { Description = "The newer version number (default: the active version).", HelpName = "V" };
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
            var name = parse.GetValue(source)!;
            var catalog = new ListCatalog(VigilHome.FromEnvironment());
            long? IdOf(int? number) => number is { } n ? catalog.IdOf(name, n) : null;
            var report = catalog.Diff(name, IdOf(parse.GetValue(from)), IdOf(parse.GetValue(to)));
            if (parse.GetValue(json))
            {
                JsonOutput.Document(ListDiffResult.Of(report.From, report.To, report.Change), c => c.ListDiffResult);
                return ExitCodes.Ok;
            }
            var output = Terminal.Out;
            output.WriteLine($"{report.To.Source}: version {report.From.Number} (loaded {Format.Instant(report.From.LoadedAt)}) -> " +
                             $"version {report.To.Number} (loaded {Format.Instant(report.To.LoadedAt)}): {ListChangeText.Summary(report.Change)}");
            ListChangeText.Write(output, report.Change, limit: null);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Warnings()
    {
        var source = SourceArgument();
        var version = new Option<int?>("--version") { Description = "The version number (default: the active version).", HelpName = "V" };
        var command = new Command("warnings", "Show the parse warnings of a loaded list version, one per line as FILE:LINE [FIELD]: MESSAGE.");
        command.Arguments.Add(source);
        command.Options.Add(version);
        command.SetAction(parse => CommandGuard.Run("lists warnings", () =>
        {
            var name = parse.GetValue(source)!;
            var catalog = new ListCatalog(VigilHome.FromEnvironment());
            var versions = catalog.Versions(name);
            var chosen = parse.GetValue(version) is { } id
                ? versions.FirstOrDefault(v => v.Number == id) ?? throw new VigilException($"{name} has no version {id}")
                : versions.FirstOrDefault(v => v.IsActive) ?? throw new VigilException($"{name} has not been loaded; run: vigil lists load {name} PATH");
            foreach (var warning in catalog.Warnings(chosen.Id)) Console.Out.WriteLine(warning.ToString());
            return ExitCodes.Ok;
        }));
        return command;
    }
}
