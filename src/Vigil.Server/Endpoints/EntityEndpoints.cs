using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigil.Contracts;
using Vigil.Server.Contracts;
using Vigil.Server.Auth;
using Vigil.Server.Http;
using Vigil.Workflows;
using Vigil.Workflows.Parties;
using Vigil.Workflows.Screening;

namespace Vigil.Server.Endpoints;

/// <summary><c>GET /entities/{source}/{id}</c>: everything the list says about one entry.</summary>
public static class EntityEndpoints
{
    public static RouteGroupBuilder MapEntities(this RouteGroupBuilder api)
    {
        api.MapGet("/entities/{source}/{id}", Get)
            .WithName("Entity")
            .RequireRole(KeyRoles.Viewer)
            .WithSummary("One list entry with all its names, identifiers, addresses, programs, remarks and its list version")
            .WithDescription("version=V reads the entry from an older version (default: the active one).");
        return api;
    }

    private static Results<Ok<EntityResult>, ValidationProblem, ProblemHttpResult> Get(
        string source, string id, string? version, ServerSettings settings, LiveIndex live)
    {
        var values = new QueryValues();
        var versionId = values.Long("version", version);
        if (values.Errors.Count > 0) return Problems.Fields(values.Errors);
        try
        {
            var record = new ListCatalog(settings.Home).Entity($"{source}:{id}", versionId);
            // The document `vigil entity --json` prints, with the party from the index being screened with when it holds
            // the entry's version (else from the active lists).
            var party = record.Version.IsActive ? PartyOf(live, settings.Home, record) : null;
            return TypedResults.Ok(EntityResult.From(record.Json, record.Version, party is null ? null : PartyResult.From(party.Party, party.Members)));
        }
        catch (VigilException ex) when (!StoreOutage.Is(ex))
        {
            return Problems.NotFound(ex.Message);
        }
    }

    private static PartyLookup? PartyOf(LiveIndex live, VigilHome home, EntityRecord record)
    {
        if (live.Current is { } current && current.Versions.Any(v => v.Id == record.Version.Id))
        {
            var index = current.Screener.Index;
            return PartyLookup.Find(index.Parties, [.. index.Entities.Select(e => e.Entity)], record.Entity.Ref);
        }
        return PartyLookup.Load(home, record.Entity.Ref);
    }
}
