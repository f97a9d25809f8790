using System.CommandLine;
using System.Diagnostics;
using Vigil.Cli.Io;
using Vigil.Core.Screening;
using Vigil.Workflows;
using Vigil.Workflows.Screening;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil screen FILE.csv [--out F.jsonl|F.csv] [--top N] [--min-score S] [--explain]</c>: one result per row, in order.</summary>
internal static class ScreenCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "CSV with a header: id,name,type,birth_date,country,id_number (other columns ignored)" };
        var output = new Option<string?>("--out") { Description = "write results here (.jsonl, or .csv for one row per match); default stdout" };
        var top = new Option<int>("--top") { Description = "at most this many matches per row", DefaultValueFactory = _ => 10 };
        var minScore = new Option<double?>("--min-score") { Description = "only matches at or above this score (default: the alert threshold)" };
        var explain = new Option<bool>("--explain") { Description = "add an explanation to each match (JSON lines only)" };
        var exhaustive = new Option<bool>("--exhaustive") { Description = "score every listed name instead of the index's candidates (slow)" };
        var profile = ProfileOption.Create();
        var command = new Command("screen", "Screen every row of a CSV file against the loaded lists") { file, output, top, minScore, explain, exhaustive, profile };
        command.SetAction(parse => CommandGuard.Run("screen", () =>
        {
            var path = parse.GetValue(file)!;
            var rows = QueryCsv.Read(path);
            var clock = Stopwatch.StartNew();
            var home = VigilHome.FromEnvironment();
            var loader = IndexLoader.Load(home, ProfileOption.Resolve(parse, profile, home));
            Console.Error.WriteLine($"index: {loader.Screener.Index.Entities.Count:N0} entities, {loader.Screener.Index.NameCount:N0} names ({loader.Lists.Key}); store {loader.LoadTime.TotalMilliseconds:N0} ms, {(loader.FromSnapshot ? "snapshot read" : "build")} {loader.BuildTime.TotalMilliseconds:N0} ms");
            var options = new SearchOptions(parse.GetValue(top), parse.GetValue(minScore), parse.GetValue(exhaustive), parse.GetValue(explain));
            var skipped = 0;
            var screened = 0;
            var alerted = 0;
            var progress = Progress.ToStandardError();
            using (var writer = ResultWriter.Open(parse.GetValue(output), parse.GetValue(explain)))
            {
                var items = rows.Select(r =>
                {
                    if (r.Query is null)
                    {
                        skipped++;
                        Console.Error.WriteLine($"{path}: line {r.Line}: {r.Error}; row skipped");
                    }
                    return (r, r.Query);
                }).Where(x => x.Query is not null);
                foreach (var (row, hits) in ScreenBatch.Run(items, loader.Screener, options))
                {
                    writer.Write(row.Id, hits);
                    screened++;
                    if (hits.Count > 0) alerted++;
                    progress?.Report(screened);
                }
            }
            progress?.Done();
            var seconds = clock.Elapsed.TotalSeconds;
            Console.Error.WriteLine($"screened {screened:N0} rows ({skipped:N0} skipped), {alerted:N0} with matches, in {seconds:N1} s ({screened / Math.Max(seconds, 1e-9):N0} rows/s)");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
