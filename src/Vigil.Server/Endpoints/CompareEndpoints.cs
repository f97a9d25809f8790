using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigil.Core.Matching;
using Vigil.Contracts;
using Vigil.Server.Contracts;
using Vigil.Server.Auth;
using Vigil.Server.Http;
using Vigil.Workflows.Screening;

namespace Vigil.Server.Endpoints;

/// <summary><c>POST /compare</c>: name pairs → scores, without the lists (as <c>vigil compare</c>).</summary>
public static class CompareEndpoints
{
    public static RouteGroupBuilder MapCompare(this RouteGroupBuilder api)
    {
        api.MapPost("/compare", Compare)
            .WithName("Compare")
            .RequireRole(KeyRoles.Screener)
            .WithSummary($"Score up to {Limits.MaxBatch} name pairs against each other")
            .WithDescription($"Each name at most {QueryFields.MaxNameLength} characters, {QueryFields.MaxWords} words, {QueryFields.MaxWordLength} " +
                             "characters a word, as in /search; a larger one gets 400 naming the pair and field.")
            .Accepts<ComparePair[]>("application/json")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return api;
    }

    private static async Task<Results<Ok<CompareResult>, ValidationProblem>> Compare(HttpRequest request, CancellationToken cancel)
    {
        var (pairs, bodyError) = await JsonBody.ReadArrayAsync<ComparePair>(request, "pairs", cancel);
        if (bodyError is not null) return bodyError;

        var errors = new List<(string, string)>();
        for (var i = 0; i < pairs!.Length; i++)
        {
            var p = pairs[i];
            if (p is null) { errors.Add(($"[{i}]", "null; expected a pair object")); continue; }
            var knownKind = QueryFields.TryParseKind(p.Type, out var kind);
            Name(errors, $"[{i}].name_a", p.NameA, kind);
            Name(errors, $"[{i}].name_b", p.NameB, kind);
            if (!knownKind) errors.Add(($"[{i}].type", $"'{p.Type}' is not person, organization, vessel or aircraft"));
        }
        if (errors.Count > 0) return Problems.Fields(errors);

        var results = new CompareScore[pairs.Length];
        Parallel.For(0, pairs.Length, i =>
        {
            var p = pairs[i];
            var kind = QueryFields.TryParseKind(p.Type, out var k) ? k : Core.Model.EntityKind.Unknown; // checked above
            var id = string.IsNullOrEmpty(p.Id) ? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : p.Id;
            results[i] = CompareScore.Of(id, NameComparer.Compare(p.NameA!, p.NameB!, kind));
        });
        return TypedResults.Ok(new CompareResult(results));
    }

    /// <summary>Empty, or larger than a screened name may be (the comparison's work grows with the square of a word's length:
    /// a 70,000-character word took 6 s), is an error naming the field.</summary>
    private static void Name(List<(string, string)> errors, string field, string? name, Core.Model.EntityKind kind)
    {
        if (string.IsNullOrWhiteSpace(name)) errors.Add((field, "empty"));
        else if (QueryFields.NameLimitError(name, kind) is { } tooLarge) errors.Add((field, tooLarge.StartsWith("name: ", StringComparison.Ordinal) ? tooLarge["name: ".Length..] : tooLarge));
    }
}
