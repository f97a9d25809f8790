using System.CommandLine;
using Spectre.Console;
using Vigil.Cli.Io;
using Vigil.Cli.Rendering;
using Vigil.Contracts;
using Vigil.Workflows;
using Vigil.Workflows.Distributed;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil jobs [ID] [--last N] [--json]</c>: the register's screening jobs with their progress.</summary>
internal static class JobsCommand
{
    public static Command Create()
    {
        var id = new Argument<long?>("ID") { Description = "one job", Arity = ArgumentArity.ZeroOrOne };
        var last = new Option<int>("--last") { Description = $"how many jobs, newest first (default {JobReport.DefaultCount})", DefaultValueFactory = _ => JobReport.DefaultCount };
        var json = new Option<bool>("--json") { Description = "one JSON line per job" };
        var command = new Command("jobs", "Screening jobs of the customer register, newest first: state, chunks done (jobs run by workers), customers, alerts.") { id, last, json };
        command.SetAction(parse => CommandGuard.Run("jobs", () =>
        {
            var count = parse.GetValue(last);
            if (count is < 1 or > JobReport.MaxCount) throw new UsageException($"--last: {count}; between 1 and {JobReport.MaxCount}");
            var report = new JobReport(VigilHome.FromEnvironment());
            IReadOnlyList<JobStatus> jobs = parse.GetValue(id) is { } one
                ? report.One(one) is { } found ? [found] : throw new VigilException($"no job {one}; 'vigil jobs' lists them")
                : report.List(count).Jobs;
            if (parse.GetValue(json))
            {
                using var stdout = Console.OpenStandardOutput();
                foreach (var job in jobs) VigilJson.WriteLine(stdout, job, VigilJson.Compact.JobStatus);
                return ExitCodes.Ok;
            }
            if (jobs.Count == 0) Terminal.Out.WriteLine("No screening job yet.");
            foreach (var j in jobs)
            {
                var chunks = j.Chunks == 0 ? "one process" : $"chunks {Format.Number(j.ChunksDone)}/{Format.Number(j.Chunks)}{(j.ChunksFailed > 0 ? $" ({Format.Number(j.ChunksFailed)} failed)" : "")}";
                var customers = j.Chunks == 0 ? Format.Number(j.CustomersDone) : $"{Format.Number(j.CustomersDone)}/{Format.Number(j.Customers)}";
                Terminal.Out.WriteLine($"job {j.Id} {j.Kind} {j.State}: {chunks}, customers {customers}, raised {Format.Number(j.Raised)}, " +
                    $"re-opened {Format.Number(j.Reopened)}, closed {Format.Number(j.Closed)}; {j.Lists} {j.Profile}; started {Format.Instant(j.StartedAt)}" +
                    (j.FinishedAt is { } f ? $", finished {Format.Instant(f)}" : ""));
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
