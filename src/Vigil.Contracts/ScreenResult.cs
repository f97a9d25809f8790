namespace Vigil.Contracts;

/// <summary>One result per record, in the order sent, and the list versions screened against (<c>POST /api/v1/screen</c>).</summary>
public sealed record ScreenResult(string ListVersions, IReadOnlyList<ScreeningRecord> Results);
