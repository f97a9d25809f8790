using Vigil.Core.Alerts;

namespace Vigil.Store;

/// <summary>Screening jobs over the customer register, the alerts they raise, reviewers' decisions and near misses.</summary>
/// <remarks>
/// <see cref="ApplyBatch"/> and <see cref="FinishJob"/> are each one transaction holding the alert changes, their
/// decisions, their audit entries, their outbox rows and the job's checkpoint, so a process killed at any point leaves
/// them consistent and a rerun resumes after the last committed customer. The alert rules are described on the SQLite
/// implementation's <c>AlertWriter</c>.
/// </remarks>
public interface IScreeningStore
{
    /// <summary>Who the engine's own state changes are attributed to.</summary>
    const string EngineReviewer = "vigil";

    /// <summary>The states a reviewer may set.</summary>
    static IReadOnlyList<string> DecisionStates { get; } = ["true_match", "false_positive", "escalated"];

    /// <summary>Per source, the list version the whole register was last screened against.</summary>
    IReadOnlyDictionary<string, long> ScreeningState();

    /// <summary>The job a killed process left unfinished, if any.</summary>
    ScreeningJob? UnfinishedJob();

    /// <summary>The most recent jobs, newest first.</summary>
    IReadOnlyList<ScreeningJob> Jobs(int count);

    /// <summary>Records (and audits) the start of a job, with the engine and the scoring profile (<c>name@version</c>) that will raise its alerts.</summary>
    ScreeningJob StartJob(string kind, string listKey, IReadOnlyCollection<string>? targets, IReadOnlyCollection<string> removed,
        string engineVersion, string profile, DateTimeOffset at);

    /// <summary>
    /// Applies one batch of customers' results in one transaction: raises, updates, re-opens and closes their alerts
    /// among the entries the job screened, queues webhook events for <paramref name="webhookUrls"/>, replaces near
    /// misses, marks fully screened customers, writes the batch's screening records (<paramref name="proofs"/>, sealed by
    /// one audit entry as <see cref="IScreeningLog.Append"/> does) and moves the job's checkpoint. An exception rolls all of it back.
    /// </summary>
    AlertCounts ApplyBatch(ScreeningJob job, IReadOnlyList<CustomerOutcome> outcomes, IReadOnlyList<string> webhookUrls, DateTimeOffset at,
        IReadOnlyList<ScreeningProof>? proofs = null);

    /// <summary>
    /// Finishes a job: closes the live alerts of entries the list change removed (reason recorded), records the versions
    /// the register is now screened against (<paramref name="screenedVersions"/>, null to leave them), and audits it.
    /// </summary>
    ScreeningJob FinishJob(ScreeningJob job, IReadOnlyDictionary<string, long>? screenedVersions, IReadOnlyDictionary<string, string> removedReasons, DateTimeOffset at);

    /// <summary>Marks an unfinished job as overtaken (the active lists or the profile changed before it could resume).</summary>
    void Supersede(ScreeningJob job, DateTimeOffset at);

    /// <summary>Per customer, the live alerts and near misses whose score must be re-checked when word rarities move (<c>source:id</c> → score).</summary>
    Dictionary<string, Dictionary<string, double>> Watched(IReadOnlyList<string> customerIds);

    /// <summary>Alerts in id order, optionally of one state and/or one customer; at most <paramref name="limit"/>.</summary>
    IReadOnlyList<AlertRecord> Alerts(string? state = null, string? customerId = null, int limit = int.MaxValue);

    /// <summary>One alert, or null.</summary>
    AlertRecord? Alert(long id);

    /// <summary>The state changes of an alert, oldest first.</summary>
    IReadOnlyList<AlertDecision> Decisions(long alertId);

    /// <summary>Records a reviewer's decision on a live alert, with the fingerprints it was about, and audits it.</summary>
    /// <param name="expectedState">
    /// The state the reviewer saw; when given, the decision is written only if the alert is still in it (checked and
    /// written atomically, so of two concurrent decisions on one alert exactly one wins). Null: decide whatever the state.
    /// </param>
    /// <exception cref="ArgumentException">Unknown alert, a closed alert (a conflict: nothing is written), or a state a reviewer may not set.</exception>
    /// <exception cref="AlertConflictException">The alert is no longer in <paramref name="expectedState"/>; nothing is written.</exception>
    AlertRecord Decide(long alertId, string state, string reviewer, string reason, DateTimeOffset at, string? expectedState = null);

    /// <summary>
    /// Records a proposal to close a live alert as <c>true_match</c> or <c>false_positive</c>, pending a second reviewer,
    /// and audits it (<c>alert.propose</c>); the alert's state is left as it is until the proposal is approved.
    /// </summary>
    /// <param name="expectedState">The state the proposer saw; when given, the proposal is recorded only if the alert is still in it.</param>
    /// <exception cref="ArgumentException">Unknown alert, a closed alert, an alert with a pending proposal (nothing is written), or another state.</exception>
    /// <exception cref="AlertConflictException">The alert is no longer in <paramref name="expectedState"/>; nothing is written.</exception>
    AlertProposal Propose(long alertId, string state, string proposer, string reason, DateTimeOffset at, string? expectedState = null);

    /// <summary>
    /// Approves (the proposed decision is applied as by <see cref="Decide"/>, attributed to the proposer and approved by
    /// <paramref name="reviewer"/>) or rejects the alert's pending proposal, and audits it (<c>alert.approve</c> or
    /// <c>alert.reject</c>), in one transaction.
    /// </summary>
    /// <exception cref="ArgumentException">Unknown alert, or no pending proposal on it, or the alert closed meanwhile.</exception>
    /// <param name="expectedState">The alert's state the reviewer saw; when given, the review is recorded only if the alert is still in it.</param>
    /// <exception cref="FourEyesException">The reviewer is the proposer.</exception>
    /// <exception cref="AlertConflictException">The alert is no longer in <paramref name="expectedState"/>; nothing is written.</exception>
    AlertProposal Review(long alertId, bool approve, string reviewer, string note, DateTimeOffset at, string? expectedState = null);

    /// <summary>Proposals in id order, optionally of one status (<c>pending</c>, ...) and/or one alert.</summary>
    IReadOnlyList<AlertProposal> Proposals(string? status = AlertProposal.Pending, long? alertId = null);
}
