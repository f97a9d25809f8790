namespace Vigil.Workflows.Pipeline;

/// <summary>The steps of <see cref="UpdatePipeline"/>, in the order they run.</summary>
public enum UpdateStep
{
    /// <summary>What started the run: a list version loaded, the sources synced, or customers imported.</summary>
    Change,

    /// <summary>The screening index of the active lists built and its snapshot written (only after a list load or sync).</summary>
    Snapshot,

    /// <summary>The customer register screened against what changed (or in full, when asked).</summary>
    Screening,

    /// <summary>The due events of the webhook outbox sent.</summary>
    Webhooks,
}
