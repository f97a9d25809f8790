using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Vigil.Server.Auth;
using Vigil.Contracts;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Server.Endpoints.Yente;
using Vigil.Server.Http;
using Vigil.Workflows.Screening;

using Vigil.Workflows.Audit;

namespace Vigil.Server.Endpoints.Reconcile;

/// <summary>
/// An OpenRefine reconciliation service (Reconciliation Service API 0.2) at <c>/api/v1/reconcile</c>: the manifest
/// (GET without parameters), query batches (GET <c>?queries=</c> or POST form field <c>queries</c>), HTML previews, and
/// view links into the UI (<c>/reconcile/view/{id}</c>). Each query is screened as <c>/api/v1/search</c> screens it.
/// </summary>
public static class ReconcileEndpoints
{
    /// <summary>Most queries per batch; the manifest's <c>batchSize</c>. A larger batch gets 413, as the protocol allows.</summary>
    public const int BatchSize = 100;

    public static RouteGroupBuilder MapReconcile(this RouteGroupBuilder api)
    {
        var reconcile = api.MapGroup("/reconcile").WithTags("reconciliation");
        reconcile.MapGet("", Get).WithName("ReconcileGet").AllowAnonymous()
            .WithSummary("The service manifest (open, no key needed), or the results of a query batch given as ?queries=JSON (Reconciliation Service API 0.2)")
            .Produces<ReconcileManifest>().Produces<Dictionary<string, ReconcileResult>>();
        reconcile.MapPost("", Post).WithName("ReconcilePost").RequireRole(KeyRoles.Screener)
            .WithSummary($"Reconcile a batch of up to {BatchSize} queries sent as the form field 'queries' (application/x-www-form-urlencoded)")
            .Produces<Dictionary<string, ReconcileResult>>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        reconcile.MapGet("/preview", Preview).WithName("ReconcilePreview").RequireRole(KeyRoles.Viewer).WithSummary("An HTML preview of one entity (?id=SOURCE:ID)").Produces<string>(contentType: "text/html");
        return api;
    }

    /// <summary><c>/reconcile/view/{id}</c>: the manifest's view link, redirected to the entity's page in the UI (which asks for the key).</summary>
    public static IEndpointRouteBuilder MapReconcileView(this IEndpointRouteBuilder app)
    {
        app.MapGet("/reconcile/view/{id}", (string id) =>
            SourceRef.TryParse(id, out var r)
                ? Results.Redirect($"/#/entity/{Uri.EscapeDataString(r.Source)}/{Uri.EscapeDataString(r.SourceId)}")
                : Results.NotFound())
            .WithName("ReconcileView").AllowAnonymous().WithTags("reconciliation").WithSummary("Redirects a reconciled id (SOURCE:ID) to its page in the UI");
        return app;
    }

    /// <summary>Whether a request asks for the service manifest: GET of the endpoint itself without <c>queries</c>.</summary>
    internal static bool IsManifestRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && string.Equals(request.Path.Value?.TrimEnd('/'), "/api/v1/reconcile", StringComparison.OrdinalIgnoreCase)
        && !request.Query.ContainsKey("queries");

    private static async Task<IResult> Get(HttpRequest request, LiveIndex index, ServerSettings settings, IAuthorizationService authorization, ScreeningRecorder recorder)
    {
        if (!request.Query.TryGetValue("queries", out var queries) || queries.Count == 0)
            return YenteJson.Ok(Manifest(request, settings)); // the manifest is open, as the protocol requires
        // A query batch needs the screener role, like POST; checked here because the endpoint itself is open.
        if (!settings.NoAuth)
        {
            var auth = await request.HttpContext.AuthenticateAsync(ApiKeyAuthenticationHandler.SchemeName);
            if (!auth.Succeeded) return Results.Challenge(authenticationSchemes: [ApiKeyAuthenticationHandler.SchemeName]);
            var allowed = await authorization.AuthorizeAsync(auth.Principal!, KeyRoles.Screener);
            if (!allowed.Succeeded)
                return Results.Problem($"this key's role cannot reconcile; the '{KeyRoles.Screener}' role is needed", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }
        return Run(queries[^1], index, request.HttpContext, recorder);
    }

    private static async Task<IResult> Post(HttpRequest request, LiveIndex index, ScreeningRecorder recorder, CancellationToken cancel)
    {
        if (!request.HasFormContentType)
            return Problems.Field("body", "send the batch as the form field 'queries' (application/x-www-form-urlencoded)");
        var form = await request.ReadFormAsync(cancel);
        if (!form.TryGetValue("queries", out var queries) || queries.Count == 0 || string.IsNullOrWhiteSpace(queries[^1]))
            return Problems.Field("queries", "missing; send the batch as the form field 'queries'");
        return Run(queries[^1], index, request.HttpContext, recorder);
    }

    private static IResult Run(string? batchJson, LiveIndex index, HttpContext context, ScreeningRecorder recorder)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(batchJson ?? "");
        }
        catch (JsonException ex)
        {
            return Problems.Field("queries", $"not valid JSON at line {(ex.LineNumber ?? 0) + 1}, position {(ex.BytePositionInLine ?? 0) + 1}");
        }
        using var _ = document;
        if (document.RootElement.ValueKind != JsonValueKind.Object) return Problems.Field("queries", "must be a JSON object of queries by key");
        var parsed = new List<(string Key, ReconcileQuery Query)>();
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            var query = ReconcileQuery.Parse(entry.Name, entry.Value, out var error);
            if (query is null) return Problems.Field("queries", error!);
            parsed.Add((entry.Name, query));
        }
        if (parsed.Count > BatchSize)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Batch too large",
                detail: $"queries: {parsed.Count} queries; at most {BatchSize} per batch (the manifest's batchSize)");
        if (index.Current is not { } snapshot) return Problems.NotReady(index.LastError);

        var threshold = snapshot.Screener.Index.Profile.AlertThreshold;
        var results = new Dictionary<string, ReconcileResult>(parsed.Count, StringComparer.Ordinal);
        var proofs = new List<ScreenedItem>(parsed.Count);
        foreach (var (key, query) in parsed)
        {
            var candidates = new List<ReconcileCandidate>();
            if (query.ToScreening() is { } q)
            {
                // The same search as /api/v1/search?min_score=0&top=LIMIT: the candidates ranked by the screener's score.
                var hits = snapshot.Screener.Search(q, new SearchOptions(query.Limit, MinScore: 0, Explain: true));
                foreach (var hit in hits) candidates.Add(Candidate(hit, threshold));
                proofs.Add(new ScreenedItem(key, ScreeningRecorder.Canonical(q), hits.Count, ScreeningRecorder.Alerts(hits, threshold)));
            }
            results[key] = new ReconcileResult(candidates);
        }
        // Proof of screening: one record per reconciled cell that named someone.
        if (proofs.Count > 0) ScreeningProofs.Record(context, recorder, "api.reconcile", snapshot, proofs);
        return YenteJson.Ok(results);
    }

    private static ReconcileCandidate Candidate(ScreeningHit hit, double threshold)
    {
        var e = hit.Entity;
        var schema = FtmEntity.SchemaOf(e.Kind);
        var parts = new List<string> { schema, e.Source };
        if (e.Programs.Count > 0) parts.Add(string.Join(", ", e.Programs));
        if (e.BirthDates.Count > 0) parts.Add("born " + e.BirthDates[0]);
        if (e.Nationalities.Count > 0) parts.Add(string.Join(", ", e.Nationalities));
        if (hit.MatchedName != e.Name) parts.Add($"matched: {hit.MatchedName}");
        var features = hit.Explanation?.Features.Select(f => new ReconcileFeature(f.Feature, Wire.Round(f.Effect))).ToList() ?? [];
        return new ReconcileCandidate(e.Ref.ToString(), e.Name, string.Join(" · ", parts), [new ReconcileType(schema, schema)],
            Math.Round(hit.Score * 100, 2, MidpointRounding.AwayFromZero), hit.Score >= threshold, features);
    }

    private static ReconcileManifest Manifest(HttpRequest request, ServerSettings settings)
    {
        var root = $"{request.Scheme}://{request.Host.Value}{request.PathBase}";
        return new ReconcileManifest(
            ["0.2"], "Vigil sanctions screening", $"{root}/api/v1/yente/entities/", "https://followthemoney.tech/explorer/schemata/",
            [new("Person", "Person"), new("Organization", "Organization"), new("Vessel", "Vessel")],
            $"{root}/openapi/v1.json", typeof(ReconcileEndpoints).Assembly.GetName().Version?.ToString() ?? "0",
            new ReconcileTemplate($"{root}/reconcile/view/{{{{id}}}}"),
            new ReconcilePreviewMetadata($"{root}/api/v1/reconcile/preview?id={{{{id}}}}", 420, 160),
            BatchSize,
            settings.NoAuth ? null : new ReconcileAuthentication("apiKey", "Authorization", "header", "Vigil API key, sent as 'Bearer KEY' (vigil keys create NAME)"));
    }

    private static IResult Preview(string? id, HttpContext context, LiveIndex index)
    {
        if (index.Current is not { } snapshot) return Problems.NotReady(index.LastError);
        if (string.IsNullOrWhiteSpace(id)) return Problems.Field("id", "missing; give ?id=SOURCE:ID");
        if (YenteEndpoints.Find(snapshot, id) is not { } e) return Problems.NotFound($"id: '{id}' is not in the active lists");
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(Enc(e.Name)).Append("</title></head><body>");
        html.Append("<p><strong>").Append(Enc(e.Name)).Append("</strong> — ").Append(Enc(FtmEntity.SchemaOf(e.Kind))).Append(", ").Append(Enc(e.Ref.ToString())).Append("</p><ul>");
        void Line(string label, IEnumerable<string> values)
        {
            var text = string.Join("; ", values.Where(v => !string.IsNullOrWhiteSpace(v)));
            if (text.Length > 0) html.Append("<li>").Append(Enc(label)).Append(": ").Append(Enc(text)).Append("</li>");
        }
        Line("Also known as", e.Names.Skip(1).Select(n => n.Full).Take(5));
        Line("Born", e.BirthDates.Select(b => b.ToString()));
        Line("Nationality", e.Nationalities);
        Line("Programs", e.Programs);
        Line("Identifiers", e.Identifiers.Take(5).Select(i => $"{i.Kind} {i.Number}"));
        html.Append("</ul></body></html>");
        // A preview is shown inside the client's page (an iframe in OpenRefine): this one page may be framed, and runs no script.
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors *";
        context.Response.Headers.Remove("X-Frame-Options");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8);
    }

    private static string Enc(string text) => WebUtility.HtmlEncode(text);
}
