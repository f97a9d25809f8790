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
/// Keeps the customer register screened: after a list or profile change, every customer against everything, or — where
/// that is provably the same (<see cref="RescreenPlan"/>: only index-neutral fields of some entries changed) — against
/// the changed entries only; alerts of removed entries are closed with the reason; after an import, the new and changed
/// customers against every entry; on request, everything. Results are the same as a full rescreen.
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
    /// Pairs scoring within this much below the threshold are kept as near misses and re-scored, with the live alerts,
    /// by the delta path. No margin makes a delta safe when word rarities move (a new source moved a score from 0.30 to
    /// 0.80), so the delta path runs only when they cannot move (<see cref="RescreenPlan"/>); the re-scored pairs then
    /// check that premise: any move on an unchanged entry (<see cref="MaxDrift"/>) is followed by a full rescreen.
    /// </summary>
    public const double NearMissMargin = 0.05;

    /// <summary>The largest score change seen on a re-scored pair of an unchanged entry in this instance's delta jobs (0 when the premise holds).</summary>
    public double MaxDrift { get; private set; }

    /// <summary>Why the last <see cref="CatchUp"/> rescreened everything after a list or profile change (null: it did not,
    /// or it took the delta path).</summary>
    public string? FullRescreenReason { get; private set; }

    /// <summary>Customers per committed batch.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Called after each committed batch with the job and its customers done so far (progress; tests stop the process here).</summary>
    public Action<ScreeningJob, long>? AfterBatch { get; init; }

    private IndexLoader? _index;
    private readonly Audit.ScreeningRecorder _recorder = new(home, time);

    /// <summary>The customer as a screening record hashes it: the query it is screened as, or its raw name when that is not a valid query.</summary>
    private static string CanonicalInput(CustomerRecord record) =>
        CustomerFile.Query(record).TryCreate(out var query, out _) ? Audit.ScreeningRecorder.Canonical(query) : Audit.ScreeningRecorder.Canonical(new ScreeningQuery(record.Name));

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

        var superseded = false;
        var unfinishedJob = store.UnfinishedJob();
        if (unfinishedJob is { } distributed && vigil.Chunks.Chunks(distributed.Id).Count > 0)
        {
            // A job cut into chunks belongs to the workers (vigil worker): while its lists are active it is left to them
            // (screening anything now would duplicate it); once they changed, it is overtaken like any other.
            if (distributed.ListKey == key && distributed.Profile == Profile()) return jobs;
            store.Supersede(distributed, time.GetUtcNow());
            superseded = true;
        }
        else if (unfinishedJob is { } unfinished)
        {
            // A job is defined by the lists and the profile it screens with; if either changed, a new job starts over.
            if (unfinished.ListKey == key && unfinished.Profile == Profile()) jobs.Add(RunJob(store, customers, unfinished, active));
            else
            {
                store.Supersede(unfinished, time.GetUtcNow());
                superseded = true;
            }
        }

        var plan = RescreenPlan.Of(store, new ListCatalog(home), active, Profile(), superseded);
        if (plan is not null)
        {
            FullRescreenReason = plan.Reason;
            var job = store.StartJob(plan.Kind, key, plan.Targets, plan.Removed, EngineVersion, Profile(), time.GetUtcNow());
            jobs.Add(RunJob(store, customers, job, active));
            // The delta path rests on every unchanged pair scoring exactly as before (see RescreenPlan); a watched pair
            // whose score moved anyway means that premise failed, and a full rescreen puts the register right.
            if (MaxDrift > 0)
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
            var outcomes = ScreenBatch(store, scope, batch);
            // Proof of screening, one record per customer, committed with the batch's alerts and checkpoint.
            var proofs = _recorder.Proofs(IScreeningStore.EngineReviewer, "job." + job.Kind, active, job.Profile, [.. batch.Select((c, i) => new Audit.ScreenedItem(
                c.Record.Id, CanonicalInput(c.Record), outcomes[i].Hits.Count + outcomes[i].NearMisses.Count, outcomes[i].Hits.Count))]);
            store.ApplyBatch(job, outcomes, webhooks, time.GetUtcNow(), proofs);
            done += batch.Count;
            after = batch[^1].Record.Id;
            AfterBatch?.Invoke(job, done);
        }

        var (screened, reasons) = FinishArguments(job, active, scope.VersionOf);
        return store.FinishJob(job, screened, reasons, time.GetUtcNow());
    }

    /// <summary>What finishing a job records: the versions the register is then screened against (null for a
    /// <c>customers</c> job) and, per removed entry, the reason its alerts are closed.</summary>
    private static (Dictionary<string, long>? Screened, Dictionary<string, string> Reasons) FinishArguments(
        ScreeningJob job, IReadOnlyList<ListVersion> active, Dictionary<string, long> versionOf)
    {
        var screened = job.Kind == "customers" ? null : active.ToDictionary(v => v.Source, v => v.Id, StringComparer.Ordinal);
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in job.Removed)
        {
            var source = r[..r.IndexOf(':', StringComparison.Ordinal)];
            reasons[r] = $"{r} was removed from {source} in version {(versionOf.TryGetValue(source, out var v) ? v : 0)}";
        }
        return (screened, reasons);
    }

    /// <summary>The list key (<c>ofac-sdn:3,un:4</c>) of the index this instance screens with (loaded on first use).</summary>
    internal string IndexKey => Index().Lists.Key;

    /// <summary>The scoring profile (<c>name@version</c>) this instance screens with.</summary>
    internal string ProfileId => Profile();

    /// <summary>
    /// Screens one chunk of a job's customers exactly as a batch of <see cref="RunJob"/> is screened (same scope, same
    /// outcomes, same screening records) without writing anything: the distributed path (<c>vigil worker</c>) commits the
    /// result with the chunk's done mark. Returns the largest drift of a watched pair seen in the chunk (delta jobs).
    /// </summary>
    /// <exception cref="VigilException">The index screens with other lists or another profile than the job.</exception>
    internal (List<CustomerOutcome> Outcomes, IReadOnlyList<ScreeningProof> Proofs, double MaxDrift) ScreenChunk(
        IScreeningStore store, ScreeningJob job, IReadOnlyList<StoredCustomer> batch)
    {
        var index = Index();
        if (index.Lists.Key != job.ListKey)
            throw new VigilException($"job {job.Id} screens {job.ListKey}, the index holds {index.Lists.Key}");
        if (index.Screener.Index.Profile.Id != job.Profile)
            throw new VigilException($"job {job.Id} was started with profile {job.Profile}, the index scores with {index.Screener.Index.Profile.Id}");
        var scope = JobScope.Of(index, job, NearMissMargin);
        var before = MaxDrift;
        MaxDrift = 0;
        var outcomes = ScreenBatch(store, scope, batch);
        var drift = MaxDrift;
        MaxDrift = Math.Max(before, drift);
        var proofs = _recorder.Proofs(IScreeningStore.EngineReviewer, "job." + job.Kind, index.Lists.Versions, job.Profile, [.. batch.Select((c, i) => new Audit.ScreenedItem(
            c.Record.Id, CanonicalInput(c.Record), outcomes[i].Hits.Count + outcomes[i].NearMisses.Count, outcomes[i].Hits.Count))]);
        return (outcomes, proofs, drift);
    }

    /// <summary>What finishing <paramref name="job"/> records, from this instance's index (see <see cref="FinishArguments(ScreeningJob, IReadOnlyList{ListVersion}, Dictionary{string, long})"/>).</summary>
    internal (Dictionary<string, long>? Screened, Dictionary<string, string> Reasons) FinishArguments(ScreeningJob job) =>
        FinishArguments(job, Index().Lists.Versions, Index().Lists.Versions.ToDictionary(v => v.Source, v => v.Id, StringComparer.Ordinal));

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
        var byParty = new Dictionary<string, List<ScreeningHit>>(StringComparer.Ordinal);
        var parties = new List<List<ScreeningHit>>();
        foreach (var hit in results)
        {
            var key = hit.Ref.ToString();
            if (previous is not null && !scope.Targets!.Contains(key) && previous.TryGetValue(key, out var was)) MaxDrift = Math.Max(MaxDrift, Math.Abs(hit.Score - was));
            if (hit.Score < scope.Threshold)
            {
                near.Add((key, hit.Score));
                continue;
            }
            // One alert per party: the hits come best first, so a party's first hit is the listing its alert is kept under.
            if (hit.Party is { } id && byParty.TryGetValue(id, out var group)) { group.Add(hit); continue; }
            parties.Add(group = [hit]);
            if (hit.Party is { } partyId) byParty[partyId] = group;
        }
        foreach (var party in parties)
        {
            var hit = party[0];
            var fp = party.Count == 1
                ? FingerprintOf(scope, hit)
                : Fingerprints.Party(party.Select(h => (h.Ref.ToString(), FingerprintOf(scope, h))));
            hits.Add(new AlertHit(hit.Entity.Source, hit.Entity.SourceId, hit.Score, hit.MatchedName,
                ExplanationJson.Write(hit.Explanation), scope.VersionOf[hit.Entity.Source], fp,
                hit.Party, party.Count == 1 ? null : [.. party.Select(h => h.Ref.ToString())]));
        }
        if (previous is not null)
        {
            // A watched pair that fell below the floor moved by at least this much.
            var returned = results.Select(h => h.Ref.ToString()).ToHashSet(StringComparer.Ordinal);
            foreach (var (key, was) in previous)
                if (!returned.Contains(key) && !scope.Removed.Contains(key) && !scope.Targets!.Contains(key)) MaxDrift = Math.Max(MaxDrift, was - scope.Floor);
        }
        var targets = scope.Targets;
        var removed = scope.Removed;
        // A full job leaves the alerts of removed entries to FinishJob, which closes them naming the version that removed them.
        Func<string, bool>? inScope = watchedHere is null
            ? (removed.Count == 0 ? null : key => !removed.Contains(key))
            : key => targets!.Contains(key) || (SourceRef.TryParse(key, out var r) && watchedHere.Contains(r));
        return new CustomerOutcome(customer.Record.Id, customer.Revision, customer.Record.Fingerprint, hits, near, inScope);
    }

    private static string FingerprintOf(JobScope scope, ScreeningHit hit)
    {
        if (!scope.EntityFingerprints.TryGetValue(hit.Ref, out var fp)) scope.EntityFingerprints[hit.Ref] = fp = Fingerprints.Entity(hit.Entity);
        return fp;
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
