using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vigil.Server.Http;
using Vigil.Contracts;
using Vigil.Workflows.Keys;

namespace Vigil.Server.Auth;

/// <summary>
/// The <c>ApiKey</c> authentication scheme: <c>Authorization: Bearer KEY</c> (or <c>Authorization: ApiKey KEY</c>, the form
/// the OpenSanctions API and the yente clients written for it send) → a user named after the key, with its role
/// as a <see cref="ClaimTypes.Role"/> claim. Under <c>--no-auth</c> every request is the <c>local</c> admin.
/// </summary>
/// <remarks>
/// A challenge answers 401 naming what was wrong with the header (missing, not a bearer key, unknown key), or 403 for a
/// revoked key; a refused role is answered by <see cref="RoleRefusalHandler"/>, which knows the role the endpoint needs.
/// </remarks>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeys keys, ServerSettings settings)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>Who acts under <c>--no-auth</c>.</summary>
    public const string LocalUser = "local";

    private const string FailureKey = "Vigil.Auth.Failure";
    private const string Missing = "Authorization: missing; send 'Authorization: Bearer KEY' (create a key with: vigil keys create NAME --role ROLE)";
    private const string NotBearer = "Authorization: not a bearer key; send 'Authorization: Bearer KEY' (or 'Authorization: ApiKey KEY')";
    private const string UnknownKey = "Authorization: unknown key";
    private const string Revoked = "Authorization: this key was revoked; ask for a new one (vigil keys create NAME --role ROLE)";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (settings.NoAuth) return Task.FromResult(Success(LocalUser, KeyRoles.Admin));
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0) return Task.FromResult(AuthenticateResult.NoResult());
        var prefix = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? "Bearer "
            : header.StartsWith("ApiKey ", StringComparison.OrdinalIgnoreCase) ? "ApiKey " : null;
        if (prefix is null) return Task.FromResult(Failure(NotBearer));
        var identity = keys.Identify(header[prefix.Length..].Trim());
        return Task.FromResult(identity.Check switch
        {
            KeyCheck.Valid => Success(identity.Name!, identity.Role!),
            KeyCheck.Revoked => Failure(Revoked),
            _ => Failure(UnknownKey),
        });
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var detail = Context.Items[FailureKey] as string ?? Missing;
        if (ReferenceEquals(detail, Revoked)) return Problems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Forbidden", detail);
        Response.Headers.WWWAuthenticate = "Bearer";
        return Problems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Unauthorized", detail);
    }

    private static AuthenticateResult Success(string name, string role)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private AuthenticateResult Failure(string detail)
    {
        Context.Items[FailureKey] = detail;
        return AuthenticateResult.Fail(detail);
    }
}
