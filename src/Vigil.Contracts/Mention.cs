using Vigil.Core.FreeText;

namespace Vigil.Contracts;

/// <summary>
/// One mention of a listed party in a text: a line of <c>vigil text</c> and an item of <c>POST /api/v1/screen/text</c>.
/// <c>start</c>/<c>end</c> are UTF-16 offsets (end exclusive), <c>text</c> the exact words, then the contract's
/// <c>source</c>, <c>source_id</c>, <c>name</c>, <c>score</c>.
/// </summary>
/// <param name="Field">The MT field tag (59, 50K, 70) or pacs.008 element (Cdtr, RmtInf); absent for prose.</param>
/// <param name="Profile">The scoring profile that scored it (<c>default@1</c>).</param>
/// <param name="Rule">How it was found (name, distinctive_word, titled_surname, repeated_surname, transliterated_word,
/// defined_acronym, shared_surname); only when explaining.</param>
/// <param name="Explanation">Why it scored what it did; only when explaining.</param>
/// <param name="ListVersion">The version of the source screened against, numbered within the source (added; absent when unknown).</param>
/// <param name="ListVersionId">The same version's id, as in <c>list_versions</c> (added; absent when unknown).</param>
/// <param name="RefersTo">For a surname or acronym that refers back to a full mention earlier in the text, or a given name
/// that borrows the surname of the full mention after it: the <c>start</c> of that mention (added; absent otherwise).</param>
public sealed record Mention(
    int Start, int End, string Text, string Source, string SourceId, string Name, double Score, string? Field, string Profile,
    string? Rule, HitExplanation? Explanation, int? ListVersion = null, long? ListVersionId = null, int? RefersTo = null)
{
    /// <summary>The wire shape of a mention found in <paramref name="field"/> (null for prose).</summary>
    public static Mention From(TextMention m, string? field, bool explain) => new(
        m.Start, m.End, m.Text, m.Hit.Entity.Source, m.Hit.Entity.SourceId, m.Hit.MatchedName, Wire.Round(m.Hit.Score), field,
        m.Hit.Profile.Id,
        explain ? Wire.Name(m.Rule) : null,
        explain && m.Hit.Explanation is { } e ? HitExplanation.From(e, m.Hit.MatchedRole) : null,
        m.Hit.Version?.Number, m.Hit.Version?.Id, m.RefersTo);
}
