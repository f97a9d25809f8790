using Vigil.Core.Matching;
using Vigil.Core.Model;

namespace Vigil.Contracts;

/// <summary>Why a hit scored what it did: the listed name that matched, its role, the query and listed words as aligned,
/// and each feature's effect on the score. Stored alerts keep this shape too.</summary>
public sealed record HitExplanation(string MatchedName, string NameRole, IReadOnlyList<HitWord> Words, IReadOnlyList<HitFeature> Features)
{
    /// <summary>The wire shape of an explanation whose matched name has <paramref name="role"/>.</summary>
    public static HitExplanation From(MatchExplanation e, NameRole role) => From(e, Wire.Name(role));

    /// <summary>The wire shape of an explanation, its role taken from <see cref="MatchExplanation.NameRole"/> (either spelling).</summary>
    public static HitExplanation From(MatchExplanation e) => From(e, Wire.Name(e.NameRole));

    private static HitExplanation From(MatchExplanation e, string role)
    {
        var words = new HitWord[e.Words.Count];
        for (var i = 0; i < words.Length; i++)
        {
            var w = e.Words[i];
            words[i] = new HitWord(w.Query, w.Listed, Wire.Round(w.Similarity), Wire.Round(w.Weight));
        }
        var features = new HitFeature[e.Features.Count];
        for (var i = 0; i < features.Length; i++)
        {
            var f = e.Features[i];
            features[i] = new HitFeature(f.Feature, Wire.Round(f.Effect), f.QueryValue, f.ListedValue, f.Detail);
        }
        return new HitExplanation(e.MatchedName, role, words, features) { QueryPart = e.QueryPart };
    }

    /// <summary>The part of the query that was scored, when the query named several (a former name) or carried residue.</summary>
    public string? QueryPart { get; init; }

    /// <summary>The same explanation with its role in snake_case (alerts stored before the contract wrote <c>WeakAlias</c>).</summary>
    public HitExplanation Normalized() => this with { NameRole = Wire.Name(NameRole) };
}
