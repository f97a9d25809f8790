using System.CommandLine;
using Spectre.Console;
using System.Text.Json;
using Vigil.Cli.Io;
using Vigil.Workflows;
using Vigil.Workflows.Audit;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil audit verify</c> and <c>vigil audit export [--from T] [--to T] [--out F]</c>.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var command = new Command("audit", "The append-only, hash-chained log of list loads, syncs, screenings, alerts and decisions.");
        command.Subcommands.Add(Verify());
        command.Subcommands.Add(Export());
        return command;
    }

    private static Command Verify()
    {
        var command = new Command("verify", "Check every row's hash and its link to the row before; exit 1 naming the first bad row.");
        command.SetAction(_ => CommandGuard.Run("audit verify", () =>
        {
            var result = new AuditTrail(VigilHome.FromEnvironment()).Verify();
            if (result.Ok)
            {
                Terminal.Out.WriteLine($"audit log ok: {result.RowsChecked:N0} rows, chain intact");
                return ExitCodes.Ok;
            }
            Console.Error.WriteLine($"vigil audit verify: audit log tampered: {result.Problem} ({result.RowsChecked:N0} rows before it are intact)");
            return ExitCodes.Error;
        }));
        return command;
    }

    private static Command Export()
    {
        var from = new Option<string?>("--from") { Description = "From this time (YYYY-MM-DD or ISO 8601, UTC), inclusive." };
        var to = new Option<string?>("--to") { Description = "To this time, exclusive." };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of stdout." };
        var command = new Command("export", "Write the log as JSON lines: id, at, action, detail, prev_hash, hash.") { from, to, output };
        command.SetAction(parse => CommandGuard.Run("audit export", () =>
        {
            var start = parse.GetValue(from) is { } f ? AuditTrail.ParseTime(f, "--from") : (DateTimeOffset?)null;
            var end = parse.GetValue(to) is { } t ? AuditTrail.ParseTime(t, "--to") : (DateTimeOffset?)null;
            if (start > end) throw new UsageException("--from is after --to");
            using var stream = parse.GetValue(output) is { } path ? File.Create(path) : Console.OpenStandardOutput();
            var count = 0;
            foreach (var row in new AuditTrail(VigilHome.FromEnvironment()).Export(start, end))
            {
                using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    json.WriteStartObject();
                    json.WriteNumber("id", row.Entry.Id);
                    json.WriteString("at", row.Entry.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
                    json.WriteString("action", row.Entry.Action);
                    json.WritePropertyName("detail");
                    json.WriteRawValue(row.Entry.Detail);
                    json.WriteString("prev_hash", row.PreviousHash);
                    json.WriteString("hash", row.Hash);
                    json.WriteEndObject();
                }
                stream.WriteByte((byte)'\n');
                count++;
            }
            if (parse.GetValue(output) is { } written) Console.Error.WriteLine($"wrote {count:N0} audit entries to {written}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
