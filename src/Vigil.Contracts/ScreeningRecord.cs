using Vigil.Core.Screening;

namespace Vigil.Contracts;

/// <summary>The result of one screened record: a line of <c>vigil screen</c>'s output and an item of <c>POST /api/v1/screen</c>'s
/// results. Every input row gets one, in order; a row that could not be read has <c>error</c> and no matches.</summary>
/// <param name="Id">The caller's id, echoed back (default: the 1-based position).</param>
/// <param name="Matches">The hits, best first (empty for a row with an error).</param>
/// <param name="Error">What is wrong with the row, naming the column: <c>birth_date: '1962-13' is not a date ...</c>.</param>
/// <param name="Warning">A screened row whose name was changed before matching: <c>name: removed 1 invisible character
/// (U+202E right-to-left override) ...</c>; absent otherwise. Added after the first release; optional.</param>
public sealed record ScreeningRecord(string Id, IReadOnlyList<Hit> Matches, string? Error = null, string? Warning = null)
{
    /// <summary>A screened row, with the warning about its name when there is one.</summary>
    public static ScreeningRecord From(string id, IReadOnlyList<ScreeningHit> hits, string? warning = null) =>
        new(id, SearchResult.Hits(hits), Warning: warning);

    /// <summary>A row that could not be screened.</summary>
    public static ScreeningRecord Invalid(string id, string error) => new(id, [], error);
}
