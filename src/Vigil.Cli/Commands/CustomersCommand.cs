using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Vigil.Cli.Io;
using Vigil.Cli.Rendering;
using Vigil.Core.Alerts;
using Vigil.Workflows;
using Vigil.Workflows.Customers;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil customers</c>: <c>import FILE.csv</c>, <c>screen</c> (full), <c>rescreen</c> (catch up), <c>show ID</c>.</summary>
internal static class CustomersCommand
{
    /// <summary>
    /// For the crash tests: exit the process abruptly (code 137, as a kill) once a screening job has committed this many
    /// customers, to show that a rerun resumes and completes the work.
    /// </summary>
    internal const string ExitAfterVariable = "VIGIL_TEST_EXIT_AFTER_CUSTOMERS";

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
        command.Arguments.Add(file);
        command.SetAction(parse => CommandGuard.Run("customers import", () =>
        {
            var home = VigilHome.FromEnvironment();
            var report = new CustomerRegister(home, TimeProvider.System).Import(parse.GetValue(file)!, Screening(home));
            var r = report.Result;
            Terminal.Out.WriteLine($"Imported {Format.Number(report.Rows)} rows: {Format.Number(r.Added)} new, {Format.Number(r.Updated)} updated, {Format.Number(r.Unchanged)} unchanged");
            AfterScreening(home, report.Jobs);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Screen()
    {
        var command = new Command("screen",
            "Screen every customer against every entry of the active lists, raising alerts at or above the threshold and closing " +
            "those that no longer match. Decided false positives stay decided while customer and entry are unchanged.");
        command.SetAction(_ => CommandGuard.Run("customers screen", () =>
        {
            var home = VigilHome.FromEnvironment();
            AfterScreening(home, Screening(home).Full());
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
        command.SetAction(_ => CommandGuard.Run("customers rescreen", () =>
        {
            var home = VigilHome.FromEnvironment();
            var jobs = Screening(home).CatchUp();
            if (jobs.Count == 0) Terminal.Out.WriteLine("Nothing to screen: the register is up to date with the active lists.");
            AfterScreening(home, jobs);
            return ExitCodes.Ok;
        }));
        return command;
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

    /// <summary>The register screening, with progress on stderr and the crash-test hook.</summary>
    internal static RegisterScreening Screening(VigilHome home)
    {
        var exitAfter = Environment.GetEnvironmentVariable(ExitAfterVariable) is { Length: > 0 } text
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (long?)null;
        return new RegisterScreening(home, TimeProvider.System)
        {
            AfterBatch = (job, done) =>
            {
                if (exitAfter is { } limit && done >= limit)
                {
                    Console.Error.WriteLine($"vigil: {ExitAfterVariable}={limit}: stopping abruptly after {done} customers of job {job.Id}");
                    Environment.Exit(137);
                }
            },
        };
    }

    /// <summary>Reports the jobs, then delivers the webhook events they queued (failures are retried by a later run).</summary>
    internal static void AfterScreening(VigilHome home, IReadOnlyList<ScreeningJob> jobs)
    {
        WriteJobs(jobs);
        if (jobs.Sum(j => j.Raised + j.Reopened) == 0) return;
        var report = new Workflows.Webhooks.WebhookSender(home, TimeProvider.System).Deliver();
        if (report.Delivered + report.Failed > 0)
            Console.Error.WriteLine($"webhooks: {report.Delivered} delivered, {report.Failed} failed, {report.Pending} pending");
        foreach (var error in report.Errors) Console.Error.WriteLine($"webhooks: {error}");
    }

    /// <summary>One line per screening job: what was screened and what happened to the alerts.</summary>
    internal static void WriteJobs(IReadOnlyList<ScreeningJob> jobs)
    {
        foreach (var job in jobs)
        {
            var against = job.Kind switch
            {
                "lists" => $"{Format.Number(job.Targets?.Count ?? 0)} added or changed entries ({Format.Number(job.Removed.Count)} removed)",
                _ => "every active entry",
            };
            var who = job.Kind == "customers" ? "new or changed customers" : "customers";
            Terminal.Out.WriteLine(
                $"Screening job {job.Id} ({job.Kind}, lists {job.ListKey}): {Format.Number(job.CustomersDone)} {who} against {against}: " +
                $"{Format.Number(job.Raised)} alerts raised, {Format.Number(job.Reopened)} re-opened, {Format.Number(job.Closed)} closed");
        }
    }

    internal static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
