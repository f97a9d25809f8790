using System.CommandLine;
using System.Diagnostics;
using Vigil.Cli.Io;
using Vigil.Contracts;
using Vigil.Core.Screening;
using Vigil.Workflows;
using Vigil.Workflows.Audit;
using Vigil.Workflows.Screening;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil screen FILE.csv [--out F.jsonl|F.csv] [--top N] [--min-score S] [--explain] [--encoding E] [--lists S,...]</c>: one result per input row, in order.</summary>
internal static class ScreenCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "CSV with a header: id,name,type,birth_date,country,id_number (other columns ignored)" };
        var output = new Option<string?>("--out")
        {
            Description = "write results here; default stdout. JSON lines (.jsonl): one line per input row, in order, " +
                          "{\"id\",\"matches\":[...]} plus \"error\" naming the column for a row that could not be screened. " +
                          "CSV (.csv): id,rank,source,source_id,name,score,error, one row per match, and one row with only id and error per invalid input row",
        };
        var top = new Option<int>("--top") { Description = "at most this many matches per row", DefaultValueFactory = _ => 10 };
        var minScore = new Option<double?>("--min-score") { Description = "only matches at or above this score (default: the alert threshold)" };
        var explain = new Option<bool>("--explain") { Description = "add an explanation to each match (JSON lines only)" };
        var exhaustive = new Option<bool>("--exhaustive") { Description = "score every listed name instead of the index's candidates (slow)" };
        var profile = ProfileOption.Create();
        var encoding = EncodingOption.Create();
        var lists = ListsOption.Create();
        var command = new Command("screen", "Screen every row of a CSV file against the loaded lists") { file, output, top, minScore, explain, exhaustive, profile, encoding, lists };
        command.SetAction(parse => CommandGuard.Run("screen", () =>
        {
            var selection = ListsOption.Resolve(parse, lists);
            var path = parse.GetValue(file)!;
            var rows = QueryCsv.Read(path, encoding: EncodingOption.Resolve(parse, encoding));
            // A first pass counts the rows and fails on an unbalanced quote before anything is written.
            var read = rows.Count();
            var clock = Stopwatch.StartNew();
            var home = VigilHome.FromEnvironment();
            var loader = IndexLoader.Load(home, ProfileOption.Resolve(parse, profile, home), selection);
            Console.Error.WriteLine($"index: {loader.Screener.Index.Entities.Count:N0} entities, {loader.Screener.Index.NameCount:N0} names ({loader.Lists.Key}); store {loader.LoadTime.TotalMilliseconds:N0} ms, {(loader.FromSnapshot ? "snapshot read" : "build")} {loader.BuildTime.TotalMilliseconds:N0} ms");
            Console.Error.WriteLine($"parties: {loader.Screener.Index.Parties.Stats}; grouped in {loader.PartyTime.TotalMilliseconds:N0} ms");
            var options = new SearchOptions(parse.GetValue(top), parse.GetValue(minScore), parse.GetValue(exhaustive), parse.GetValue(explain));
            var proof = new Proof(new ScreeningRecorder(home, TimeProvider.System), loader);
            var counts = Screen(path, rows, loader.Screener, options, parse.GetValue(output), proof);
            var seconds = clock.Elapsed.TotalSeconds;
            Console.Error.WriteLine($"read {read:N0} rows: {counts.Screened:N0} screened, {counts.Invalid:N0} invalid");
            if (counts.Screened + counts.Invalid != read)
                throw new VigilException($"{path}: read {read} rows but wrote {counts.Screened + counts.Invalid}; the output is incomplete");
            // Keeps "screened N rows" as before: scripts/perf reads it.
            Console.Error.WriteLine($"screened {counts.Screened:N0} rows, {counts.Invalid:N0} invalid (written with an error), " +
                                    $"{counts.WithMatches:N0} with matches, in {seconds:N1} s ({counts.Screened / Math.Max(seconds, 1e-9):N0} rows/s)");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private readonly record struct Counts(int Screened, int Invalid, int WithMatches);

    /// <summary>Proof of screening for a file: one record per screened row, written every <see cref="ScreenBatch.ChunkSize"/>
    /// rows (one audit entry each) so memory stays flat; invalid rows are not screened and get none.</summary>
    private sealed class Proof(ScreeningRecorder recorder, IndexLoader loader)
    {
        private readonly string _user = VigilHome.OperatingSystemUser();
        private readonly List<ScreenedItem> _items = new(ScreenBatch.ChunkSize);

        public void Add(ScreenedItem item)
        {
            _items.Add(item);
            if (_items.Count >= ScreenBatch.ChunkSize) Flush();
        }

        public void Flush()
        {
            recorder.Record(_user, "cli.screen", loader.Lists.Versions, loader.Screener.Index.Profile.Id, _items);
            _items.Clear();
        }
    }

    /// <summary>Writes one record per row, in order: the matches of a valid row, the error of an invalid one.</summary>
    private static Counts Screen(string path, IEnumerable<QueryCsvRow> rows, Screener screener, SearchOptions options, string? output, Proof proof)
    {
        var threshold = screener.Index.Profile.AlertThreshold;
        int screened = 0, invalid = 0, withMatches = 0;
        var progress = Progress.ToStandardError();
        using (var writer = ResultWriter.Open(output))
        {
            var items = rows.Select(((string Id, string? Error, string? Warning, string? Input) Row, ScreeningQuery? Query) (r) =>
            {
                var id = r.Id.Length > 0 ? r.Id : r.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var valid = r.Fields(r.IdNumbers).TryCreate(out var query, out var error, out var warning);
                if (warning is not null) Console.Error.WriteLine($"{path}: line {r.Line}: warning: {warning}");
                if (valid) return ((id, null, warning, ScreeningRecorder.Canonical(query)), query);
                Console.Error.WriteLine($"{path}: line {r.Line}: {error}");
                return ((id, error, null, null), null);
            });
            foreach (var ((id, error, warning, input), hits) in ScreenBatch.Run(items, screener, options))
            {
                if (error is not null)
                {
                    writer.Write(ScreeningRecord.Invalid(id, error));
                    invalid++;
                    continue;
                }
                writer.Write(ScreeningRecord.From(id, hits, warning));
                proof.Add(new ScreenedItem(id, input!, hits.Count, ScreeningRecorder.Alerts(hits, threshold)));
                screened++;
                if (hits.Count > 0) withMatches++;
                progress?.Report(screened);
            }
        }
        proof.Flush();
        progress?.Done();
        return new Counts(screened, invalid, withMatches);
    }
}
