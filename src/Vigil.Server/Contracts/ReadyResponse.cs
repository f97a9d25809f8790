namespace Vigil.Server.Contracts;

/// <summary>The readiness answer: the versions the index holds, its size and when it was built.</summary>
public sealed record ReadyResponse(string Status, string ListVersions, int Entities, int Names, DateTimeOffset BuiltAt);
