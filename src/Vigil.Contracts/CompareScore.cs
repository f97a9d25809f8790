namespace Vigil.Contracts;

/// <summary>The score of one name pair, in [0, 1]: a line of <c>vigil compare</c> and an item of <c>POST /api/v1/compare</c>.</summary>
public sealed record CompareScore(string Id, double Score)
{
    /// <summary>The pair's score, rounded as every score on the wire.</summary>
    public static CompareScore Of(string id, double score) => new(id, Wire.Round(score));
}
