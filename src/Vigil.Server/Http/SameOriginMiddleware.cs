using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Vigil.Server.Http;

/// <summary>A state-changing <c>/api</c> call (POST, PUT, PATCH, DELETE) must come from this server's own origin (403 otherwise)
/// and carry a JSON body (<c>Content-Type: application/json</c>; 415 otherwise).</summary>
/// <remarks>Cross-site request forgery: a page elsewhere can make the browser POST a form or a text/plain body without any
/// preflight, and with <c>--no-auth</c> nothing else would stop it. Requiring JSON forces a CORS preflight, which this server
/// never grants; a browser sends <c>Origin</c> on every cross-origin POST, so a foreign one is refused before the body is read.
/// Clients outside a browser (curl, the tests) send no Origin and pass.</remarks>
internal sealed class SameOriginMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || !ChangesState(request.Method)) return next(context);

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase))
            return Problems.WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden",
                $"Origin: '{origin}' is not this server ({request.Scheme}://{request.Host.Value}); cross-site calls are refused");

        // A reconciliation batch is read-only and arrives as a form (the protocol's POST); the origin check above still applies.
        if (!IsJson(request.ContentType) && !(request.HasFormContentType && request.Path.StartsWithSegments("/api/v1/reconcile", StringComparison.OrdinalIgnoreCase)))
            return Problems.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"Content-Type: '{request.ContentType}' is not JSON; send the body as 'Content-Type: application/json'");
        return next(context);
    }

    private static bool ChangesState(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) &&
        (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));
}
