using Spectre.Console;
using Vigil.Cli.Io;
using Progress = Vigil.Cli.Io.Progress;
using Vigil.Cli.Rendering;
using Vigil.Core.Alerts;
using Vigil.Workflows;
using Vigil.Workflows.Pipeline;

namespace Vigil.Cli.Commands;

/// <summary>
/// The <see cref="UpdatePipeline"/> as the commands run it: each step is printed when it is done, so a long register
/// screening follows the load's summary rather than hiding it. The command prints its own change step (what was loaded,
/// synced or imported); the index, screening job and webhook lines are the same for every command.
/// </summary>
internal static class PipelineOutput
{
    /// <summary>A pipeline over <paramref name="home"/> that prints as it goes; <paramref name="changed"/> prints the first step;
    /// <paramref name="maxRemovedPercent"/> is <c>--max-removed</c> (null: <c>vigil.json</c>'s).</summary>
    public static UpdatePipeline For(VigilHome home, Action<UpdateResult>? changed = null, double? maxRemovedPercent = null)
    {
        Progress? progress = null;
        return new UpdatePipeline(home, TimeProvider.System)
        {
            MaxRemovedPercent = maxRemovedPercent,
            StepDone = (step, result) =>
            {
                switch (step)
                {
                    case UpdateStep.Change:
                        changed?.Invoke(result);
                        break;
                    case UpdateStep.Snapshot:
                        Console.Error.WriteLine($"screening index ready ({result.Snapshot!.Value.TotalSeconds:0.00} s)");
                        break;
                    case UpdateStep.Screening:
                        progress?.Done();
                        WriteJobs(result.Jobs);
                        break;
                    case UpdateStep.Webhooks:
                        WriteWebhooks(result);
                        break;
                }
            },
            // Created at the first batch, so the rate counts screening time only.
            Screened = (_, done) => (progress ??= Progress.ToStandardError("customers"))?.Report(done),
        };
    }

    /// <summary>One line per screening job: what was screened and what happened to the alerts.</summary>
    private static void WriteJobs(IReadOnlyList<ScreeningJob> jobs)
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

    /// <summary>The delivery line when something was sent or failed (failures are retried by a later run after their backoff).</summary>
    private static void WriteWebhooks(UpdateResult result)
    {
        if (result.Webhooks is not { } report || report.Delivered + report.Failed == 0) return;
        Console.Error.WriteLine($"webhooks: {report.Delivered} delivered, {report.Failed} failed, {report.Pending} pending");
        foreach (var error in report.Errors) Console.Error.WriteLine($"webhooks: {error}");
    }
}
