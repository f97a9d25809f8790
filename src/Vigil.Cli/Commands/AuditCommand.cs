using System.CommandLine;
using Spectre.Console;
using Vigil.Cli.Io;
using Vigil.Workflows;
using Vigil.Workflows.Audit;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil audit verify [FILE]</c>, <c>vigil audit export [--from T] [--to T] [--out F]</c> and
/// <c>vigil audit screenings [--from T] [--to T] [--out F.jsonl] [--purge]</c>.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var command = new Command("audit", "The append-only, hash-chained log of list loads, syncs, screenings, alerts and decisions.");
        command.Subcommands.Add(Verify());
        command.Subcommands.Add(Export());
        command.Subcommands.Add(Screenings());
        return command;
    }

    private static Command Verify()
    {
        var file = new Argument<string?>("file") { Arity = ArgumentArity.ZeroOrOne, Description = "An exported file to check on its own (chain and signed checkpoint) instead of the database." };
        var command = new Command("verify", "Check every row's hash, its link to the row before and the chain's end against the head file (or an exported FILE); exit 1 naming the first bad row or line.") { file };
        command.SetAction(parse => CommandGuard.Run("audit verify", () =>
        {
            var trail = new AuditTrail(VigilHome.FromEnvironment());
            if (parse.GetValue(file) is { } path) return VerifyFile(trail, path);
            var result = trail.Verify();
            if (result.Note is { } note) Console.Error.WriteLine($"vigil audit verify: {note}");
            if (result.Ok)
            {
                Terminal.Out.WriteLine($"audit log ok: {result.RowsChecked:N0} rows, chain intact");
                return ExitCodes.Ok;
            }
            Console.Error.WriteLine(result.AlertId is null
                ? $"vigil audit verify: audit log tampered: {result.Problem} ({result.RowsChecked:N0} rows before it are intact)"
                : $"vigil audit verify: alerts table tampered: {result.Problem} (the chain's {result.RowsChecked:N0} rows are intact)");
            return ExitCodes.Error;
        }));
        return command;
    }

    private static int VerifyFile(AuditTrail trail, string path)
    {
        var result = trail.VerifyFile(path);
        if (result.Ok)
        {
            Terminal.Out.WriteLine($"{path}: ok: {result.EntriesChecked:N0} entries, chain intact, checkpoint signed");
            return ExitCodes.Ok;
        }
        Console.Error.WriteLine($"vigil audit verify: {path}: {result.Problem} ({result.EntriesChecked:N0} entries before it are intact)");
        return ExitCodes.Error;
    }

    private static Command Export()
    {
        var from = new Option<string?>("--from") { Description = "From this time (YYYY-MM-DD or ISO 8601, UTC), inclusive." };
        var to = new Option<string?>("--to") { Description = "To this time, exclusive." };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of stdout." };
        var command = new Command("export", "Write the log as JSON lines (id, at, action, detail, prev_hash, hash), ending with a checkpoint signed with the home's key.") { from, to, output };
        command.SetAction(parse => CommandGuard.Run("audit export", () =>
        {
            var start = parse.GetValue(from) is { } f ? AuditTrail.ParseTime(f, "--from") : (DateTimeOffset?)null;
            var end = parse.GetValue(to) is { } t ? AuditTrail.ParseTime(t, "--to") : (DateTimeOffset?)null;
            if (start > end) throw new UsageException("--from is after --to");
            using var stream = parse.GetValue(output) is { } path ? File.Create(path) : Console.OpenStandardOutput();
            var count = new AuditTrail(VigilHome.FromEnvironment()).Export(start, end, stream);
            if (parse.GetValue(output) is { } written) Console.Error.WriteLine($"wrote {count:N0} audit entries and a signed checkpoint to {written}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Screenings()
    {
        var from = new Option<string?>("--from") { Description = "From this time (YYYY-MM-DD or ISO 8601, UTC), inclusive." };
        var to = new Option<string?>("--to") { Description = "To this time, exclusive." };
        var output = new Option<string?>("--out") { Description = "Write to this file (JSON lines) instead of stdout." };
        var purge = new Option<bool>("--purge") { Description = "First delete the records older than audit.screening_retention_days (vigil.json); the audit chain keeps their hashes." };
        var command = new Command("screenings",
            "Write the screening records as JSON lines: when, who (actor), channel, ref, input_sha256, input_size, list_versions " +
            "[{source, version, id}], engine_version, profile, hits, alerts, and audit_id, the audit entry whose sha256 seals the record's batch.")
            { from, to, output, purge };
        command.SetAction(parse => CommandGuard.Run("audit screenings", () =>
        {
            var start = parse.GetValue(from) is { } f ? AuditTrail.ParseTime(f, "--from") : (DateTimeOffset?)null;
            var end = parse.GetValue(to) is { } t ? AuditTrail.ParseTime(t, "--to") : (DateTimeOffset?)null;
            if (start > end) throw new UsageException("--from is after --to");
            var recorder = new ScreeningRecorder(VigilHome.FromEnvironment(), TimeProvider.System);
            if (parse.GetValue(purge)) Console.Error.WriteLine($"purged {recorder.Purge():N0} screening records past the retention period");
            long count = 0;
            using (var stream = parse.GetValue(output) is { } path ? File.Create(path) : Console.OpenStandardOutput())
            using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16) { NewLine = "\n" })
            {
                foreach (var line in recorder.Lines(start, end))
                {
                    writer.WriteLine(line);
                    count++;
                }
            }
            if (parse.GetValue(output) is { } written) Console.Error.WriteLine($"wrote {count:N0} screening records to {written}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
