using Vigil.Core.Matching;
using System.Diagnostics;
using Vigil.Core.Alerts;
using Vigil.Workflows.Customers;
using Vigil.Workflows.Screening;
using Vigil.Workflows.Sync;
using Vigil.Workflows.Webhooks;

namespace Vigil.Workflows.Pipeline;

/// <summary>
/// The one sequence that follows a change of the lists or of the customer register:
/// <see cref="UpdateStep.Change"/> (load a list version, sync the sources, or import customers) →
/// <see cref="UpdateStep.Snapshot"/> (the index of the active lists, so the next process starts fast) →
/// <see cref="UpdateStep.Screening"/> (the register against what changed) → <see cref="UpdateStep.Webhooks"/> (the outbox).
/// <c>vigil lists load</c>, <c>lists sync</c>, <c>customers import|screen|rescreen</c> and <c>serve --sync-every</c> all run it.
/// </summary>
/// <remarks>
/// A change that fails (a list that does not parse, a customer file with a bad row) throws before the store is touched,
/// and no later step runs: the previous version stays active. A sync source that fails is only reported; the sources that
/// loaded go on through the pipeline. Each step is durable on its own (a version, each screening batch with its outbox
/// rows), so a process killed between steps leaves work the next run picks up: <see cref="RegisterScreening.CatchUp"/>
/// resumes the job, the outbox is sent by the next delivery. <paramref name="profile"/> scores the snapshot and the
/// screening (null: the one <c>vigil.json</c> names, else the shipped profile), so a server started with
/// <c>Vigil:Profile</c> rescreens with the profile it searches with.
/// </remarks>
public sealed class UpdatePipeline(VigilHome home, TimeProvider time, ScoringProfile? profile = null)
{
    /// <summary>Called after each step with the result so far, so a front end can report it while the next step runs.</summary>
    public Action<UpdateStep, UpdateResult>? StepDone { get; init; }

    /// <summary>Called after each committed batch of the register screening with the job and its customers done so far.</summary>
    public Action<ScreeningJob, long>? Screened { get; init; }

    /// <summary>The share of the active version's entries a loaded or synced version may remove before it is held, in
    /// percent (<c>--max-removed</c>); null: <c>vigil.json</c>'s <c>lists.max_removed_percent</c>, default 5.</summary>
    public double? MaxRemovedPercent { get; init; }

    /// <summary>Loads <paramref name="path"/> as the new version of <paramref name="source"/>, then runs the other steps.</summary>
    /// <remarks>A version held for an operator (<see cref="Core.Lists.LoadReport.Held"/>) changes nothing, so no other step runs.</remarks>
    /// <exception cref="VigilException">The list cannot be loaded; nothing else ran and the active version is unchanged.</exception>
    public UpdateResult Load(string source, string path)
    {
        var load = new LoadList(home, time) { MaxRemovedPercent = MaxRemovedPercent }.Run(source, path);
        var result = Done(UpdateStep.Change, new UpdateResult { Load = load });
        if (load.Held) return result;
        // Even identical content confirms the snapshot: a missing or damaged one is rebuilt here rather than by the next search.
        return Wait(RestAsync(result, snapshot: true, screening => screening.CatchUp(), CancellationToken.None));
    }

    /// <summary>
    /// Activates held version <paramref name="number"/> of <paramref name="source"/> on <paramref name="by"/>'s word
    /// (audited), then runs the steps any new version does: snapshot, register screening, webhooks.
    /// </summary>
    /// <exception cref="VigilException">There is no such version, or it is not pending; nothing changed.</exception>
    public UpdateResult Accept(string source, int number, string by)
    {
        ListCatalog.ParserFor(source);
        var who = Who(by);
        Core.Lists.LoadReport accepted;
        using (var store = home.OpenStore())
        {
            try
            {
                accepted = store.Lists.Accept(source, number, who, time.GetUtcNow());
            }
            catch (ArgumentException ex)
            {
                throw new VigilException(ex.Message, ex);
            }
        }
        var result = Done(UpdateStep.Change, new UpdateResult { Load = accepted, Decision = new VersionDecision(accepted.Version, Accepted: true, who) });
        return Wait(RestAsync(result, snapshot: true, screening => screening.CatchUp(), CancellationToken.None));
    }

    /// <summary>Discards held version <paramref name="number"/> of <paramref name="source"/> on <paramref name="by"/>'s word (audited); nothing else runs.</summary>
    /// <exception cref="VigilException">There is no such version, or it is not pending; nothing changed.</exception>
    public UpdateResult Drop(string source, int number, string by)
    {
        ListCatalog.ParserFor(source);
        var who = Who(by);
        using var store = home.OpenStore();
        try
        {
            var dropped = store.Lists.Drop(source, number, who, time.GetUtcNow());
            return Done(UpdateStep.Change, new UpdateResult { Decision = new VersionDecision(dropped, Accepted: false, who) });
        }
        catch (ArgumentException ex)
        {
            throw new VigilException(ex.Message, ex);
        }
    }

    private static string Who(string by) =>
        string.IsNullOrWhiteSpace(by) ? throw new VigilException("who decides is not known; give --by NAME") : by.Trim();

    /// <summary>Syncs <paramref name="sources"/> (default: all) from their publishers, or from <paramref name="fromDirectory"/>, then the other steps.</summary>
    public UpdateResult Sync(IReadOnlyList<string>? sources = null, string? fromDirectory = null) =>
        Wait(SyncAsync(sources, fromDirectory, CancellationToken.None));

    /// <inheritdoc cref="Sync"/>
    public async Task<UpdateResult> SyncAsync(IReadOnlyList<string>? sources, string? fromDirectory, CancellationToken cancel)
    {
        var reports = await new ListSync(home, time) { MaxRemovedPercent = MaxRemovedPercent }.RunAsync(sources, fromDirectory, cancel).ConfigureAwait(false);
        var result = Done(UpdateStep.Change, new UpdateResult { Sources = reports });
        return await RestAsync(result, snapshot: result.ListsChanged, screening => screening.CatchUp(), cancel).ConfigureAwait(false);
    }

    /// <summary>Imports a customer file (new and changed customers by id), then screens them and sends the alerts' events.</summary>
    /// <exception cref="VigilException">The file has a bad row; nothing was imported.</exception>
    public UpdateResult ImportCustomers(string path, System.Text.Encoding? encoding = null)
    {
        var import = new CustomerRegister(home, time).Import(path, encoding);
        var result = Done(UpdateStep.Change, new UpdateResult { Import = import });
        return Wait(RestAsync(result, snapshot: false, screening => screening.CatchUp(), CancellationToken.None));
    }

    /// <summary>Brings the register up to date (an interrupted job, a list change, changed customers) and sends the events.</summary>
    public UpdateResult Rescreen() =>
        Wait(RestAsync(new UpdateResult(), snapshot: false, screening => screening.CatchUp(), CancellationToken.None));

    /// <summary>Screens every customer against every active entry and sends the events.</summary>
    /// <exception cref="VigilException">No list is loaded.</exception>
    public UpdateResult ScreenAll() =>
        Wait(RestAsync(new UpdateResult(), snapshot: false, screening => screening.Full(), CancellationToken.None));

    /// <summary>The steps after the change: snapshot (when asked), register screening, webhook delivery.</summary>
    private async Task<UpdateResult> RestAsync(
        UpdateResult result, bool snapshot, Func<RegisterScreening, IReadOnlyList<ScreeningJob>> screen, CancellationToken cancel)
    {
        if (snapshot)
        {
            var clock = Stopwatch.StartNew();
            // The parsed files are garbage by now; at a million entries they are gigabytes the index build would stack on.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            if (IndexLoader.Prepare(home, profile)) result = Done(UpdateStep.Snapshot, result with { Snapshot = clock.Elapsed });
        }
        cancel.ThrowIfCancellationRequested();

        var jobs = screen(new RegisterScreening(home, time, profile) { AfterBatch = Screened });
        result = Done(UpdateStep.Screening, result with { Jobs = jobs });

        // Every run drains what is due, so an event that failed earlier is retried by the next run after its backoff.
        var delivery = await new WebhookSender(home, time).DeliverAsync(cancel).ConfigureAwait(false);
        return Done(UpdateStep.Webhooks, result with { Webhooks = delivery });
    }

    private UpdateResult Done(UpdateStep step, UpdateResult result)
    {
        result = result with { Steps = [.. result.Steps, step] };
        StepDone?.Invoke(step, result);
        return result;
    }

    /// <summary>The synchronous entry points block on the asynchronous delivery (the CLI has no synchronisation context).</summary>
    private static UpdateResult Wait(Task<UpdateResult> run) => run.GetAwaiter().GetResult();
}
