using Vigil.Core.Alerts;
using Vigil.Core.Lists;
using Vigil.Store;

namespace Vigil.Workflows.Customers;

/// <summary>
/// What a list or profile change needs screened so that the register ends with exactly the alerts of a full rescreen:
/// the added and changed entries only (the delta path), or everything.
/// </summary>
/// <remarks>
/// <para>
/// A pair's score reads the word rarities of the whole index (IDF, ln((N+1)/(df+1)) + 1 over every listed name), so
/// adding or removing one name anywhere moves every score a little, and adding a source (UN next to SDN) moves them a
/// lot: "GRUPO WISA, S.A." vs ofac-sdn:16275 went from 0.30 to 0.80. No margin below the threshold bounds that, and the
/// features (bonuses from a name floor, identifier lifts) make the score jump, so a near-miss band cannot be proved safe.
/// </para>
/// <para>
/// The delta path is therefore taken only where it is exact: the same sources, the same scoring profile as every job
/// since the last full rescreen, and list changes that add no entry, remove none and leave every name, kind, title,
/// vessel and aircraft as it was. Then the index's vocabulary, rarities, names and postings are the same as before, so
/// every pair of a customer and an unchanged entry scores bit for bit as it did, and only the changed entries need
/// screening. Anything else — a source added or removed, an entry added, removed or renamed, a profile change — is a
/// full rescreen.
/// </para>
/// </remarks>
/// <param name="Kind"><c>lists</c> (the delta path) or <c>full</c>.</param>
/// <param name="Targets">The changed entries (<c>source:id</c>) for the delta path; null for a full rescreen.</param>
/// <param name="Removed">Entries the list change removed: their live alerts are closed with that reason when the job finishes.</param>
/// <param name="Reason">Why a full rescreen was chosen (null for the delta path).</param>
internal sealed record RescreenPlan(string Kind, IReadOnlyCollection<string>? Targets, IReadOnlyCollection<string> Removed, string? Reason)
{
    /// <summary>Entry fields a change may touch while the index stays the same for every other entry: they are read per
    /// entry (features, fingerprints), never by the vocabulary, the rarities or the name table.</summary>
    internal const EntityFields IndexNeutral = EntityFields.Programs | EntityFields.Identifiers | EntityFields.Addresses
        | EntityFields.BirthDates | EntityFields.PlacesOfBirth | EntityFields.Nationalities | EntityFields.Citizenships
        | EntityFields.Gender | EntityFields.ListedOn | EntityFields.Remarks | EntityFields.Links | EntityFields.OtherInfo;

    /// <summary>Jobs read back when looking for the last full rescreen; an older one counts as not found (a full rescreen).</summary>
    private const int JobHistory = 500;

    /// <summary>
    /// The screening the register needs now, or null when it is screened against the active versions with this profile.
    /// </summary>
    /// <param name="superseded">An interrupted job was just overtaken: some customers were screened against lists or a
    /// profile the screening state does not record, so only a full rescreen is sure to put them right.</param>
    public static RescreenPlan? Of(
        IScreeningStore store, ListCatalog catalog, IReadOnlyList<ListVersion> active, string profile, bool superseded)
    {
        var state = store.ScreeningState();
        var lastFull = LastFull(store, out var profiles);
        var listsMoved = active.Any(v => !state.TryGetValue(v.Source, out var s) || s != v.Id);
        // The newest job's lists, as sources and versions: what the whole register was last screened against. The
        // screening state keeps a source whose version is no longer active; the newest job does not.
        var newestJob = store.Jobs(1) is [var j, ..] ? j : null;
        var newest = newestJob is null ? null : Parse(newestJob.ListKey);
        var sourcesMoved = newest is not null && !newest.Keys.ToHashSet(StringComparer.Ordinal).SetEquals(active.Select(v => v.Source));
        var profileMoved = state.Count > 0 && profiles.Any(p => p != profile);
        if (!listsMoved && !sourcesMoved && !profileMoved && !superseded) return null;

        if (state.Count == 0 || newest is null) return Full("the register was never screened");
        if (superseded) return Full("an interrupted screening job was overtaken by a list or profile change");
        if (lastFull is null) return Full($"no full rescreen among the last {JobHistory} jobs");
        if (profileMoved) return Full($"the scoring profile changed to {profile} (jobs since the last full rescreen used {string.Join(", ", profiles.Distinct().Where(p => p != profile))})");
        var dropped = newest.Keys.Where(s => active.All(v => v.Source != s)).ToList();
        if (dropped.Count > 0) return Full($"source {string.Join(", ", dropped)} is no longer active: every word's rarity moves");
        // The newest job screened against the versions the state records; otherwise some work is unaccounted for.
        if (newest.Any(kv => !state.TryGetValue(kv.Key, out var s) || s != kv.Value))
            return Full($"the last job screened against {newestJob!.ListKey}, the register is recorded against {string.Join(",", state.Select(s => $"{s.Key}:{s.Value}"))}");

        var targets = new HashSet<string>(StringComparer.Ordinal);
        var removed = new HashSet<string>(StringComparer.Ordinal);
        var added = active.Where(v => !newest.ContainsKey(v.Source)).Select(v => v.Source).ToList();
        var reason = added.Count > 0 ? $"source {string.Join(", ", added)} was added: every word's rarity moves" : null;
        foreach (var version in active)
        {
            if (!newest.TryGetValue(version.Source, out var from)) continue;
            if (from == version.Id) continue;
            var change = catalog.Diff(version.Source, from, version.Id).Change;
            foreach (var r in change.Removed) removed.Add($"{version.Source}:{r.SourceId}");
            foreach (var a in change.Added) targets.Add($"{version.Source}:{a.SourceId}");
            if (change.Added.Count > 0 || change.Removed.Count > 0)
                reason ??= $"{version.Source} {from} → {version.Id} added {change.Added.Count} and removed {change.Removed.Count} entries: every word's rarity moves";
            foreach (var c in change.Changed)
            {
                if ((c.Fields & ~IndexNeutral) != 0)
                    reason ??= $"{version.Source}:{c.SourceId} changed its {string.Join(", ", EntityFieldNames.Of(c.Fields & ~IndexNeutral))}: word rarities move";
                targets.Add($"{version.Source}:{c.SourceId}");
            }
        }
        // A full rescreen still names the removed entries, so their alerts close with that reason rather than "no longer matches".
        return reason is null ? new RescreenPlan("lists", targets, removed, null) : new RescreenPlan("full", null, removed, reason);

        static RescreenPlan Full(string reason) => new("full", null, [], reason);
    }

    /// <summary>A job's list key (<c>ofac-sdn:3,un:4</c>) as source → version; a part that does not parse is dropped.</summary>
    private static Dictionary<string, long> Parse(string listKey)
    {
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var part in listKey.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.LastIndexOf(':');
            if (colon > 0 && long.TryParse(part.AsSpan(colon + 1), out var id)) versions[part[..colon]] = id;
        }
        return versions;
    }

    /// <summary>The newest finished full rescreen, and the profiles of every job from it on (unfinished and superseded included).</summary>
    private static ScreeningJob? LastFull(IScreeningStore store, out List<string> profiles)
    {
        profiles = [];
        foreach (var job in store.Jobs(JobHistory))
        {
            profiles.Add(job.Profile);
            if (job.Kind == "full" && job.FinishedAt is not null && job.CustomersDone >= 0) return job;
        }
        return null;
    }
}
