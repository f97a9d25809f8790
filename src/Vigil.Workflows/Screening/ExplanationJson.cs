using Vigil.Contracts;
using Vigil.Core.Matching;

namespace Vigil.Workflows.Screening;

/// <summary>A hit's explanation as alerts store it: the contract's <see cref="HitExplanation"/>, the same shape
/// <c>vigil search/screen --explain</c> and the API write.</summary>
public static class ExplanationJson
{
    /// <summary>The explanation as a JSON object (<c>{}</c> when there is none).</summary>
    public static string Write(MatchExplanation? e) => VigilJson.Explanation(e is null ? null : HitExplanation.From(e));
}
