using Vigil.Core.Screening;

namespace Vigil.Contracts;

/// <summary>One match: the contract's <c>source</c>, <c>source_id</c>, <c>name</c> (the listed name that matched) and
/// <c>score</c>, then context: the name's role, the entry's kind, primary name and programs, and the scoring profile.</summary>
/// <param name="NameRole">Role of the matched name: primary, alias, weak_alias, former, now_known_as, original_script.</param>
/// <param name="Kind">person, organization, vessel, aircraft or unknown.</param>
/// <param name="PrimaryName">The entry's primary name (differs from <paramref name="Name"/> when an alias matched).</param>
/// <param name="Profile">The scoring profile that scored it, <c>name@version</c> (e.g. <c>default@1</c>).</param>
/// <param name="Explanation">Why it scored what it did; only when asked (<c>--explain</c>, <c>explain=true</c>).</param>
/// <param name="ListVersion">The version of the source screened against, numbered within the source as <c>vigil lists</c>
/// shows it (<c>3</c>); added after the first release, absent when unknown.</param>
/// <param name="ListVersionId">The same version's id, as in <c>list_versions</c> (<c>ofac-sdn:12</c>) and an alert's
/// <c>list_version_id</c>; added after the first release, absent when unknown.</param>
/// <param name="Party">The party the listing belongs to across lists (<c>P-</c> and 10 hex digits); listings of one party share it.</param>
/// <param name="Via">Only on a listing reported because another listing of its party matched: that listing (<c>un:QDi.001</c>);
/// <paramref name="Name"/> and <paramref name="Score"/> are then that listing's (the party's score).</param>
/// <param name="ViaReason">With <paramref name="Via"/>: why the two listings are one party (<c>un-ref QDi.001</c>).</param>
public sealed record Hit(
    string Source, string SourceId, string Name, double Score, string NameRole, string Kind, string PrimaryName,
    IReadOnlyList<string> Programs, string Profile, HitExplanation? Explanation, int? ListVersion = null, long? ListVersionId = null,
    string? Party = null, string? Via = null, string? ViaReason = null)
{
    /// <summary>The wire shape of a screening hit; the explanation is written when the hit carries one.</summary>
    public static Hit From(ScreeningHit hit) => new(
        hit.Entity.Source, hit.Entity.SourceId, hit.MatchedName, Wire.Round(hit.Score), Wire.Name(hit.MatchedRole), Wire.Name(hit.Entity.Kind),
        hit.Entity.Name, hit.Entity.Programs, hit.Profile.Id, hit.Explanation is { } e ? HitExplanation.From(e, hit.MatchedRole) : null,
        hit.Version?.Number, hit.Version?.Id, hit.Party, hit.Via?.ToString(), hit.ViaReason);
}
