using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigil.Contracts;
using Vigil.Server.Auth;
using Vigil.Server.Http;
using Vigil.Workflows.Overview;

namespace Vigil.Server.Endpoints;

/// <summary><c>GET /overview</c>: the figures of the UI's overview page (open alerts by age and state, decisions and
/// screenings per day, each list's freshness), counted by the store. For the analyst role, as the alerts themselves.</summary>
public static class OverviewEndpoints
{
    public static RouteGroupBuilder MapOverview(this RouteGroupBuilder api)
    {
        api.MapGet("/overview", Get)
            .WithName("Overview")
            .RequireRole(KeyRoles.Analyst)
            .WithSummary("Open alerts by age and state, decisions and screenings per day, and each list's version and freshness")
            .WithDescription("Age buckets of live undecided alerts (open, escalated, pending_approval): lt_1d, 1_7d, 7_30d, gt_30d (a " +
                             "bucket includes its lower edge). Decisions are reviewers' (not the engine's), per UTC day and outcome; " +
                             "screenings count screening records per UTC day. days (1-" + OverviewReport.MaxDays + ", default " +
                             OverviewReport.DefaultDays + ") sets how many days, ending today, the per-day charts cover; every day is present, " +
                             "quiet ones with 0. lists gives each active list's version, publication and load dates, their ages, and held (pending) versions.");
        return api;
    }

    private static Results<Ok<OverviewResult>, ValidationProblem> Get(string? days, ServerSettings settings, TimeProvider time)
    {
        var values = new QueryValues();
        var count = values.Int("days", days, OverviewReport.DefaultDays, 1, OverviewReport.MaxDays);
        if (values.Errors.Count > 0) return Problems.Fields(values.Errors);
        return TypedResults.Ok(new OverviewReport(settings.Home, time).Build(count));
    }
}
