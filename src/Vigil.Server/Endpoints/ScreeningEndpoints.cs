using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Vigil.Core.Screening;
using Vigil.Contracts;
using Vigil.Server.Contracts;
using Vigil.Server.Auth;
using Vigil.Server.Http;
using Vigil.Workflows.Audit;
using Vigil.Workflows.Screening;

namespace Vigil.Server.Endpoints;

/// <summary><c>GET /search</c> (one name) and <c>POST /screen</c> (a batch of records), over the live index.</summary>
public static class ScreeningEndpoints
{
    public static RouteGroupBuilder MapScreening(this RouteGroupBuilder api)
    {
        api.MapGet("/search", Search)
            .WithName("Search")
            .RequireRole(KeyRoles.Screener)
            .WithSummary("Ranked hits for one name")
            .WithDescription($"name is required (at most {QueryFields.MaxNameLength} characters, {QueryFields.MaxWords} words, " +
                             $"{QueryFields.MaxWordLength} characters a word); type, birth_date, country, id_number sharpen the score. top (1-100, default 10), " +
                             "min_score (0-1, default the alert threshold 0.80), explain=true adds aligned words and features. " + ListsParameter.Description)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapPost("/screen", Screen)
            .WithName("Screen")
            .RequireRole(KeyRoles.Screener)
            .WithSummary($"Screen up to {Limits.MaxBatch} records; one result per record, in order")
            .WithDescription($"Each name as in /search (at most {QueryFields.MaxNameLength} characters, {QueryFields.MaxWords} words, " +
                             $"{QueryFields.MaxWordLength} characters a word); a longer one gets 400 naming the record and field. " +
                             "A request that outlasts the server's request budget (default 10 s) gets 503. Query parameters: top, min_score, explain as in /search; " +
                             ListsParameter.Description)
            .Accepts<ScreenRecord[]>("application/json")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    private static Results<Ok<SearchResult>, ValidationProblem, ProblemHttpResult> Search(
        HttpContext context, LiveIndex index, ServerSettings settings, ScreeningRecorder recorder,
        string? name, string? type,
        [FromQuery(Name = "birth_date")] string? birthDate, string? country,
        [FromQuery(Name = "id_number")] string? idNumber,
        string? top, [FromQuery(Name = "min_score")] string? minScore, string? explain, string? lists, CancellationToken cancel)
    {
        var values = new QueryValues();
        var options = Options(values, top, minScore, explain);
        if (!ListsParameter.TryParse(lists, out var selection, out var listsError)) values.Errors.Add(("lists", listsError!));
        var fields = new QueryFields(name, type, birthDate, country, idNumber);
        ScreeningQuery? query = null;
        if (!fields.TryCreate(out var q, out var error, out var warning)) values.Errors.Insert(0, Split(error!, ""));
        else query = q;
        if (values.Errors.Count > 0) return Problems.Fields(values.Errors);

        if (index.Current is not { } snapshot) return Problems.NotReady(index.LastError);
        if (ListsParameter.Select(snapshot, selection, out var screener, out var key) is { } notActive) return notActive;
        // One query within the name limits is bounded work: it runs to the end, and an overrun is answered, not hidden.
        using var budget = new RequestBudget(settings.RequestBudget, cancel);
        var hits = screener.Search(query!, options);
        if (budget.Spent) return budget.Problem();
        ScreeningProofs.Record(context, recorder, "api.search", snapshot,
            [new ScreenedItem(null, ScreeningRecorder.Canonical(query!), hits.Count, ScreeningRecorder.Alerts(hits, ScreeningProofs.Threshold(snapshot)))]);
        // The same document `vigil search --json` prints for the same query.
        return TypedResults.Ok(SearchResult.From(query!, key, hits, warning));
    }

    private static async Task<Results<Ok<ScreenResult>, ValidationProblem, ProblemHttpResult>> Screen(
        HttpRequest request, LiveIndex index, ServerSettings settings, ScreeningRecorder recorder,
        string? top, [FromQuery(Name = "min_score")] string? minScore, string? explain, string? lists, CancellationToken cancel)
    {
        var values = new QueryValues();
        var options = Options(values, top, minScore, explain);
        if (!ListsParameter.TryParse(lists, out var selection, out var listsError)) values.Errors.Add(("lists", listsError!));
        if (values.Errors.Count > 0) return Problems.Fields(values.Errors);

        var (records, bodyError) = await JsonBody.ReadArrayAsync<ScreenRecord>(request, "records", cancel);
        if (bodyError is not null) return bodyError;

        var items = new List<((string Id, string? Warning) Row, ScreeningQuery? Query)>(records!.Length);
        var errors = new List<(string, string)>();
        for (var i = 0; i < records.Length; i++)
        {
            var r = records[i];
            if (r is null) { errors.Add(($"[{i}]", "null; expected a record object")); continue; }
            var id = string.IsNullOrEmpty(r.Id) ? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : r.Id;
            if (new QueryFields(r.Name, r.Type, r.BirthDate, r.Country, r.IdNumber).TryCreate(out var query, out var error, out var warning))
                items.Add(((id, warning), query));
            else
                errors.Add(Split(error!, $"[{i}]."));
        }
        if (errors.Count > 0) return Problems.Fields(errors);

        if (index.Current is not { } snapshot) return Problems.NotReady(index.LastError);
        if (ListsParameter.Select(snapshot, selection, out var screener, out var key) is { } notActive) return notActive;
        var results = new List<ScreeningRecord>(items.Count);
        var proofs = new List<ScreenedItem>(items.Count);
        var threshold = ScreeningProofs.Threshold(snapshot);
        using var budget = new RequestBudget(settings.RequestBudget, cancel);
        try
        {
            var i = 0;
            foreach (var ((id, warning), hits) in ScreenBatch.Run(items, screener, options, budget.Token))
            {
                results.Add(ScreeningRecord.From(id, hits, warning));
                proofs.Add(new ScreenedItem(id, ScreeningRecorder.Canonical(items[i++].Query!), hits.Count, ScreeningRecorder.Alerts(hits, threshold)));
            }
        }
        catch (OperationCanceledException) when (budget.Spent)
        {
            return budget.Problem();
        }
        if (budget.Spent) return budget.Problem();
        ScreeningProofs.Record(request.HttpContext, recorder, "api.screen", snapshot, proofs);
        return TypedResults.Ok(new ScreenResult(key, results));
    }

    private static SearchOptions Options(QueryValues values, string? top, string? minScore, string? explain) =>
        new(values.Int("top", top, 10, 1, Limits.MaxTop), values.Score("min_score", minScore), Exhaustive: false, values.Bool("explain", explain));

    /// <summary>"birth_date: 'x' is not a date" → ("[3].birth_date", "'x' is not a date").</summary>
    private static (string Field, string Message) Split(string error, string prefix)
    {
        var colon = error.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 ? (prefix + error[..colon], error[(colon + 2)..]) : (prefix.TrimEnd('.'), error);
    }
}
