using System.Text.Json;
using Vigil.Core.Lists;

namespace Vigil.Contracts;

/// <summary>Everything the list says about one entry (the entity as stored: snake_case fields, kinds and roles as snake_case
/// words, dates as <c>YYYY[-MM[-DD]]</c>) and the version it is from: <c>vigil entity --json</c> and <c>GET /api/v1/entities/…</c>.</summary>
public sealed record EntityResult(JsonElement Entity, VersionInfo ListVersion)
{
    /// <summary>The wire shape of a stored entity (its JSON as the store keeps it) in <paramref name="version"/>.</summary>
    public static EntityResult From(string storedJson, ListVersion version)
    {
        using var document = JsonDocument.Parse(storedJson);
        return new EntityResult(document.RootElement.Clone(), VersionInfo.From(version));
    }
}
