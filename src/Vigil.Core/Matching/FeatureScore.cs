namespace Vigil.Core.Matching;

/// <summary>What one feature found for one candidate: its effect on the score and the values it compared.</summary>
/// <param name="Feature">The feature's name (<c>name</c>, <c>birth_date</c>, ...).</param>
/// <param name="Effect">What it did to the score: the name score itself, or the amount added (negative: removed).</param>
/// <param name="QueryValue">The query's value, if any.</param>
/// <param name="ListedValue">The listed value it was compared with, if any.</param>
/// <param name="Detail">agree / conflict / partial / ..., in words.</param>
public readonly record struct FeatureScore(string Feature, double Effect, string? QueryValue, string? ListedValue, string Detail);
