using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Contracts;

namespace Vigil.Server.Auth;

/// <summary>The API-key scheme and one named authorization policy per role; every endpoint declares its role with <see cref="RequireRole{T}"/>.</summary>
public static class Roles
{
    /// <summary>Registers the <c>ApiKey</c> scheme, the policies <c>viewer</c>, <c>screener</c>, <c>analyst</c>, <c>admin</c>
    /// and the 403 answer naming the missing role.</summary>
    public static IServiceCollection AddVigilAuth(this IServiceCollection services)
    {
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(options =>
        {
            foreach (var role in KeyRoles.All)
                options.AddPolicy(role, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                    .RequireAuthenticatedUser()
                    .AddRequirements(new RoleRequirement(role)));
        });
        // RoleRequirement is its own handler: the pass-through handler runs it.
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, RoleRefusalHandler>();
        return services;
    }

    /// <summary>The endpoint needs <paramref name="role"/> (or a higher one); OpenAPI shows it as <c>x-required-role</c>.</summary>
    public static TBuilder RequireRole<TBuilder>(this TBuilder builder, string role) where TBuilder : IEndpointConventionBuilder
    {
        if (KeyRoles.Parse(role) != role) throw new ArgumentException($"'{role}' is not one of {string.Join(", ", KeyRoles.All)}", nameof(role));
        return builder.RequireAuthorization(role);
    }

    /// <summary>The role an endpoint's metadata requires: its authorization policy name; null when it has none.</summary>
    public static string? RequiredRole(IEnumerable<object> metadata) =>
        metadata.OfType<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null && KeyRoles.Parse(p) == p);
}
