using Vigil.Contracts;
namespace Vigil.Workflows.Keys;

/// <summary>An API key as <c>vigil keys list</c> shows it: never the key itself, which is shown once at creation.</summary>
/// <param name="Role">viewer, screener, analyst or admin (see <see cref="Contracts.KeyRoles"/>).</param>
public sealed record ApiKey(string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, string Role = Contracts.KeyRoles.Admin)
{
    public bool IsRevoked => RevokedAt is not null;
}
