using System.CommandLine;
using Spectre.Console;
using Vigil.Cli.Io;
using Vigil.Workflows;
using Vigil.Workflows.Audit;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil audit verify [FILE]</c> and <c>vigil audit export [--from T] [--to T] [--out F]</c>.</summary>
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
}
