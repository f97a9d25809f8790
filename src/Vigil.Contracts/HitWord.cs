using System.Text.Json.Serialization;

namespace Vigil.Contracts;

/// <summary>A query word paired with a listed word; <c>query</c> or <c>listed</c> is null (written as null) for a word left unpaired.</summary>
public sealed record HitWord(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Query,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Listed,
    double Similarity, double Weight);
