using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Vigil.Contracts;

namespace Vigil.Server.Auth;

/// <summary>The caller's key has <see cref="Role"/> or a higher one (<see cref="KeyRoles"/>).</summary>
internal sealed class RoleRequirement(string role) : AuthorizationHandler<RoleRequirement>, IAuthorizationRequirement
{
    /// <summary>The lowest role that may call the endpoint.</summary>
    public string Role { get; } = role;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RoleRequirement requirement)
    {
        if (KeyRoles.Allows(context.User.FindFirst(ClaimTypes.Role)?.Value, requirement.Role)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
