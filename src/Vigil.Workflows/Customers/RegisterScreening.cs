using System.Reflection;
using Vigil.Workflows.Screening;
using Vigil.Core.Lists;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Store;

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
public sealed class RegisterScreening(VigilHome home, TimeProvider time)
{
    /// <summary>Hits kept per customer: every hit at or above the threshold, in practice (a customer rarely has more).</summary>
    public const int HitsPerCustomer = 100;

    /// <summary>The engine that raises alerts: the Core assembly's version.</summary>
    public static string EngineVersion { get; } = "vigil-core " +
        (typeof(Screener).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
         ?? typeof(Screener).Assembly.GetName().Version?.ToString() ?? "0");

    /// <summary>Customers per committed batch.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Called after each committed batch with the job and its customers done so far (progress; tests stop the process here).</summary>
    public Action<ScreeningJob, long>? AfterBatch { get; init; }

    private IndexLoader? _index;

    /// <summary>Brings the register up to date: resumes an interrupted job, screens a list change, then changed customers.</summary>
    public IReadOnlyList<ScreeningJob> CatchUp()
    {
        var jobs = new List<ScreeningJob>();
        using var database = home.OpenDatabase();
        var store = new ScreeningStore(database);
        var customers = new CustomerStore(database);
        if (customers.Counts().Total == 0) return jobs;
        var active = new ListVersionStore(database).ActiveVersions();
        if (active.Count == 0) return jobs;
        var key = string.Join(",", active.Select(v => $"{v.Source}:{v.Id}"));

        if (store.UnfinishedJob() is { } unfinished)
        {
            if (unfinished.ListKey == key) jobs.Add(RunJob(store, customers, unfinished, active));
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
            var job = store.StartJob(everything ? "full" : "lists", key, everything ? null : targets, removed, EngineVersion, time.GetUtcNow());
            jobs.Add(RunJob(store, customers, job, active));
        }

        if (customers.Counts().Pending > 0)
        {
            var job = store.StartJob("customers", key, null, [], EngineVersion, time.GetUtcNow());
            jobs.Add(RunJob(store, customers, job, active));
        }
        return jobs;
    }

    /// <summary>Screens every customer against every active entry (after finishing any interrupted job).</summary>
    public IReadOnlyList<ScreeningJob> Full()
    {
        var jobs = new List<ScreeningJob>(CatchUp());
        using var database = home.OpenDatabase();
        var active = new ListVersionStore(database).ActiveVersions();
        if (active.Count == 0)
            throw new VigilException($"no list is loaded in {home.Directory}; run 'vigil lists load SOURCE PATH' first");
        var store = new ScreeningStore(database);
        var key = string.Join(",", active.Select(v => $"{v.Source}:{v.Id}"));
        var job = store.StartJob("full", key, null, [], EngineVersion, time.GetUtcNow());
        jobs.Add(RunJob(store, new CustomerStore(database), job, active));
        return jobs;
    }

    private ScreeningJob RunJob(ScreeningStore store, CustomerStore customers, ScreeningJob job, IReadOnlyList<ListVersion> active)
    {
        var index = Index();
        if (index.Lists.Key != job.ListKey)
            throw new VigilException($"the active lists changed while screening ({job.ListKey} → {index.Lists.Key}); run the command again");
        var versionOf = index.Lists.Versions.ToDictionary(v => v.Source, v => v.Id, StringComparer.Ordinal);
        HashSet<SourceRef>? scope = null;
        if (job.Targets is { } targets)
        {
            scope = [];
            foreach (var t in targets) if (SourceRef.TryParse(t, out var r)) scope.Add(r);
        }
        var options = new SearchOptions(Top: HitsPerCustomer, Explain: true, EntityFilter: scope is null ? null : e => scope.Contains(e.Ref));
        var webhooks = VigilConfig.Load(home).Webhooks.Select(w => w.Url).ToList();
        var entityFp = new Dictionary<SourceRef, string>();
        var pendingOnly = job.Kind == "customers";
        var after = job.LastCustomer;
        var done = job.CustomersDone;
        // A job with no entry to look for still walks the register: it has nothing to raise, but nothing to skip either.
        var nothingToScreen = scope is { Count: 0 };
        while (true)
        {
            var batch = customers.Page(after, BatchSize, pendingOnly);
            if (batch.Count == 0) break;
            var results = new IReadOnlyList<ScreeningHit>[batch.Count];
            if (!nothingToScreen)
                Parallel.For(0, batch.Count, i =>
                    results[i] = CustomerFile.Query(batch[i].Record).TryCreate(out var query, out _) ? index.Screener.Search(query, options) : []);
            var outcomes = new List<CustomerOutcome>(batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                var hits = new List<AlertHit>();
                foreach (var hit in results[i] ?? [])
                {
                    if (!entityFp.TryGetValue(hit.Ref, out var fp)) entityFp[hit.Ref] = fp = Fingerprints.Entity(hit.Entity);
                    hits.Add(new AlertHit(hit.Entity.Source, hit.Entity.SourceId, hit.Score, hit.MatchedName,
                        ExplanationJson.Write(hit.Explanation), versionOf[hit.Entity.Source], fp));
                }
                var c = batch[i];
                outcomes.Add(new CustomerOutcome(c.Record.Id, c.Revision, c.Record.Fingerprint, hits));
            }
            store.ApplyBatch(job, outcomes, webhooks, time.GetUtcNow());
            done += batch.Count;
            after = batch[^1].Record.Id;
            AfterBatch?.Invoke(job, done);
        }

        var screened = job.Kind == "customers" ? null : active.ToDictionary(v => v.Source, v => v.Id, StringComparer.Ordinal);
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in job.Removed)
        {
            var source = r[..r.IndexOf(':', StringComparison.Ordinal)];
            reasons[r] = $"{r} was removed from {source} in version {(versionOf.TryGetValue(source, out var v) ? v : 0)}";
        }
        return store.FinishJob(job, screened, reasons, time.GetUtcNow());
    }

    private IndexLoader Index() => _index ??= IndexLoader.Load(home);
}
