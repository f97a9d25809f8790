using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigil.Contracts;
using Vigil.Server.Contracts;
using Vigil.Server.Auth;
using Vigil.Server.Http;
using Vigil.Workflows;

namespace Vigil.Server.Endpoints;

/// <summary><c>GET /lists</c>, <c>/lists/pending</c>, <c>/lists/{source}/versions</c>, <c>/lists/{source}/diff</c>: the loaded
/// versions, the ones held for an operator, and what changed.</summary>
public static class ListEndpoints
{
    public static RouteGroupBuilder MapLists(this RouteGroupBuilder api)
    {
        api.MapGet("/lists", Active).WithName("Lists").RequireRole(KeyRoles.Viewer).WithSummary("The active version of each loaded list, with counts per kind");
        api.MapGet("/lists/pending", Pending).WithName("PendingLists").RequireRole(KeyRoles.Viewer)
            .WithSummary("The list versions held for an operator's decision (status pending, with held_reason)")
            .WithDescription("A version that removes more than the allowed share of entries, or is older than the active one, is held, " +
                             "not activated; vigil lists accept|drop SOURCE VERSION decides it.");
        api.MapGet("/lists/{source}/versions", Versions).WithName("ListVersions").RequireRole(KeyRoles.Viewer).WithSummary("Every loaded version of a list, newest first");
        api.MapGet("/lists/{source}/diff", Diff).WithName("ListDiff").RequireRole(KeyRoles.Viewer)
            .WithSummary("Entries added, removed and changed between two versions")
            .WithDescription("to defaults to the active version, from to the version it replaced.");
        return api;
    }

    private static Ok<VersionInfo[]> Active(ServerSettings settings) =>
        TypedResults.Ok(new ListCatalog(settings.Home).Active().Select(VersionInfo.From).ToArray());

    private static Ok<VersionInfo[]> Pending(ServerSettings settings) =>
        TypedResults.Ok(new ListCatalog(settings.Home).Pending().Select(VersionInfo.From).ToArray());

    private static Results<Ok<VersionInfo[]>, ProblemHttpResult> Versions(string source, ServerSettings settings)
    {
        try
        {
            return TypedResults.Ok(new ListCatalog(settings.Home).Versions(source).Select(VersionInfo.From).ToArray());
        }
        catch (VigilException ex)
        {
            return Problems.NotFound($"source: {ex.Message}");
        }
    }

    private static Results<Ok<ListDiffResult>, ValidationProblem, ProblemHttpResult> Diff(string source, string? from, string? to, ServerSettings settings)
    {
        var values = new QueryValues();
        var fromId = values.Long("from", from);
        var toId = values.Long("to", to);
        if (values.Errors.Count > 0) return Problems.Fields(values.Errors);
        try
        {
            var report = new ListCatalog(settings.Home).Diff(source, fromId, toId);
            return TypedResults.Ok(ListDiffResult.Of(report.From, report.To, report.Change));
        }
        catch (VigilException ex)
        {
            return Problems.NotFound(ex.Message);
        }
    }
}
