using System.Text.Json.Serialization;

namespace Vigil.Server.Endpoints.Yente;

/// <summary>One result of a <c>/match</c> query: the entity in FollowTheMoney form, its score, whether it is a match
/// (score at or above the threshold), each feature's explanation, and the same effects as plain numbers (yente's
/// deprecated <c>features</c>).</summary>
internal sealed record YenteScoredEntity(
    string Id, string Caption, string Schema, Dictionary<string, List<string>> Properties, IReadOnlyList<string> Datasets,
    IReadOnlyList<string> Referents, bool Target, string? FirstSeen, string? LastSeen, string? LastChange,
    double Score, bool Match, Dictionary<string, YenteFeature> Explanations, Dictionary<string, double> Features);

/// <summary>A feature's effect on the score, in words, with the compared values when there are any.</summary>
internal sealed record YenteFeature(
    double Score, string? Detail,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Query,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Candidate);

/// <summary>How many results there are: <c>relation</c> is <c>eq</c>, or <c>gte</c> when counting stopped at the cap.</summary>
internal sealed record YenteTotal(int Value, string Relation = "eq");

/// <summary>The echo of a query as parsed: the caller's id, the schema and the properties Vigil read.</summary>
internal sealed record YenteQueryEcho(string? Id, string Schema, Dictionary<string, List<string>> Properties);

/// <summary>The answer to one query of the batch.</summary>
internal sealed record YenteMatches(int Status, IReadOnlyList<YenteScoredEntity> Results, YenteTotal Total, YenteQueryEcho Query);

/// <summary>The answer to a <c>/match</c> batch: one response per query key, and the limit applied.</summary>
internal sealed record YenteMatchResponse(Dictionary<string, YenteMatches> Responses, int Limit);
