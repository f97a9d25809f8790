using Vigil.Core.Matching;
using System.Reflection;
using Vigil.Core.Alerts;
using Vigil.Core.Lists;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Store;
using Vigil.Workflows.Screening;

namespace Vigil.Workflows.Customers;

/// <summary>
/// Keeps the customer register screened: after a list change, every customer against the entries added or changed
/// (alerts of removed entries closed); after an import, the new and changed customers against every entry; on request,
/// everything. Results are the same as a full rescreen: the filtered search scores against the whole index.
/// </summary>
/// <remarks>
/// Work is done in jobs of batches; each batch commits its alerts with the job's checkpoint, so a killed process leaves
/// a consistent store and <see cref="CatchUp"/> resumes after the last committed customer.
/// </remarks>
public sealed class RegisterScreening(VigilHome home, TimeProvider time, ScoringProfile? profile = null)
{
    /// <summary>Hits kept per customer: every hit at or above the threshold, in practice (a customer rarely has more).</summary>
    public const int HitsPerCustomer = 100;

    /// <summary>The engine that raises alerts: the Core assembly's version.</summary>
    public static string EngineVersion { get; } = "vigil-core " +
        (typeof(Screener).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
         ?? typeof(Screener).Assembly.GetName().Version?.ToString() ?? "0");

    /// <summary>
    /// Pairs scoring within this much below the threshold are kept as near misses and re-scored after a list change,
    /// with the live alerts: a new list version moves word rarities, so a score can cross the threshold although
    /// neither the customer nor the entry changed. If a re-scored pair moves by more than half the margin, the margin
    /// is not trusted and the list change is followed by a full rescreen (<see cref="MaxDrift"/>).
    /// </summary>
    public const double NearMissMargin = 0.05;

    /// <summary>The largest score change seen on a re-scored pair in this instance's jobs.</summary>
    public double MaxDrift { get; private set; }

    /// <summary>Customers per committed batch.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Called after each committed batch with the job and its customers done so far (progress; tests stop the process here).</summary>
    public Action<ScreeningJob, long>? AfterBatch { get; init; }

    private IndexLoader? _index;

    /// <summary>Brings the register up to date: resumes an interrupted job, screens a list change, then changed customers.</summary>
    public IReadOnlyList<ScreeningJob> CatchUp()
    {
        var jobs = new List<ScreeningJob>();
        using var vigil = home.OpenStore();
        var store = vigil.Screening;
        var customers = vigil.Customers;
        if (customers.Counts().Total == 0) return jobs;
        var active = vigil.Lists.ActiveVersions();
        if (active.Count == 0) return jobs;
        var key = string.Join(",", active.Select(v => $"{v.Source}:{v.Id}"));

        if (store.UnfinishedJob() is { } unfinished)
        {
            // A job is defined by the lists and the profile it screens with; if either changed, a new job starts over.
            if (unfinished.ListKey == key && unfinished.Profile == Profile()) jobs.Add(RunJob(store, customers, unfinished, active));
            else store.Supersede(unfinished, time.GetUtcNow());
        }

        var state = store.ScreeningState();
        if (active.Any(v => !state.TryGetValue(v.Source, out var s) || s != v.Id))
        {
            var targets = new HashSet<string>(StringComparer.Ordinal);
            var removed = new HashSet<string>(StringComparer.Ordinal);
            var everything = true;
            var catalog = new ListCatalog(home);
            foreach (var version in active)
            {
                if (!state.TryGetValue(version.Source, out var from))
                {
                    foreach (var e in Index().Lists.Entities.Where(e => e.Source == version.Source)) targets.Add(e.Ref.ToString());
                    continue;
                }
                everything = false;
                if (from == version.Id) continue;
                var change = catalog.Diff(version.Source, from, version.Id).Change;
                foreach (var a in change.Added) targets.Add($"{version.Source}:{a.SourceId}");
                foreach (var c in change.Changed) targets.Add($"{version.Source}:{c.SourceId}");
                foreach (var r in change.Removed) removed.Add($"{version.Source}:{r.SourceId}");
            }
            var job = store.StartJob(everything ? "full" : "lists", key, everything ? null : targets, removed, EngineVersion, Profile(), time.GetUtcNow());
            jobs.Add(RunJob(store, customers, job, active));
            if (MaxDrift > NearMissMargin / 2)
                jobs.Add(RunJob(store, customers, store.StartJob("full", key, null, [], EngineVersion, Profile(), time.GetUtcNow()), active));
        }

        if (customers.Counts().Pending > 0)
        {
            var job = store.StartJob("customers", key, null, [], EngineVersion, Profile(), time.GetUtcNow());
            jobs.Add(RunJob(store, customers, job, active));
        }
        return jobs;
    }

    /// <summary>Screens every customer against every active entry (after finishing any interrupted job).</summary>
    public IReadOnlyList<ScreeningJob> Full()
    {
        var jobs = new List<ScreeningJob>(CatchUp());
        using var vigil = home.OpenStore();
        var active = vigil.Lists.ActiveVersions();
        if (active.Count == 0)
            throw new VigilException($"no list is loaded in {home.Directory}; run 'vigil lists load SOURCE PATH' first");
        var store = vigil.Screening;
        var key = string.Join(",", active.Select(v => $"{v.Source}:{v.Id}"));
        var job = store.StartJob("full", key, null, [], EngineVersion, Profile(), time.GetUtcNow());
        jobs.Add(RunJob(store, vigil.Customers, job, active));
        return jobs;
    }

    private ScreeningJob RunJob(IScreeningStore store, ICustomerStore customers, ScreeningJob job, IReadOnlyList<ListVersion> active)
    {
        var index = Index();
        if (index.Lists.Key != job.ListKey)
            throw new VigilException($"the active lists changed while screening ({job.ListKey} → {index.Lists.Key}); run the command again");
        if (index.Screener.Index.Profile.Id != job.Profile)
            throw new VigilException($"job {job.Id} was started with profile {job.Profile}, the index scores with {index.Screener.Index.Profile.Id}; run the command again");
        var scope = JobScope.Of(index, job, NearMissMargin);
        var webhooks = VigilConfig.Load(home).Webhooks.Select(w => w.Url).ToList();
        var pendingOnly = job.Kind == "customers";
        var after = job.LastCustomer;
        var done = job.CustomersDone;
        while (true)
        {
            var batch = customers.Page(after, BatchSize, pendingOnly);
            if (batch.Count == 0) break;
            store.ApplyBatch(job, ScreenBatch(store, scope, batch), webhooks, time.GetUtcNow());
            done += batch.Count;
            after = batch[^1].Record.Id;
            AfterBatch?.Invoke(job, done);
        }

        var screened = job.Kind == "customers" ? null : active.ToDictionary(v => v.Source, v => v.Id, StringComparer.Ordinal);
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in job.Removed)
        {
            var source = r[..r.IndexOf(':', StringComparison.Ordinal)];
            reasons[r] = $"{r} was removed from {source} in version {(scope.VersionOf.TryGetValue(source, out var v) ? v : 0)}";
        }
        return store.FinishJob(job, screened, reasons, time.GetUtcNow());
    }

    /// <summary>Screens one batch of customers and turns each result into the outcome the store applies.</summary>
    private List<CustomerOutcome> ScreenBatch(IScreeningStore store, JobScope scope, IReadOnlyList<StoredCustomer> batch)
    {
        // A list change: each customer against the added and changed entries, plus the pairs whose score may have
        // crossed the threshold because word rarities moved (its live alerts and near misses on unchanged entries).
        var watchedRefs = new HashSet<SourceRef>?[batch.Count];
        var previous = new Dictionary<string, double>?[batch.Count];
        if (scope.Targets is not null)
        {
            var watched = store.Watched([.. batch.Select(c => c.Record.Id)]);
            for (var i = 0; i < batch.Count; i++)
            {
                watchedRefs[i] = [];
                if (!watched.TryGetValue(batch[i].Record.Id, out var entries)) continue;
                previous[i] = entries;
                foreach (var key in entries.Keys)
                    if (!scope.Removed.Contains(key) && SourceRef.TryParse(key, out var r)) watchedRefs[i]!.Add(r);
            }
        }
        var results = new IReadOnlyList<ScreeningHit>[batch.Count];
        Parallel.For(0, batch.Count, i =>
        {
            var extra = watchedRefs[i];
            if (!CustomerFile.Query(batch[i].Record).TryCreate(out var query, out _) || (extra is { Count: 0 } && scope.TargetRefs!.Count == 0))
            {
                results[i] = [];
                return;
            }
            var options = new SearchOptions(Top: HitsPerCustomer, MinScore: scope.Floor, Explain: true,
                EntityFilter: extra is null ? null : e => scope.TargetRefs!.Contains(e.Ref) || extra.Contains(e.Ref));
            results[i] = scope.Index.Screener.Search(query, options);
        });
        var outcomes = new List<CustomerOutcome>(batch.Count);
        for (var i = 0; i < batch.Count; i++) outcomes.Add(Outcome(scope, batch[i], results[i], previous[i], watchedRefs[i]));
        return outcomes;
    }

    /// <summary>One customer's hits as alerts (at or above the threshold) and near misses, with the drift of watched pairs.</summary>
    private CustomerOutcome Outcome(
        JobScope scope, StoredCustomer customer, IReadOnlyList<ScreeningHit> results, Dictionary<string, double>? previous, HashSet<SourceRef>? watchedHere)
    {
        var hits = new List<AlertHit>();
        var near = new List<(string, double)>();
        foreach (var hit in results)
        {
            var key = hit.Ref.ToString();
            if (previous is not null && previous.TryGetValue(key, out var was)) MaxDrift = Math.Max(MaxDrift, Math.Abs(hit.Score - was));
            if (hit.Score < scope.Threshold)
            {
                near.Add((key, hit.Score));
                continue;
            }
            if (!scope.EntityFingerprints.TryGetValue(hit.Ref, out var fp)) scope.EntityFingerprints[hit.Ref] = fp = Fingerprints.Entity(hit.Entity);
            hits.Add(new AlertHit(hit.Entity.Source, hit.Entity.SourceId, hit.Score, hit.MatchedName,
                ExplanationJson.Write(hit.Explanation), scope.VersionOf[hit.Entity.Source], fp));
        }
        if (previous is not null)
        {
            // A watched pair that fell below the floor moved by at least this much.
            var returned = results.Select(h => h.Ref.ToString()).ToHashSet(StringComparer.Ordinal);
            foreach (var (key, was) in previous)
                if (!returned.Contains(key) && !scope.Removed.Contains(key)) MaxDrift = Math.Max(MaxDrift, was - scope.Floor);
        }
        var targets = scope.Targets;
        Func<string, bool>? inScope = watchedHere is null
            ? null
            : key => targets!.Contains(key) || (SourceRef.TryParse(key, out var r) && watchedHere.Contains(r));
        return new CustomerOutcome(customer.Record.Id, customer.Revision, customer.Record.Fingerprint, hits, near, inScope);
    }

    /// <summary>What every batch of one job shares: the index, the threshold and near-miss floor, the entries in scope.</summary>
    private sealed record JobScope(
        IndexLoader Index, double Threshold, double Floor, HashSet<string>? Targets, HashSet<string> Removed, HashSet<SourceRef>? TargetRefs,
        Dictionary<string, long> VersionOf, Dictionary<SourceRef, string> EntityFingerprints)
    {
        public static JobScope Of(IndexLoader index, ScreeningJob job, double nearMissMargin)
        {
            var threshold = index.Screener.Index.Profile.AlertThreshold;
            var targets = job.Targets is null ? null : new HashSet<string>(job.Targets, StringComparer.Ordinal);
            HashSet<SourceRef>? targetRefs = null;
            if (targets is not null)
            {
                targetRefs = [];
                foreach (var t in targets) if (SourceRef.TryParse(t, out var r)) targetRefs.Add(r);
            }
            return new JobScope(index, threshold, threshold - nearMissMargin, targets, new HashSet<string>(job.Removed, StringComparer.Ordinal),
                targetRefs, index.Lists.Versions.ToDictionary(v => v.Source, v => v.Id, StringComparer.Ordinal), []);
        }
    }

    private IndexLoader Index() => _index ??= IndexLoader.Load(home, profile);

    /// <summary>The scoring profile (<c>name@version</c>) of the index: what the jobs and alerts record.</summary>
    private string Profile() => Index().Screener.Index.Profile.Id;
}
