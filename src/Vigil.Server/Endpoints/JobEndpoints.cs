using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigil.Contracts;
using Vigil.Server.Auth;
using Vigil.Server.Http;
using Vigil.Workflows.Distributed;

namespace Vigil.Server.Endpoints;

/// <summary><c>GET /jobs</c>, <c>GET /jobs/{id}</c>: the register's screening jobs and their progress (chunks done by
/// <c>vigil worker</c> processes, customers, alerts), as <c>vigil jobs</c> shows them. For the analyst role.</summary>
public static class JobEndpoints
{
    public static RouteGroupBuilder MapJobs(this RouteGroupBuilder api)
    {
        api.MapGet("/jobs", List)
            .WithName("Jobs")
            .RequireRole(KeyRoles.Analyst)
            .WithSummary("Screening jobs of the customer register, newest first, with their progress")
            .WithDescription("count (1-" + JobReport.MaxCount + ", default " + JobReport.DefaultCount + ") sets how many. state is running, done, " +
                             "superseded or failed (a chunk failed every delivery); chunks is 0 for a job run in one process.");
        api.MapGet("/jobs/{id}", One)
            .WithName("Job")
            .RequireRole(KeyRoles.Analyst)
            .WithSummary("One screening job with its progress");
        return api;
    }

    private static Results<Ok<JobList>, ValidationProblem> List(string? count, ServerSettings settings)
    {
        var values = new QueryValues();
        var n = values.Int("count", count, JobReport.DefaultCount, 1, JobReport.MaxCount);
        if (values.Errors.Count > 0) return Problems.Fields(values.Errors);
        return TypedResults.Ok(new JobReport(settings.Home).List(n));
    }

    private static Results<Ok<JobStatus>, NotFound> One(long id, ServerSettings settings) =>
        new JobReport(settings.Home).One(id) is { } job ? TypedResults.Ok(job) : TypedResults.NotFound();
}
