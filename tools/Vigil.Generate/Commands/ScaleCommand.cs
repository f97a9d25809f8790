using System.CommandLine;
using Vigil.Generate.Scale;

namespace Vigil.Generate.Commands;

/// <summary><c>vigil-generate scale --list DIR [--queries 1000] [--exhaustive-queries 100] ...</c>: the in-process index measurement.</summary>
internal static class ScaleCommand
{
    public static Command Create()
    {
        var list = new Option<string>("--list") { Description = "an OFAC CSV folder, e.g. one written by 'vigil-generate list'", Required = true };
        var queries = new Option<int>("--queries") { Description = "indexed searches to time", DefaultValueFactory = _ => 1000 };
        var warmup = new Option<int>("--warmup") { Description = "untimed searches first", DefaultValueFactory = _ => 200 };
        var exhaustive = new Option<int>("--exhaustive-queries") { Description = "of the timed queries, how many to run exhaustively too", DefaultValueFactory = _ => 100 };
        var budget = new Option<int>("--exhaustive-budget") { Description = "seconds after which no further exhaustive search starts", DefaultValueFactory = _ => 300 };
        var seed = CommonOptions.Seed();
        var listsDir = CommonOptions.ListsDir();
        var hitShare = new Option<double>("--hit-share") { Description = "share of queries made from the list's own entries", DefaultValueFactory = _ => 0.05 };
        var hold = new Option<string?>("--hold-file") { Description = "after measuring, write the pid here and wait until the file is deleted (to take a heap dump)" };
        var phases = new Option<bool>("--phases") { Description = "also time the name analysis phase of the build on its own" };
        var addUn = new Option<bool>("--add-un") { Description = "add the real UN list from --lists-dir (with --list ../shared/data/ofac-sdn/2021-07: what vigil screens)" };
        var census = new Option<bool>("--census") { Description = "at the end, estimate the memory each part of the index holds" };
        var loop = new Option<int>("--search-loop") { Description = "after the hold, repeat the indexed searches this many seconds (for a profiler)" };
        var command = new Command("scale", "Measure index build time, memory, search latency and the exhaustive scan in-process on one list")
            { list, queries, warmup, exhaustive, budget, seed, listsDir, hitShare, hold, phases, addUn, census, loop };
        command.SetAction(parse => CommonOptions.Run(() => ScaleRun.Run(new ScaleOptions(
            parse.GetValue(list)!, parse.GetValue(queries), parse.GetValue(warmup), parse.GetValue(exhaustive),
            TimeSpan.FromSeconds(parse.GetValue(budget)), parse.GetValue(seed), parse.GetValue(listsDir)!, parse.GetValue(hitShare),
            parse.GetValue(hold), parse.GetValue(phases), parse.GetValue(addUn), parse.GetValue(census), TimeSpan.FromSeconds(parse.GetValue(loop))), Console.Out)));
        return command;
    }
}
