namespace Vigil.Workflows.Keys;

/// <summary>An API key as <c>vigil keys list</c> shows it: never the key itself, which is shown once at creation.</summary>
public sealed record ApiKey(string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;
}
