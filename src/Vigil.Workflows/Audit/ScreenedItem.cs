namespace Vigil.Workflows.Audit;

/// <summary>One screened record or call, as a front end reports it to <see cref="ScreeningRecorder"/>.</summary>
/// <param name="Ref">The caller's record id or the customer id; null for a single search or a text.</param>
/// <param name="Input">The canonical input (<see cref="ScreeningRecorder.Canonical"/> for a query, the text itself for a text).</param>
/// <param name="Hits">Hits returned.</param>
/// <param name="Alerts">Hits at or above the alert threshold.</param>
public sealed record ScreenedItem(string? Ref, string Input, int Hits, int Alerts);
