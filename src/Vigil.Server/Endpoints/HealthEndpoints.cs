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
        app.MapGet("/readyz", Ready).WithName("Ready").AllowAnonymous().WithSummary("Lists are loaded and the index is built (503 until then)");
        return app;
    }

    private static Results<Ok<ReadyResponse>, ProblemHttpResult> Ready(LiveIndex index) =>
        index.Current is { } s
            ? TypedResults.Ok(new ReadyResponse("ready", s.Key, s.Screener.Index.Entities.Count, s.Screener.Index.NameCount, s.BuiltAt))
            : Problems.NotReady(index.LastError);
}
