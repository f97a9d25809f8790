using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigil.Contracts;
using Vigil.Server.Contracts;
using Vigil.Server.Auth;
using Vigil.Server.Http;
using Vigil.Workflows;
using Vigil.Workflows.Screening;

namespace Vigil.Server.Endpoints;

/// <summary><c>GET /lists</c>, <c>/lists/pending</c>, <c>/lists/{source}/versions</c>, <c>/lists/{source}/entries</c>,
/// <c>/lists/{source}/diff</c>: the loaded versions, the ones held for an operator, a source's entries, and what changed.</summary>
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
        api.MapGet("/lists/{source}/entries", Entries).WithName("ListEntries").RequireRole(KeyRoles.Viewer)
            .WithSummary("The entries of a source's active version, in list order, a page at a time")
            .WithDescription($"name filters to entries with a name (any alias) or id holding the text, ignoring case; offset (default 0) " +
                             $"and limit (1-{MaxEntries}, default 100) page through them. 404 when the source has no active version; " +
                             "503 while the index is not built.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/lists/{source}/diff", Diff).WithName("ListDiff").RequireRole(KeyRoles.Viewer)
            .WithSummary("Entries added, removed and changed between two versions")
            .WithDescription("to defaults to the active version, from to the version it replaced.");
        return api;
    }

    /// <summary>The most entries one page of <c>/lists/{source}/entries</c> holds.</summary>
    private const int MaxEntries = 1000;

    private static Results<Ok<EntryPage>, ValidationProblem, ProblemHttpResult> Entries(
        string source, string? name, string? offset, string? limit, LiveIndex index)
    {
        var values = new QueryValues();
        var skip = values.Int("offset", offset, 0, 0, int.MaxValue);
        var take = values.Int("limit", limit, 100, 1, MaxEntries);
        if (values.Errors.Count > 0) return Problems.Fields(values.Errors);
        if (index.Current is not { } snapshot) return Problems.NotReady(index.LastError);
        if (snapshot.Versions.FirstOrDefault(v => v.Source == source) is not { } version)
            return Problems.NotFound($"source: {source} has no active version (active: {string.Join(", ", snapshot.Versions.Select(v => v.Source))})");
        var filter = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        var page = new List<EntryRef>();
        var total = 0;
        foreach (var prepared in snapshot.Screener.Index.Entities)
        {
            var e = prepared.Entity;
            if (e.Source != source) continue;
            if (filter is not null && !e.SourceId.Contains(filter, StringComparison.OrdinalIgnoreCase)
                && !e.Names.Any(n => n.Full.Contains(filter, StringComparison.OrdinalIgnoreCase))) continue;
            if (total >= skip && page.Count < take) page.Add(new EntryRef(e.SourceId, Wire.Name(e.Kind), e.Name));
            total++;
        }
        return TypedResults.Ok(new EntryPage(source, version.Number, version.Id, total, skip, page));
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
        catch (VigilException ex) when (!StoreOutage.Is(ex))
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
        catch (VigilException ex) when (!StoreOutage.Is(ex))
        {
            return Problems.NotFound(ex.Message);
        }
    }
}
