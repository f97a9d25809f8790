using System.CommandLine;
using System.Diagnostics;
using Vigil.Cli.Io;
using Vigil.Contracts;
using Vigil.Core.FreeText;
using Vigil.Workflows;
using Vigil.Workflows.Audit;
using Vigil.Workflows.Screening;
using Vigil.Workflows.Text;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil text FILE|- [--format auto|text|mt103|pacs008] [--out F.jsonl] [--min-score S] [--explain] [--lists S,...]</c>: one line per mention.</summary>
internal static class TextCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "UTF-8 text, MT103 or pacs.008 file (see --encoding); '-' reads standard input" };
        var format = new Option<string>("--format") { Description = "auto (default), text, mt103 or pacs008", DefaultValueFactory = _ => "auto" };
        var output = new Option<string?>("--out") { Description = "write the mentions here (JSON lines); default stdout" };
        var minScore = new Option<double?>("--min-score") { Description = "only mentions at or above this score (default: the alert threshold)" };
        var explain = new Option<bool>("--explain") { Description = "add how each mention was found and scored" };
        var profile = ProfileOption.Create();
        var encoding = EncodingOption.Create();
        var lists = ListsOption.Create();
        var command = new Command("text", "Find mentions of listed parties in a text, an MT103 or a pacs.008 message") { file, format, output, minScore, explain, profile, encoding, lists };
        command.SetAction(parse => CommandGuard.Run("text", () =>
        {
            var textFormat = parse.GetValue(format)!.Trim().ToLowerInvariant() switch
            {
                "auto" => TextFormat.Auto,
                "text" or "txt" => TextFormat.Text,
                "mt103" or "mt" => TextFormat.Mt103,
                "pacs008" or "pacs.008" => TextFormat.Pacs008,
                var other => throw new UsageException($"--format: '{other}' is not auto, text, mt103 or pacs008"),
            };
            var selection = ListsOption.Resolve(parse, lists);
            var path = parse.GetValue(file)!;
            var text = Read(path, EncodingOption.Resolve(parse, encoding));
            var home = VigilHome.FromEnvironment();
            var loader = IndexLoader.Load(home, ProfileOption.Resolve(parse, profile, home), selection);
            var clock = Stopwatch.StartNew();
            var options = new FreeTextOptions(parse.GetValue(minScore), parse.GetValue(explain));
            IReadOnlyList<TextHit> hits;
            try
            {
                hits = ScreenText.Run(new FreeTextScreener(loader.Screener), text, textFormat, options);
            }
            catch (VigilException ex)
            {
                throw new VigilException($"{path}: {ex.Message}", ex);
            }
            var threshold = loader.Screener.Index.Profile.AlertThreshold;
            new ScreeningRecorder(home, TimeProvider.System).Record(VigilHome.OperatingSystemUser(), "cli.text", loader.Lists.Versions,
                loader.Screener.Index.Profile.Id, [new ScreenedItem(null, text, hits.Count, hits.Count(h => h.Mention.Hit.Score >= threshold))]);
            var outPath = parse.GetValue(output);
            using (var stream = new BufferedStream(outPath is null ? Console.OpenStandardOutput() : new FileStream(outPath, FileMode.Create, FileAccess.Write, FileShare.Read), 1 << 16))
            {
                foreach (var hit in hits) VigilJson.WriteLine(stream, Mention.From(hit.Mention, hit.Field, parse.GetValue(explain)), VigilJson.Compact.Mention);
            }
            var seconds = clock.Elapsed.TotalSeconds;
            Console.Error.WriteLine($"{hits.Count:N0} mentions in {text.Length:N0} characters, {seconds:N2} s ({text.Length / 1e6 / Math.Max(seconds, 1e-9):N2} M characters/s)");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The text of <paramref name="path"/> (<c>-</c>: standard input), refused when it is binary (a NUL byte) or,
    /// in UTF-8, holds a byte that is not UTF-8; both messages name where.</summary>
    private static string Read(string path, System.Text.Encoding? encoding)
    {
        byte[] bytes;
        var name = path == "-" ? "standard input" : path;
        if (path == "-")
        {
            using var input = Console.OpenStandardInput();
            using var copy = new MemoryStream();
            input.CopyTo(copy);
            bytes = copy.ToArray();
        }
        else
        {
            bytes = File.ReadAllBytes(path);
        }
        // Before decoding: random bytes would otherwise be reported as "not UTF-8", which sends the user after an encoding.
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
            throw new VigilException($"{name}: binary data, not text: a NUL byte at byte offset {nul:N0}; vigil text reads text (UTF-8 by default), an MT103 or a pacs.008 message");
        var text = InputEncoding.Decode(bytes, name, encoding);
        if (ScreenText.BinaryError(text) is { } binary) throw new VigilException($"{name}: {binary}");
        return text;
    }
}
