namespace Vigil.Contracts;

/// <summary>Alerts in id order, at most <paramref name="Limit"/>; <paramref name="Truncated"/> when more match (narrow the
/// filter or raise <c>limit</c>, up to 1000).</summary>
public sealed record AlertPage(IReadOnlyList<Alert> Alerts, int Limit, bool Truncated);
