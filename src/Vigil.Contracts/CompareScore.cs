namespace Vigil.Contracts;

/// <summary>The score of one name pair, in [0, 1]: a line of <c>vigil compare</c> and an item of <c>POST /api/v1/compare</c>.</summary>
/// <param name="Id">The pair's id.</param>
/// <param name="Score">The score; 0 for a pair that was not compared.</param>
/// <param name="Error">Why the pair was not compared (a name over the limits), naming the field; absent otherwise.</param>
public sealed record CompareScore(string Id, double Score, string? Error = null)
{
    /// <summary>The pair's score, rounded as every score on the wire.</summary>
    public static CompareScore Of(string id, double score) => new(id, Wire.Round(score));
}
