namespace Vigil.Server.Contracts;

/// <summary>The matches of one record, as a line of <c>vigil screen</c>'s output.</summary>
public sealed record ScreenResult(string Id, IReadOnlyList<HitDto> Matches);
