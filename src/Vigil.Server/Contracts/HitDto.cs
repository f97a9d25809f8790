using Vigil.Core.Model;
using Vigil.Core.Screening;

namespace Vigil.Server.Contracts;

/// <summary>One match: the contract's <c>source</c>, <c>source_id</c>, <c>name</c> (the listed name that matched), <c>score</c>, plus context.</summary>
/// <param name="NameRole">Role of the matched name: primary, alias, weak_alias, former, ...</param>
/// <param name="PrimaryName">The entry's primary name (differs from <paramref name="Name"/> when an alias matched).</param>
/// <param name="Explanation">Why it scored what it did; only with <c>explain=true</c>.</param>
public sealed record HitDto(
    string Source, string SourceId, string Name, double Score, NameRole NameRole, EntityKind Kind, string PrimaryName,
    IReadOnlyList<string> Programs, ExplanationDto? Explanation)
{
    public static HitDto From(ScreeningHit hit) => new(
        hit.Entity.Source, hit.Entity.SourceId, hit.MatchedName, Round(hit.Score), hit.MatchedRole, hit.Entity.Kind, hit.Entity.Name,
        hit.Entity.Programs, hit.Explanation is { } e ? ExplanationDto.From(e, hit.MatchedRole) : null);

    internal static double Round(double v) => Math.Round(v, 4, MidpointRounding.AwayFromZero);
}
