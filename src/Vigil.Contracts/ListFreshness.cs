using System.Text.Json.Serialization;

namespace Vigil.Contracts;

/// <summary>How fresh one active list is, for the overview: its version, when it was published and loaded, and versions held.</summary>
/// <param name="Version">The active version's number within its source (as <c>vigil lists</c> shows it).</param>
/// <param name="VersionId">The active version's id.</param>
/// <param name="PublishedOn">The publication date the files carry (<c>YYYY-MM-DD</c>), null when they carry none.</param>
/// <param name="DaysSincePublication">Whole UTC days from the publication date to the overview's day; null without a date.</param>
/// <param name="DaysSinceLoad">Days (to a tenth) since the version was loaded.</param>
/// <param name="Entities">Entries in the active version.</param>
/// <param name="Held">Numbers of the versions held for an operator's decision (pending), oldest first.</param>
public sealed record ListFreshness(
    string Source, int Version, long VersionId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? PublishedOn,
    DateTimeOffset LoadedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? DaysSincePublication,
    double DaysSinceLoad, long Entities, IReadOnlyList<int> Held);
