using Vigil.Core.Alerts;
using Vigil.Core.Lists;
using Vigil.Workflows.Customers;
using Vigil.Workflows.Sync;
using Vigil.Workflows.Webhooks;

namespace Vigil.Workflows.Pipeline;

/// <summary>What one run of <see cref="UpdatePipeline"/> did, step by step (the CLI prints it, the server logs it).</summary>
public sealed record UpdateResult
{
    /// <summary>The steps that ran, in order; a step missing here did not run.</summary>
    public IReadOnlyList<UpdateStep> Steps { get; init; } = [];

    /// <summary>The version <c>lists load</c> made active, found identical to the active one, or held
    /// (<see cref="LoadReport.Held"/>); the version <c>lists accept</c> activated; null for other runs.</summary>
    public LoadReport? Load { get; init; }

    /// <summary>What <c>lists accept</c> or <c>lists drop</c> decided; null for other runs.</summary>
    public VersionDecision? Decision { get; init; }

    /// <summary>What <c>lists sync</c> did per source (a failed source keeps its active version); empty for other runs.</summary>
    public IReadOnlyList<SourceSyncReport> Sources { get; init; } = [];

    /// <summary>The customers <c>customers import</c> saved; null for other runs.</summary>
    public CustomerImportReport? Import { get; init; }

    /// <summary>How long building (or confirming) the index snapshot took; null when that step did not run.</summary>
    public TimeSpan? Snapshot { get; init; }

    /// <summary>The register screening jobs run (resumed, list change, changed customers, full), in order.</summary>
    public IReadOnlyList<ScreeningJob> Jobs { get; init; } = [];

    /// <summary>What sending the due webhook events did; null when that step did not run.</summary>
    public WebhookDeliveryReport? Webhooks { get; init; }

    /// <summary>True when a source of a sync failed (its active version stayed).</summary>
    public bool AnySourceFailed => Sources.Any(s => s.Status == SyncStatus.Failed);

    /// <summary>True when a source's new version was held for an operator rather than activated.</summary>
    public bool AnyHeld => Load is { Held: true } || Sources.Any(s => s.Status == SyncStatus.Held);

    /// <summary>True when a new list version became active.</summary>
    public bool ListsChanged => Load is { Unchanged: false, Held: false } || Sources.Any(s => s.Status == SyncStatus.Loaded);
}

/// <summary>An operator's decision on a held list version.</summary>
/// <param name="Version">The version as it is after the decision (active, or dropped).</param>
/// <param name="Accepted">True for <c>lists accept</c>, false for <c>lists drop</c>.</param>
/// <param name="By">Who decided (recorded in the audit log).</param>
public sealed record VersionDecision(ListVersion Version, bool Accepted, string By);
