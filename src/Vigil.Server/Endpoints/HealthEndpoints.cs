using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigil.Server.Contracts;
using Vigil.Server.Http;
using Vigil.Workflows.Screening;

namespace Vigil.Server.Endpoints;

/// <summary><c>/healthz</c> (the process answers) and <c>/readyz</c> (an index is built, which versions, whether it is behind
/// the store); open, for load balancers and orchestrators.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new HealthResponse("up"))).WithName("Health").AllowAnonymous().WithSummary("The process is up");
        app.MapGet("/readyz", Ready).WithName("Ready").AllowAnonymous().WithSummary("Lists are loaded and the index is built (503 until then, and " +
                         "503 with Retry-After while the store cannot be reached); status 'behind' (still 200) when the store's active " +
                         "versions differ from the served index's, 'degraded' (still 200) names the sources older than lists.max_age_hours")
            .WithDescription("list_versions is the served index, store_list_versions the store's active versions at checked_at, " +
                             "behind_seconds how long they have differed. max_behind=SECONDS answers 503 when the node has been behind " +
                             "longer than that, for a load balancer that should take a lagging node out of rotation.");
        return app;
    }

    private static async Task<Results<Ok<ReadyResponse>, ProblemHttpResult, ValidationProblem>> Ready(
        LiveIndex index, Telemetry.ListAgeLimits limits, TimeProvider time, IndexFreshness freshness, StoreProbe probe, HttpContext context,
        string? max_behind)
    {
        double? maxBehind = null;
        if (max_behind is not null)
        {
            if (!double.TryParse(max_behind, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var m)
                || !double.IsFinite(m) || m < 0)
                return Problems.Field("max_behind", $"'{max_behind}' is not a number of seconds (0 or more)");
            maxBehind = m;
        }
        await probe.CheckAsync(context.RequestAborted);
        if (freshness.StoreError is { } outage)
        {
            // The index could still answer searches, but every write (screening records, decisions) and key check would
            // fail: take the node out until a read of the store (the watcher's or the probe's) succeeds.
            context.Response.Headers.RetryAfter = Problems.StoreRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(detail: $"store: {outage}", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Store unavailable",
                extensions: new Dictionary<string, object?> { ["store_down_since"] = freshness.StoreDownSince });
        }
        if (index.Current is not { } s) return Problems.NotReady(index.LastError ?? freshness.LastError);
        var now = time.GetUtcNow();
        // A list older than its limit still screens, so the server stays in rotation (200) and says "degraded" by name.
        var ages = Telemetry.ListAge.Of(s.Versions, limits, now);
        var stale = ages.Where(a => a.Stale).Select(a => a.Source).ToArray();
        var behind = freshness.Behind(now);
        var lagging = freshness.BehindSince is not null;
        // Every node rebuilds at once after a list change, so lagging alone stays 200 (the old index screens); a balancer
        // that prefers fresh nodes asks with max_behind.
        if (lagging && maxBehind is { } limit && behind.TotalSeconds > limit)
            return TypedResults.Problem(
                detail: $"list_versions: serving {s.Key}, the store's active versions are {freshness.StoreKey} (behind for {behind.TotalSeconds:0} s)" +
                        (freshness.LastError is { } e ? $"; {e}" : ""),
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Behind");
        var status = lagging ? "behind" : stale.Length > 0 ? "degraded" : "ready";
        return TypedResults.Ok(new ReadyResponse(status, s.Key, s.Screener.Index.Entities.Count,
            s.Screener.Index.NameCount, s.BuiltAt, ages, stale,
            IndexAgeSeconds: Math.Max(0, (now - s.BuiltAt).TotalSeconds), StoreListVersions: freshness.StoreKey ?? s.Key,
            CheckedAt: freshness.CheckedAt, BehindSeconds: behind.TotalSeconds, Error: freshness.LastError));
    }
}
