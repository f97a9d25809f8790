namespace Vigil.Server.Contracts;

/// <summary>One result per record, in the order sent, and the list versions screened against.</summary>
public sealed record ScreenResponse(string ListVersions, IReadOnlyList<ScreenResult> Results);
