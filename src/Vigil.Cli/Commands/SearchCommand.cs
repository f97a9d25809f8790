using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Vigil.Cli.Io;
using Vigil.Cli.Rendering;
using Vigil.Contracts;
using Vigil.Core.Screening;
using Vigil.Workflows;
using Vigil.Workflows.Audit;
using Vigil.Workflows.Screening;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil search NAME [--type --birth-date --country --id-number --top --min-score --explain --json --exhaustive --lists]</c>.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "The name to look for, in any script" };
        var type = new Option<string?>("--type") { Description = "person, organization, vessel or aircraft" };
        var birthDate = new Option<string?>("--birth-date") { Description = "YYYY, YYYY-MM or YYYY-MM-DD" };
        var country = new Option<string?>("--country") { Description = "ISO 3166 alpha-2 code or country name" };
        var idNumber = new Option<string?>("--id-number") { Description = "passport, national id, registration or IMO number" };
        var top = new Option<int>("--top") { Description = "at most this many hits", DefaultValueFactory = _ => 10 };
        var minScore = new Option<double?>("--min-score") { Description = "only hits at or above this score (default: the alert threshold)" };
        var explain = new Option<bool>("--explain") { Description = "show why each hit scored what it did" };
        var json = new Option<bool>("--json") { Description = "print one JSON line: {\"query\", \"list_versions\", \"matches\": [hit, ...]}, the document GET /api/v1/search answers" };
        var exhaustive = new Option<bool>("--exhaustive") { Description = "score every listed name instead of the index's candidates (slow)" };
        var profile = ProfileOption.Create();
        var lists = ListsOption.Create();
        var command = new Command("search", "Search the loaded lists for one name") { name, type, birthDate, country, idNumber, top, minScore, explain, json, exhaustive, profile, lists };
        command.SetAction(parse => CommandGuard.Run("search", () =>
        {
            var fields = new QueryFields(parse.GetValue(name), parse.GetValue(type), parse.GetValue(birthDate), parse.GetValue(country), parse.GetValue(idNumber));
            if (!fields.TryCreate(out var query, out var error)) throw new UsageException(error!);
            var selection = ListsOption.Resolve(parse, lists);
            var home = VigilHome.FromEnvironment();
            var loader = IndexLoader.Load(home, ProfileOption.Resolve(parse, profile, home), selection);
            var options = new SearchOptions(parse.GetValue(top), parse.GetValue(minScore), parse.GetValue(exhaustive), parse.GetValue(explain) || !parse.GetValue(json));
            var hits = loader.Screener.Search(query, options);
            new ScreeningRecorder(home, TimeProvider.System).Record(VigilHome.OperatingSystemUser(), "cli.search", loader.Lists.Versions,
                loader.Screener.Index.Profile.Id,
                [new ScreenedItem(null, ScreeningRecorder.Canonical(query), hits.Count, ScreeningRecorder.Alerts(hits, loader.Screener.Index.Profile.AlertThreshold))]);
            if (parse.GetValue(json))
            {
                // The same document GET /api/v1/search answers for the same query.
                JsonOutput.Line(SearchResult.From(query, loader.Lists.Key, hits), c => c.SearchResult);
                return ExitCodes.Ok;
            }
            HitsTable.Render(AnsiConsole.Console, query, hits, parse.GetValue(explain));
            if (hits.Count == 0)
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"no match at or above {parse.GetValue(minScore) ?? loader.Screener.Index.Profile.AlertThreshold:0.00}"));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
