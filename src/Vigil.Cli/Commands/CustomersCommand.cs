using System.CommandLine;
using Spectre.Console;
using Vigil.Cli.Io;
using Vigil.Cli.Rendering;
using Vigil.Workflows;
using Vigil.Workflows.Customers;
using Vigil.Workflows.Distributed;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil customers</c>: <c>import FILE.csv</c>, <c>screen</c> (full), <c>rescreen</c> (catch up), <c>show ID</c>.</summary>
internal static class CustomersCommand
{
    public static Command Create()
    {
        var command = new Command("customers", "The customer register: import records, screen them, show one with its history.");
        command.SetAction(_ => CommandGuard.Run("customers", () =>
        {
            var (total, pending) = new CustomerRegister(VigilHome.FromEnvironment(), TimeProvider.System).Counts();
            Terminal.Out.WriteLine($"{Format.Number(total)} customers, {Format.Number(pending)} waiting to be screened");
            return ExitCodes.Ok;
        }));
        command.Subcommands.Add(Import());
        command.Subcommands.Add(Screen());
        command.Subcommands.Add(Rescreen());
        command.Subcommands.Add(Show());
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<string>("FILE") { Description = "CSV with a header: id,name,type,birth_date,country,id_number (several ids separated by ';')." };
        var command = new Command("import",
            "Add new customers and update changed ones by id (every revision is kept). New and changed customers are screened " +
            "against the active lists at once. The whole file is checked first: a bad row stops the import with its line and field.");
        var encoding = EncodingOption.Create();
        command.Arguments.Add(file);
        command.Options.Add(encoding);
        command.SetAction(parse => CommandGuard.Run("customers import", () =>
        {
            var fileEncoding = EncodingOption.Resolve(parse, encoding);
            PipelineOutput.For(VigilHome.FromEnvironment(), result =>
            {
                var report = result.Import!;
                foreach (var warning in report.Warnings ?? []) Console.Error.WriteLine($"warning: {warning}");
                var r = report.Result;
                Terminal.Out.WriteLine($"Imported {Format.Number(report.Rows)} rows: {Format.Number(r.Added)} new, {Format.Number(r.Updated)} updated, {Format.Number(r.Unchanged)} unchanged");
            }).ImportCustomers(parse.GetValue(file)!, fileEncoding);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Screen()
    {
        var command = new Command("screen",
            "Screen every customer against every entry of the active lists, raising alerts at or above the threshold and closing " +
            "those that no longer match. Decided false positives stay decided while customer and entry are unchanged.");
        var (via, nats, chunkSize) = DistributedOptions(command);
        command.SetAction(parse => CommandGuard.Run("customers screen", () =>
        {
            if (Via(parse, via)) return Submit(parse, full: true, nats, chunkSize, resume: false);
            PipelineOutput.For(VigilHome.FromEnvironment()).ScreenAll();
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Rescreen()
    {
        var command = new Command("rescreen",
            "Bring the register up to date: finish an interrupted screening, screen every customer against the entries added or " +
            "changed since the last screening (closing alerts of removed entries), then screen changed customers. " +
            "'lists load' and 'customers import' do this themselves.");
        var (via, nats, chunkSize) = DistributedOptions(command);
        var resume = new Option<bool>("--resume") { Description = "with --via nats: publish again the chunks of the unfinished job that are not done (failed ones included)" };
        command.Options.Add(resume);
        command.SetAction(parse => CommandGuard.Run("customers rescreen", () =>
        {
            if (Via(parse, via)) return Submit(parse, full: false, nats, chunkSize, parse.GetValue(resume));
            if (parse.GetValue(resume)) throw new UsageException("--resume: only with --via nats");
            var result = PipelineOutput.For(VigilHome.FromEnvironment()).Rescreen();
            if (result.Jobs.Count == 0) Terminal.Out.WriteLine("Nothing to screen: the register is up to date with the active lists.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary><c>--via process|nats</c>, <c>--nats URL</c>, <c>--chunk-size N</c>, added to <paramref name="command"/>.</summary>
    private static (Option<string>, Option<string?>, Option<int>) DistributedOptions(Command command)
    {
        var via = new Option<string>("--via")
        {
            Description = "process (default): screen here; nats: cut the job into chunks and publish them to NATS JetStream for 'vigil worker' processes",
            DefaultValueFactory = _ => "process",
        };
        var nats = WorkerCommand.NatsOption();
        var chunkSize = new Option<int>("--chunk-size")
        {
            Description = $"with --via nats: customers per chunk (default {DistributedRescreen.DefaultChunkSize:N0})",
            DefaultValueFactory = _ => DistributedRescreen.DefaultChunkSize,
        };
        command.Options.Add(via);
        command.Options.Add(nats);
        command.Options.Add(chunkSize);
        return (via, nats, chunkSize);
    }

    private static bool Via(ParseResult parse, Option<string> via) => parse.GetValue(via)!.Trim().ToLowerInvariant() switch
    {
        "process" => false,
        "nats" => true,
        var other => throw new UsageException($"--via: '{other}' is not process or nats"),
    };

    private static int Submit(ParseResult parse, bool full, Option<string?> nats, Option<int> chunkSize, bool resume)
    {
        var size = parse.GetValue(chunkSize);
        if (size < 1) throw new UsageException($"--chunk-size: {size}; at least 1");
        var url = NatsNames.Url(parse.GetValue(nats));
        var distributed = new DistributedRescreen(VigilHome.FromEnvironment(), TimeProvider.System);
        if (resume)
        {
            var again = distributed.Republish(url, CancellationToken.None).GetAwaiter().GetResult();
            Terminal.Out.WriteLine(again is { } r
                ? $"Job {r.Job.Id}: {Format.Number(r.Chunks)} chunks published again to {url}"
                : "No unfinished job of the workers.");
            return ExitCodes.Ok;
        }
        var submitted = distributed.Submit(full, size, url, CancellationToken.None).GetAwaiter().GetResult();
        if (submitted is null)
        {
            Terminal.Out.WriteLine("Nothing to screen: the register is up to date with the active lists.");
            return ExitCodes.Ok;
        }
        var j = submitted.Job;
        Terminal.Out.WriteLine($"Job {j.Id} ({j.Kind}{(j.Targets is { } t ? $", {Format.Number(t.Count)} entries" : "")}" +
            $"{(submitted.Reason is { } why ? $": {why}" : "")}): {Format.Number(submitted.Customers)} customers in {Format.Number(submitted.Chunks)} chunks " +
            $"published to {url}; 'vigil worker' screens them, 'vigil jobs {j.Id}' shows the progress");
        return ExitCodes.Ok;
    }

    private static Command Show()
    {
        var id = new Argument<string>("ID") { Description = "The customer's id." };
        var command = new Command("show", "Show one customer: the current record and every revision imported.");
        command.Arguments.Add(id);
        command.SetAction(parse => CommandGuard.Run("customers show", () =>
        {
            var (customer, history) = new CustomerRegister(VigilHome.FromEnvironment(), TimeProvider.System).Get(parse.GetValue(id)!);
            var output = Terminal.Out;
            output.WriteLine($"{customer.Record.Id}: {customer.Record.Name} (revision {customer.Revision}{(customer.ScreenedRevision == customer.Revision ? ", screened" : ", waiting to be screened")})");
            foreach (var (revision, record, at, file) in history)
                output.WriteLine($"  r{revision} {Format.Instant(at)} {record.Name} | {record.Type} | {record.BirthDate} | {record.Country} | {record.IdNumbers} ({file})");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
