using Vigil.Core.FreeText;
using Vigil.Workflows.Text;

namespace Vigil.Server.Contracts;

/// <summary>
/// One mention, in the shape of <c>vigil text</c>: <c>start</c>/<c>end</c> (UTF-16 offsets, end exclusive), the exact
/// <c>text</c>, <c>source</c>, <c>source_id</c>, the listed <c>name</c>, <c>score</c>, and <c>field</c> for a payment message.
/// </summary>
/// <param name="Field">The MT field tag (59, 50K, 70) or pacs.008 element (Cdtr, RmtInf); absent for prose.</param>
/// <param name="Rule">How it was found (name, distinctive_word, titled_surname, repeated_surname); only with <c>explain</c>.</param>
/// <param name="Explanation">Why it scored what it did; only with <c>explain</c>.</param>
public sealed record MentionDto(
    int Start, int End, string Text, string Source, string SourceId, string Name, double Score, string? Field,
    MentionRule? Rule, ExplanationDto? Explanation)
{
    public static MentionDto From(TextHit hit, bool explain)
    {
        var m = hit.Mention;
        return new(m.Start, m.End, m.Text, m.Hit.Entity.Source, m.Hit.Entity.SourceId, m.Hit.MatchedName, HitDto.Round(m.Hit.Score), hit.Field,
            explain ? m.Rule : null,
            explain && m.Hit.Explanation is { } e ? ExplanationDto.From(e, m.Hit.MatchedRole) : null);
    }
}
