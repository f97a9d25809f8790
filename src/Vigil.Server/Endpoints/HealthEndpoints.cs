using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigil.Server.Contracts;
using Vigil.Server.Http;
using Vigil.Workflows.Screening;

namespace Vigil.Server.Endpoints;

/// <summary><c>/healthz</c> (the process answers) and <c>/readyz</c> (an index is built); open, for load balancers and orchestrators.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new HealthResponse("up"))).WithName("Health").AllowAnonymous().WithSummary("The process is up");
        app.MapGet("/readyz", Ready).WithName("Ready").AllowAnonymous().WithSummary("Lists are loaded and the index is built (503 until then); status 'degraded' (still 200) names the sources older than lists.max_age_hours");
        return app;
    }

    private static Results<Ok<ReadyResponse>, ProblemHttpResult> Ready(LiveIndex index, Telemetry.ListAgeLimits limits, TimeProvider time)
    {
        if (index.Current is not { } s) return Problems.NotReady(index.LastError);
        // A list older than its limit still screens, so the server stays in rotation (200) and says "degraded" by name.
        var ages = Telemetry.ListAge.Of(s.Versions, limits, time.GetUtcNow());
        var stale = ages.Where(a => a.Stale).Select(a => a.Source).ToArray();
        return TypedResults.Ok(new ReadyResponse(stale.Length > 0 ? "degraded" : "ready", s.Key, s.Screener.Index.Entities.Count,
            s.Screener.Index.NameCount, s.BuiltAt, ages, stale));
    }
}
