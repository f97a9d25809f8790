using Vigil.Workflows.Pipeline;

namespace Vigil.Workflows.Sync;

/// <summary>What one round of <see cref="SyncScheduler"/> did: the pipeline's result, or the error that ended it early.</summary>
/// <param name="Result">Every step of the round; null when it ended early.</param>
/// <param name="Error">What ended the round early (an unreadable <c>vigil.json</c>, a store that cannot be opened); null when it finished.</param>
public sealed record SyncRound(UpdateResult? Result, Exception? Error);
