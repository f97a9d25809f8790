namespace Vigil.Server.Contracts;

/// <summary>An API key as <c>GET /api/v1/keys</c> lists it: never the key itself.</summary>
public sealed record KeyInfo(string Name, string Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
