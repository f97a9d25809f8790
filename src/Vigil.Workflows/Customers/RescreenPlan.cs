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
        IScreeningStore store, ListCatalog catalog, IReadOnlyList<ListVersion> active, string profile, string key, bool superseded)
    {
        var state = store.ScreeningState();
        var lastFull = LastFull(store, out var profiles);
        var sources = active.Select(v => v.Source).ToHashSet(StringComparer.Ordinal);
        var listsMoved = active.Any(v => !state.TryGetValue(v.Source, out var s) || s != v.Id);
        // The screening state keeps a source whose active version went away: that removal is handled once a full
        // rescreen has run against the lists without it.
        var dropped = state.Keys.Where(s => !sources.Contains(s)).Order(StringComparer.Ordinal).ToList();
        var droppedPending = dropped.Count > 0 && lastFull?.ListKey != key;
        var profileMoved = state.Count > 0 && profiles.Any(p => p != profile);
        if (!listsMoved && !droppedPending && !profileMoved && !superseded) return null;

        if (state.Count == 0) return Full("the register was never screened");
        if (superseded) return Full("an interrupted screening job was overtaken by a list or profile change");
        if (lastFull is null) return Full($"no full rescreen among the last {JobHistory} jobs");
        if (profileMoved) return Full($"the scoring profile changed to {profile} (jobs since the last full rescreen used {string.Join(", ", profiles.Distinct().Where(p => p != profile))})");
        if (droppedPending) return Full($"source {string.Join(", ", dropped)} is no longer active");
        // The newest job screened against the versions the state records; otherwise some work is unaccounted for.
        if (store.Jobs(1) is [var newest] && !Agrees(newest.ListKey, state))
            return Full($"the last job screened against {newest.ListKey}, the register is recorded against {string.Join(",", state.Select(s => $"{s.Key}:{s.Value}"))}");

        var targets = new HashSet<string>(StringComparer.Ordinal);
        var removed = new HashSet<string>(StringComparer.Ordinal);
        var added = active.Where(v => !state.ContainsKey(v.Source)).Select(v => v.Source).ToList();
        var reason = added.Count > 0 ? $"source {string.Join(", ", added)} was added: every word's rarity moves" : null;
        foreach (var version in active)
        {
            if (!state.TryGetValue(version.Source, out var from)) continue;
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

    /// <summary>Every <c>source:version</c> of a job's list key is the version the state records for that source.</summary>
    private static bool Agrees(string listKey, IReadOnlyDictionary<string, long> state)
    {
        foreach (var part in listKey.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.LastIndexOf(':');
            if (colon <= 0 || !long.TryParse(part.AsSpan(colon + 1), out var id) || !state.TryGetValue(part[..colon], out var s) || s != id) return false;
        }
        return true;
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
