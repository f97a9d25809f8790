using System.Text.Json;

namespace Vigil.Server.Contracts;

/// <summary>Everything the list says about one entry (the entity as stored, snake_case) and the version it is from.</summary>
public sealed record EntityResponse(JsonElement Entity, ListVersionDto ListVersion);
