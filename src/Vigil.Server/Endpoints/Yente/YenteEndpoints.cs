using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigil.Core.Model;
using Vigil.Server.Auth;
using Vigil.Contracts;
using Vigil.Core.Screening;
using Vigil.Workflows.Screening;

using Vigil.Workflows.Audit;

namespace Vigil.Server.Endpoints.Yente;

/// <summary>
/// The yente dialect under <c>/api/v1/yente</c>: <c>POST /match/{dataset}</c>, <c>GET /search/{dataset}</c>,
/// <c>/entities/{id}</c>, <c>/algorithms</c>, <c>/catalog</c>, <c>/healthz</c>, <c>/readyz</c> in yente's shapes, so a yente
/// client pointed at <c>http://HOST/api/v1/yente</c> (with Vigil's bearer key) works unchanged. A thin adapter: queries
/// become <see cref="ScreeningQuery"/>s and hits become FollowTheMoney entities; the scores are the screener's.
/// </summary>
public static partial class YenteEndpoints
{
    /// <summary>Most queries in one <c>/match</c> batch (yente's <c>YENTE_MAX_BATCH</c>).</summary>
    public const int MaxBatch = 100;

    /// <summary>Largest <c>limit</c> (yente's <c>YENTE_MAX_MATCHES</c>).</summary>
    public const int MaxLimit = 500;

    /// <summary>Default <c>limit</c> (yente's <c>YENTE_MATCH_PAGE</c>).</summary>
    public const int DefaultLimit = 5;

    /// <summary>Most <c>exclude_entity_ids</c> per request (and per query).</summary>
    public const int MaxExcluded = 50;

    /// <summary>Lowest score <c>/search</c> lists: a text search shows more than matches, but not every shared word.</summary>
    public const double SearchFloor = 0.5;

    public static RouteGroupBuilder MapYente(this RouteGroupBuilder api)
    {
        var yente = api.MapGroup("/yente").WithTags("yente");
        yente.MapPost("/match/{dataset}", Match).RequireRole(KeyRoles.Screener)
            .WithName("YenteMatch")
            .WithSummary($"yente's query-by-example matcher: up to {MaxBatch} FollowTheMoney examples, each answered with scored entities")
            .WithDescription("Query: limit (default 5, at most 500), threshold (default: the profile's alert threshold, 0.80), cutoff " +
                             "(default and maximum: threshold; results at or below it are dropped), algorithm (logic-v2, logic-v1, name-based, " +
                             "name-qualified, regression-v1, ofac-249, best), include_dataset/exclude_dataset (repeatable), exclude_entity_ids " +
                             "(repeatable, at most 50; a query may also carry its own), changed_since (YYYY-MM-DD). Datasets: each loaded source, " +
                             "plus 'default' and 'sanctions' for all. Errors are yente's {\"detail\": ...}. See docs/yente.md.")
            .Accepts<JsonElement>("application/json")
            .Produces<YenteMatchResponse>()
            .Produces<YenteError>(StatusCodes.Status400BadRequest)
            .Produces<YenteError>(StatusCodes.Status404NotFound)
            .Produces<YenteValidation>(StatusCodes.Status422UnprocessableEntity)
            .Produces<YenteError>(StatusCodes.Status503ServiceUnavailable);
        yente.MapGet("/search/{dataset}", Search).WithName("YenteSearch").RequireRole(KeyRoles.Screener).WithSummary("yente's simple text search over entity names (q, schema, limit, offset)")
            .Produces<YenteSearchResponse>().Produces<YenteError>(StatusCodes.Status400BadRequest).Produces<YenteError>(StatusCodes.Status404NotFound);
        yente.MapGet("/entities/{id}", GetEntity).WithName("YenteEntity").RequireRole(KeyRoles.Viewer).WithSummary("One entity in FollowTheMoney form by its id (SOURCE:ID)")
            .Produces<FtmEntity>().Produces<YenteError>(StatusCodes.Status404NotFound);
        yente.MapGet("/algorithms", (LiveIndex index) => YenteJson.Ok(YenteAlgorithms.Describe(index.Current?.Screener.Index.Profile ?? index.Profile ?? Core.Matching.ScoringProfile.Default)))
            .WithName("YenteAlgorithms").RequireRole(KeyRoles.Viewer).WithSummary("yente's algorithm names and the Vigil profile each maps to").Produces<YenteAlgorithmResponse>();
        yente.MapGet("/catalog", Catalog).WithName("YenteCatalog").RequireRole(KeyRoles.Viewer).WithSummary("The datasets: each loaded source and the 'default'/'sanctions' collections").Produces<YenteCatalog>();
        yente.MapGet("/healthz", () => YenteJson.Ok(new YenteStatus("ok"))).WithName("YenteHealth").RequireRole(KeyRoles.Viewer).WithSummary("yente's health check");
        yente.MapGet("/readyz", (LiveIndex index) => index.Current is null ? (IResult)YenteJson.Error(503, "Index not ready.") : YenteJson.Ok(new YenteStatus("ok")))
            .WithName("YenteReady").RequireRole(KeyRoles.Viewer).WithSummary("yente's readiness check (503 until the index is built)");
        return api;
    }

    // yente's TS_PATTERN for changed_since.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?$")]
    private static partial Regex TimestampPattern();

    private static async Task<IResult> Match(string dataset, HttpRequest request, LiveIndex index, ServerSettings serverSettings, ScreeningRecorder recorder, CancellationToken cancel)
    {
        if (index.Current is not { } snapshot) return YenteJson.Error(503, "Index not ready.");
        if (YenteDatasets.Resolve(snapshot, dataset) is not { } scope) return YenteJson.Error(404, "No such dataset.");
        var q = request.Query;
        var profile = snapshot.Screener.Index.Profile;
        if (Int(q, "limit", DefaultLimit, MaxLimit, out var limit) is { } badLimit) return badLimit;
        if (Float(q, "threshold", profile.AlertThreshold, out var threshold) is { } badThreshold) return badThreshold;
        if (Float(q, "cutoff", threshold, out var cutoff) is { } badCutoff) return badCutoff;
        cutoff = Math.Min(cutoff, threshold);
        if (!YenteAlgorithms.TryResolve(Single(q, "algorithm"), out var algorithm, out var nameOnly))
            return YenteJson.Error(400, $"Invalid algorithm: {Single(q, "algorithm")}");
        var exclude = Many(q, "exclude_entity_ids");
        if (exclude.Count > MaxExcluded)
            return YenteJson.Invalid("too_long", ["query", "exclude_entity_ids"], $"Tuple should have at most {MaxExcluded} items after validation, not {exclude.Count}", null);
        if (ChangedSince(q, out var since) is { } badSince) return badSince;

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancel);
        }
        catch (JsonException ex)
        {
            return YenteJson.Invalid("json_invalid", ["body", (ex.BytePositionInLine ?? 0).ToString(CultureInfo.InvariantCulture)], "JSON decode error", null);
        }
        using var _ = document;
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            return YenteJson.Invalid("model_attributes_type", ["body"], "Input should be a valid dictionary or object to extract fields from", null);
        if (root.TryGetProperty("config", out var config) && config.ValueKind == JsonValueKind.Object)
            foreach (var key in config.EnumerateObject())
                return YenteJson.Error(400, $"Invalid configuration parameter: {key.Name} for algorithm {algorithm}");
        if (!root.TryGetProperty("queries", out var queries))
            return YenteJson.Invalid("missing", ["body", "queries"], "Field required", null);
        if (queries.ValueKind != JsonValueKind.Object)
            return YenteJson.Invalid("dict_type", ["body", "queries"], "Input should be a valid dictionary", null);
        var count = queries.EnumerateObject().Count();
        if (count > MaxBatch) return YenteJson.Error(400, $"Too many queries in one batch (limit: {MaxBatch})");

        var examples = new List<(string Key, YenteExample Example, IReadOnlyList<ScreeningQuery> Queries, string Input)>(count);
        foreach (var entry in queries.EnumerateObject())
        {
            if (entry.Value.ValueKind == JsonValueKind.Null) continue;
            var example = YenteExample.Parse(entry.Name, entry.Value, out var badRequest, out var invalid);
            if (invalid is { } i) return YenteJson.Invalid(i.Type, i.Loc, i.Msg, null);
            if (example is null) return YenteJson.Error(400, badRequest!);
            if (example.ExcludeEntityIds.Count > MaxExcluded)
                return YenteJson.Invalid("too_long", ["body", "queries", entry.Name, "exclude_entity_ids"], $"List should have at most {MaxExcluded} items after validation, not {example.ExcludeEntityIds.Count}", null);
            var vigilQueries = example.ToQueries(nameOnly, out var error);
            if (vigilQueries is null) return YenteJson.Error(400, $"Cannot parse example entity: queries.{entry.Name}.{error}");
            examples.Add((entry.Name, example, vigilQueries, entry.Value.GetRawText()));
        }
        if (examples.Count == 0) return YenteJson.Error(400, "No queries provided.");

        var settings = new YenteMatchSettings(limit, threshold, cutoff, nameOnly,
            YenteDatasets.Scope(snapshot, scope, Many(q, "include_dataset"), Many(q, "exclude_dataset")),
            new HashSet<string>(exclude, StringComparer.Ordinal), since);
        var responses = new Dictionary<string, YenteMatches>(examples.Count, StringComparer.Ordinal);
        using var budget = new RequestBudget(serverSettings.RequestBudget, cancel);
        foreach (var (key, example, vigilQueries, _) in examples)
        {
            if (budget.Token.IsCancellationRequested) break;
            responses[key] = YenteMatcher.Match(snapshot, example, vigilQueries, settings);
        }
        if (budget.Spent) return budget.Problem();
        // Proof of screening: one record per query of the batch, its input the query as the caller sent it, its alerts the
        // results at or above the profile's alert threshold (whatever threshold the caller chose for "match").
        var alertAt = ScreeningProofs.Threshold(snapshot);
        ScreeningProofs.Record(request.HttpContext, recorder, "api.match", snapshot,
            [.. examples.Select(e => new ScreenedItem(e.Key, e.Input, responses[e.Key].Results.Count, responses[e.Key].Results.Count(r => r.Score >= alertAt)))]);
        request.HttpContext.Response.Headers["x-batch-size"] = responses.Count.ToString(CultureInfo.InvariantCulture);
        return YenteJson.Ok(new YenteMatchResponse(responses, limit));
    }

    private static IResult Search(string dataset, HttpRequest request, LiveIndex index)
    {
        if (index.Current is not { } snapshot) return YenteJson.Error(503, "Index not ready.");
        if (YenteDatasets.Resolve(snapshot, dataset) is not { } scope) return YenteJson.Error(404, "No such dataset.");
        var q = request.Query;
        if (Int(q, "limit", 10, MaxLimit, out var limit) is { } badLimit) return badLimit;
        if (Int(q, "offset", 0, 9500, out var offset) is { } badOffset) return badOffset;
        var schema = Single(q, "schema") ?? "Thing";
        if (!YenteExample.Schemas.TryGetValue(schema, out var kind)) return YenteJson.Error(400, "Invalid schema");
        var sources = YenteDatasets.Scope(snapshot, scope, Many(q, "include_dataset"), Many(q, "exclude_dataset"));
        var text = Single(q, "q") ?? "";
        var results = new List<FtmEntity>();
        var total = 0;
        if (text.Trim().Length > 0)
        {
            if (!new QueryFields(text, kind == EntityKind.Unknown ? null : kind.ToString()).TryCreate(out var query, out var error))
                return YenteJson.Error(400, $"Invalid query: {error}");
            bool Accept(Entity e) => sources.Contains(e.Source) && (kind == EntityKind.Unknown || e.Kind == kind);
            var hits = snapshot.Screener.Search(query, new SearchOptions(offset + limit, SearchFloor, EntityFilter: Accept));
            total = hits.Count;
            var versions = snapshot.Versions.ToDictionary(v => v.Source, StringComparer.Ordinal);
            foreach (var hit in hits.Skip(offset)) results.Add(FtmEntity.From(hit.Entity, versions.GetValueOrDefault(hit.Entity.Source), PartyOf(snapshot, hit.Entity)));
        }
        var datasets = results.GroupBy(r => r.Datasets[0]).Select(g => new YenteFacetValue(g.Key, g.Key, g.Count())).OrderByDescending(v => v.Count).ToList();
        var facets = new Dictionary<string, YenteFacet> { ["datasets"] = new("Data sources", datasets) };
        return YenteJson.Ok(new YenteSearchResponse(results, facets, new YenteTotal(total), limit, offset));
    }

    private static readonly ConditionalWeakTable<IndexSnapshot, Dictionary<string, int>> ById = new();

    private static IResult GetEntity(string id, LiveIndex index)
    {
        if (index.Current is not { } snapshot) return YenteJson.Error(503, "Index not ready.");
        if (Find(snapshot, id) is not { } entity) return YenteJson.Error(404, "No such entity!");
        return YenteJson.Ok(FtmEntity.From(entity, snapshot.Versions.FirstOrDefault(v => v.Source == entity.Source), PartyOf(snapshot, entity)));
    }

    /// <summary>Looks an entity up in the live index by its yente id (<c>SOURCE:ID</c>); null when absent.</summary>
    internal static Entity? Find(IndexSnapshot snapshot, string id) =>
        Positions(snapshot).TryGetValue(id, out var at) ? snapshot.Screener.Index.Entities[at].Entity : null;

    /// <summary>The yente ids of the other listings of <paramref name="entity"/>'s party (the list issue's grouping: a
    /// shared UN reference, passport, IMO number, BIC, or name with birth date), rendered as FollowTheMoney
    /// <c>referents</c>; empty when no other active list names the party.</summary>
    internal static IReadOnlyList<string> PartyOf(IndexSnapshot snapshot, Entity entity)
    {
        if (!Positions(snapshot).TryGetValue(entity.Ref.ToString(), out var at)) return [];
        var members = snapshot.Screener.Index.Parties.MembersOf(at);
        if (members.Length == 0) return [];
        var entities = snapshot.Screener.Index.Entities;
        var refs = new List<string>(members.Length);
        foreach (var m in members)
            if (m != at) refs.Add(entities[m].Entity.Ref.ToString());
        return refs;
    }

    private static Dictionary<string, int> Positions(IndexSnapshot snapshot) => ById.GetValue(snapshot, s =>
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var entities = s.Screener.Index.Entities;
        for (var i = 0; i < entities.Count; i++) map[entities[i].Entity.Ref.ToString()] = i;
        return map;
    });

    private static IResult Catalog(LiveIndex index)
    {
        if (index.Current is not { } snapshot) return YenteJson.Error(503, "Index not ready.");
        var datasets = new List<YenteDataset>();
        foreach (var v in snapshot.Versions)
        {
            var count = v.Counts.Total;
            datasets.Add(new YenteDataset(v.Source, v.Source, "source", v.Number > 0 ? v.Number.ToString(CultureInfo.InvariantCulture) : v.Id.ToString(CultureInfo.InvariantCulture),
                v.LoadedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), v.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                count, [], Load: true, IndexVersion: v.Id.ToString(CultureInfo.InvariantCulture), IndexCurrent: true));
        }
        var all = snapshot.Versions.Select(v => v.Source).ToList();
        var built = snapshot.BuiltAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        foreach (var name in YenteDatasets.Collections)
            datasets.Add(new YenteDataset(name, name == "default" ? "All loaded lists" : "Sanctions lists", "collection", snapshot.Key, built, null,
                datasets.Where(d => d.Type == "source").Sum(d => d.EntityCount), all, Load: true, IndexVersion: snapshot.Key, IndexCurrent: true));
        return YenteJson.Ok(new YenteCatalog(datasets, [.. datasets.Select(d => d.Name)], [], IndexStale: false));
    }

    private static string? Single(IQueryCollection q, string name) => q.TryGetValue(name, out var v) && v.Count > 0 ? v[^1] : null;

    private static List<string> Many(IQueryCollection q, string name) =>
        q.TryGetValue(name, out var v) ? [.. v.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim())] : [];

    private static JsonHttpResult<YenteValidation>? Int(IQueryCollection q, string name, int fallback, int max, out int value)
    {
        value = fallback;
        if (Single(q, name) is not { } text) return null;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
            return YenteJson.Invalid("int_parsing", ["query", name], "Input should be a valid integer, unable to parse string as an integer", text);
        if (value > max) return YenteJson.Invalid("less_than_equal", ["query", name], $"Input should be less than or equal to {max}", text);
        if (value < 0) return YenteJson.Invalid("greater_than_equal", ["query", name], "Input should be greater than or equal to 0", text);
        return null;
    }

    private static JsonHttpResult<YenteValidation>? Float(IQueryCollection q, string name, double fallback, out double value)
    {
        value = fallback;
        if (Single(q, name) is not { } text) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
            return YenteJson.Invalid("float_parsing", ["query", name], "Input should be a valid number, unable to parse string as a number", text);
        return null;
    }

    private static JsonHttpResult<YenteValidation>? ChangedSince(IQueryCollection q, out DateOnly? since)
    {
        since = null;
        if (Single(q, "changed_since") is not { } text) return null;
        if (!TimestampPattern().IsMatch(text) || !DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return YenteJson.Invalid("string_pattern_mismatch", ["query", "changed_since"], $"String should match pattern '{TimestampPattern()}'", text);
        since = d;
        return null;
    }
}

/// <summary>yente's <c>{"status": "ok"}</c>.</summary>
internal sealed record YenteStatus(string Status);

/// <summary>One facet value: name, label and how many results carry it.</summary>
internal sealed record YenteFacetValue(string Name, string Label, int Count);

/// <summary>A facet of search results.</summary>
internal sealed record YenteFacet(string Label, IReadOnlyList<YenteFacetValue> Values);

/// <summary>The <c>/search</c> answer.</summary>
internal sealed record YenteSearchResponse(IReadOnlyList<FtmEntity> Results, Dictionary<string, YenteFacet> Facets, YenteTotal Total, int Limit, int Offset);

/// <summary>One dataset of the catalog: a source (its active version) or a collection of all of them.</summary>
internal sealed record YenteDataset(
    string Name, string Title, string Type, string Version, string UpdatedAt, string? PublishedOn, int EntityCount,
    IReadOnlyList<string> Children, bool Load, string IndexVersion, bool IndexCurrent);

/// <summary>The <c>/catalog</c> answer.</summary>
internal sealed record YenteCatalog(IReadOnlyList<YenteDataset> Datasets, IReadOnlyList<string> Current, IReadOnlyList<string> Outdated, bool IndexStale);
