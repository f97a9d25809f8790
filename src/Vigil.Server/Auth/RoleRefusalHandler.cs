using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Vigil.Server.Http;

namespace Vigil.Server.Auth;

/// <summary>Answers a refused role with 403 naming the role the endpoint needs and the role the key has; everything else as usual.</summary>
internal sealed class RoleRefusalHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<RoleRequirement>().FirstOrDefault() is { } missing)
        {
            var name = context.User.Identity?.Name ?? "?";
            var held = context.User.FindFirst(ClaimTypes.Role)?.Value ?? "none";
            return Problems.WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden",
                $"Authorization: this call needs the '{missing.Role}' role (or higher); key '{name}' has the '{held}' role " +
                $"(make one with: vigil keys create NAME --role {missing.Role})");
        }
        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
