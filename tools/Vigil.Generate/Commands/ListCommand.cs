using System.CommandLine;
using System.Diagnostics;
using Vigil.Generate.Lists;

namespace Vigil.Generate.Commands;

/// <summary><c>vigil-generate list --count N --seed S --out DIR [--lists-dir D] [--stats]</c>.</summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "number of entities", DefaultValueFactory = _ => 1_000_000 };
        var seed = CommonOptions.Seed();
        var output = new Option<string>("--out") { Description = "the folder to write sdn.csv, add.csv, alt.csv and sdn_comments.csv to", Required = true };
        var listsDir = CommonOptions.ListsDir();
        var stats = new Option<bool>("--stats") { Description = "read the written list back with Vigil's OFAC parser and compare its words with the real SDN list's" };
        var command = new Command("list", "Write a synthetic sanctions list in the OFAC legacy CSV format, loadable with 'vigil lists load ofac-sdn DIR'")
            { count, seed, output, listsDir, stats };
        command.SetAction(parse => CommonOptions.Run(() =>
        {
            var n = parse.GetValue(count);
            if (n < 1) throw new GenerateException("--count must be at least 1");
            var dir = parse.GetValue(output)!;
            var clock = Stopwatch.StartNew();
            var sdn = RealLists.Sdn(parse.GetValue(listsDir)!);
            var un = RealLists.Un(parse.GetValue(listsDir)!);
            var parts = ListParts.From(sdn, un);
            var read = clock.Elapsed;
            var summary = new ListGenerator(parts).Write(dir, n, parse.GetValue(seed));
            Console.Error.WriteLine(
                $"wrote {summary.Entities:N0} entities ({summary.Persons:N0} individuals, {summary.Organizations:N0} entities, {summary.Vessels:N0} vessels, " +
                $"{summary.Aircraft:N0} aircraft), {summary.Aliases:N0} aliases, {summary.Addresses:N0} addresses, {summary.Overflows:N0} remark overflows " +
                $"to {dir} in {clock.Elapsed.TotalSeconds:N1} s (reading the real lists {read.TotalSeconds:N1} s)");
            if (parse.GetValue(stats))
            {
                clock.Restart();
                var parsed = RealLists.ParseOfac(dir);
                Console.Error.WriteLine($"read back with OfacParser.Sdn: {parsed.Entities.Count:N0} entities, {parsed.Warnings.Count:N0} warnings, {clock.Elapsed.TotalSeconds:N1} s");
                foreach (var w in parsed.Warnings.Take(5)) Console.Error.WriteLine($"  warning: {w}");
                TokenStats.Of(sdn).Print(Console.Out, "real SDN 2021-07");
                TokenStats.Of(parsed.Entities).Print(Console.Out, $"generated {parsed.Entities.Count:N0}");
            }
            return 0;
        }));
        return command;
    }
}
