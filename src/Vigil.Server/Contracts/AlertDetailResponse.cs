using System.Text.Json;

namespace Vigil.Server.Contracts;

/// <summary>One alert, why it scored what it did (matched name, aligned words, features: the shape of search's
/// <c>explanation</c>), and its history of decisions, oldest first.</summary>
public sealed record AlertDetailResponse(AlertDto Alert, JsonElement? Explanation, IReadOnlyList<AlertDecisionDto> History);
