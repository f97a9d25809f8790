using System.Text.Json;
using Vigil.Core.Lists;

namespace Vigil.Contracts;

/// <summary>Everything the list says about one entry (the entity as stored: snake_case fields, kinds and roles as snake_case
/// words, dates as <c>YYYY[-MM[-DD]]</c>) and the version it is from: <c>vigil entity --json</c> and <c>GET /api/v1/entities/…</c>.</summary>
/// <param name="Party">The party the entry belongs to across the active lists, with every listing and link; left out for
/// an entry of a version that is not active.</param>
public sealed record EntityResult(JsonElement Entity, VersionInfo ListVersion, PartyResult? Party = null)
{
    /// <summary>The wire shape of a stored entity (its JSON as the store keeps it) in <paramref name="version"/>.</summary>
    public static EntityResult From(string storedJson, ListVersion version, PartyResult? party = null)
    {
        using var document = JsonDocument.Parse(storedJson);
        return new EntityResult(document.RootElement.Clone(), VersionInfo.From(version), party);
    }
}
