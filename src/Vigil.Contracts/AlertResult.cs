using System.Text.Json;
using Vigil.Core.Alerts;

namespace Vigil.Contracts;

/// <summary>One alert, why it scored what it did (the shape of a hit's <c>explanation</c>), and its history of decisions,
/// oldest first: <c>vigil alerts show</c> and <c>GET /api/v1/alerts/{id}</c>.</summary>
/// <param name="Explanation">Absent when the alert was stored without one.</param>
/// <param name="PendingApproval">A closing decision proposed under four-eyes review and not yet approved or rejected.</param>
public sealed record AlertResult(Alert Alert, HitExplanation? Explanation, IReadOnlyList<AlertHistoryEntry> History, Approval? PendingApproval = null)
{
    /// <summary>The wire shape of an alert and its decisions.</summary>
    public static AlertResult From(AlertRecord alert, IReadOnlyList<AlertDecision> decisions, Approval? pending = null) =>
        new(Alert.From(alert), StoredExplanation(alert.ExplanationJson), [.. decisions.Select(AlertHistoryEntry.From)], pending);

    /// <summary>Reads an explanation as stored (<see cref="VigilJson.Explanation"/>); <c>{}</c> or nothing is no explanation.</summary>
    public static HitExplanation? StoredExplanation(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("matched_name", out _)) return null;
        return document.RootElement.Deserialize(VigilJsonContext.Default.HitExplanation)?.Normalized();
    }
}
