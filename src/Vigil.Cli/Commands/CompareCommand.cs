using System.CommandLine;
using nietras.SeparatedValues;
using Vigil.Cli.Io;
using Vigil.Contracts;
using Vigil.Core.Matching;
using Vigil.Workflows;
using Vigil.Workflows.Screening;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil compare PAIRS.csv [--out F.jsonl]</c>: the score of each name pair (id,name_a,name_b,type).</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("PAIRS") { Description = "CSV with a header: id,name_a,name_b,type" };
        var output = new Option<string?>("--out") { Description = "write JSON lines here; default stdout" };
        var profile = ProfileOption.Create();
        var command = new Command("compare", "Score pairs of names against each other, without the lists") { file, output, profile };
        command.SetAction(parse => CommandGuard.Run("compare", () =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path)) throw new VigilException($"{path}: no such file");
            using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
            foreach (var col in (string[])["name_a", "name_b"])
                if (!reader.Header.TryIndexOf(col, out _)) throw new VigilException($"{path}: line 1: the header has no '{col}' column");
            var aCol = reader.Header.IndexOf("name_a");
            var bCol = reader.Header.IndexOf("name_b");
            var needed = Math.Max(aCol, bCol) + 1;
            var scoring = ProfileOption.Resolve(parse, profile, VigilHome.FromEnvironment());
            var outPath = parse.GetValue(output);
            using var stream = outPath is null ? Console.OpenStandardOutput() : File.Create(outPath);
            var ordinal = 0;
            foreach (var row in reader)
            {
                ordinal++;
                var id = reader.Header.TryIndexOf("id", out var idCol) && idCol < row.ColCount ? row[idCol].Span.ToString() : ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
                // A short row (a field missing, a line cut off) fails the file naming the line, as a bad row does elsewhere.
                if (row.ColCount < needed)
                {
                    throw new VigilException($"{path}: line {row.LineNumberFrom}: {row.ColCount} field{(row.ColCount == 1 ? "" : "s")}, " +
                                             $"but name_a and name_b are fields {aCol + 1} and {bCol + 1} of the header; the pairs before it were written");
                }
                var a = row[aCol].Span.ToString();
                var b = row[bCol].Span.ToString();
                var typeText = reader.Header.TryIndexOf("type", out var typeCol) && typeCol < row.ColCount ? row[typeCol].Span.ToString() : null;
                if (!QueryFields.TryParseKind(typeText, out var kind))
                {
                    Console.Error.WriteLine($"{path}: line {row.LineNumberFrom}: type: '{typeText}' is not person, organization, vessel or aircraft; read as unknown");
                }
                // The same limits as search and POST /compare: a comparison grows with the square of a word's length, so a
                // name over them is refused (the pair's line says why), never compared for minutes nor cut silently.
                var tooLarge = QueryFields.NameLimitError(a, kind) is { } ea ? "name_a" + ea["name".Length..]
                    : QueryFields.NameLimitError(b, kind) is { } eb ? "name_b" + eb["name".Length..] : null;
                if (tooLarge is not null)
                {
                    Console.Error.WriteLine($"{path}: line {row.LineNumberFrom}: {tooLarge}; not compared");
                    VigilJson.WriteLine(stream, new CompareScore(id, 0, tooLarge), VigilJson.Compact.CompareScore);
                    continue;
                }
                var score = string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b) ? 0 : NameComparer.Compare(a, b, kind, scoring);
                VigilJson.WriteLine(stream, CompareScore.Of(id, score), VigilJson.Compact.CompareScore);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
