namespace Vigil.Core.Alerts;

/// <summary>A screening of the customer register, as recorded in <c>screening_jobs</c>.</summary>
/// <param name="Kind"><c>full</c>, <c>lists</c> (the entries a list change added or changed) or <c>customers</c> (changed customers).</param>
/// <param name="ListKey">The active versions screened against (<c>ofac-sdn:3,un:4</c>).</param>
/// <param name="Targets">The entries (<c>source:id</c>) screened against; null = every active entry.</param>
/// <param name="Removed">Entries a list change removed; their live alerts are closed when the job finishes.</param>
/// <param name="LastCustomer">The last customer whose batch committed; a resumed job continues after it.</param>
/// <param name="Profile">The scoring profile (<c>name@version</c>, <c>ScoringProfile.Id</c>) its alerts are raised with.</param>
public sealed record ScreeningJob(
    long Id, string Kind, string ListKey, IReadOnlyList<string>? Targets, IReadOnlyList<string> Removed, string EngineVersion,
    string? LastCustomer, long CustomersDone, long Raised, long Reopened, long Closed, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt,
    string Profile = "");

/// <summary>A listed entry a customer matched at or above the alert threshold.</summary>
/// <param name="EntityFingerprint">SHA-256 of the entry's fields that matter (names, dates, identifiers, countries); for a
/// party of several listings, of all of theirs.</param>
/// <param name="Party">The party id of the listing (<c>Vigil.Core.Parties.Party.Id</c>), when known.</param>
/// <param name="Listings">Every listing of the party the customer matched (<c>source:id</c>, best first, this one first);
/// null: this listing alone.</param>
public sealed record AlertHit(
    string Source, string SourceId, double Score, string MatchedName, string ExplanationJson, long ListVersionId, string EntityFingerprint,
    string? Party = null, IReadOnlyList<string>? Listings = null)
{
    public string Key => Source + ":" + SourceId;

    /// <summary>The listings the alert names: <see cref="Listings"/>, or this one alone.</summary>
    public IReadOnlyList<string> AllListings => Listings ?? [Key];
}

/// <summary>One customer's screening result among the entries screened (<paramref name="InScope"/>; null = every entry).</summary>
/// <param name="Hits">Every hit at or above the alert threshold.</param>
/// <param name="NearMisses">Entries (<c>source:id</c>) that scored just below the threshold, with the score.</param>
/// <param name="InScope">Whether an entry (<c>source:id</c>) was screened against; live alerts and near misses outside it are left alone.</param>
public sealed record CustomerOutcome(
    string CustomerId, long Revision, string CustomerFingerprint, IReadOnlyList<AlertHit> Hits,
    IReadOnlyList<(string Key, double Score)> NearMisses, Func<string, bool>? InScope);

/// <summary>What a batch or a job did to the alerts.</summary>
/// <param name="Reapplied">New matches that an earlier false-positive decision on the same unchanged customer and entry covers.</param>
public sealed record AlertCounts(int Raised, int Reopened, int Closed, int Reapplied)
{
    public static AlertCounts operator +(AlertCounts a, AlertCounts b) =>
        new(a.Raised + b.Raised, a.Reopened + b.Reopened, a.Closed + b.Closed, a.Reapplied + b.Reapplied);
}

/// <summary>An alert: a customer, a listed entry, the score and why, the list version, engine and profile that raised it, and its state.</summary>
/// <param name="Profile">The scoring profile (<c>name@version</c>) of the job that last raised or refreshed it.</param>
/// <param name="Party">The party id of the listings it names; null for alerts raised before parties.</param>
/// <param name="Listings">Every listing of the party it names (<c>source:id</c>, best first); empty: its own listing alone.</param>
public sealed record AlertRecord(
    long Id, string CustomerId, string CustomerName, string Source, string SourceId, double Score, string MatchedName, string ExplanationJson,
    long ListVersionId, string EngineVersion, long JobId, string State, DateTimeOffset RaisedAt, DateTimeOffset UpdatedAt, string? ClosedReason,
    string Profile = "", string? Party = null, IReadOnlyList<string>? Listings = null);

/// <summary>A change of an alert's state: by a reviewer, or by <c>vigil</c> (re-applied, re-opened, closed).</summary>
public sealed record AlertDecision(long Id, long AlertId, string State, string Reviewer, DateTimeOffset At, string Reason);

/// <summary>One pending POST of the webhook outbox.</summary>
public sealed record OutboxItem(long Id, string Url, string Event, string Payload, int Attempts);
