using Microsoft.AspNetCore.Http;

namespace Vigil.Server.Http;

/// <summary>With <c>--no-auth</c>, every request's <c>Host</c> must name this machine (<see cref="LoopbackHost"/>); 403 otherwise.</summary>
/// <remarks>DNS rebinding points an attacker's name at 127.0.0.1, so their page is "same origin" with the API; its requests
/// still carry the attacker's name as Host, and that is what this refuses. With keys on, the key is the guard.</remarks>
internal sealed class LoopbackHostMiddleware(RequestDelegate next, ServerSettings settings)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!settings.NoAuth || LoopbackHost.Is(context.Request.Host.Host)) return next(context);
        return Problems.WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden",
            $"Host: '{context.Request.Host.Value}' is not this machine; with --no-auth only localhost, 127.0.0.1 and [::1] are served");
    }
}
