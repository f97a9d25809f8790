using Microsoft.AspNetCore.Http;
using Vigil.Workflows.Keys;

namespace Vigil.Server.Http;

/// <summary>Every <c>/api</c> call needs <c>Authorization: Bearer KEY</c>: 401 without a known key, 403 for a revoked one.</summary>
/// <remarks>The probes, OpenAPI document and UI files are outside <c>/api</c> and open; the UI sends the key the analyst enters.</remarks>
internal sealed class ApiKeyMiddleware(RequestDelegate next, ApiKeys keys, ServerSettings settings, Microsoft.Extensions.Configuration.IConfiguration configuration)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (settings.NoAuth || !NeedsKey(context.Request)) return next(context);
        // The reconciliation manifest (GET without queries) is open, as the Reconciliation Service API requires: a client
        // reads it to learn that a key is needed. It says nothing about the lists.
        if (Endpoints.Reconcile.ReconcileEndpoints.IsManifestRequest(context.Request)) return next(context);

        var header = context.Request.Headers.Authorization.ToString();
        if (header.Length == 0)
            return Refuse(context, StatusCodes.Status401Unauthorized,
                "Authorization: missing; send 'Authorization: Bearer KEY' (create a key with: vigil keys create NAME)");
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return Refuse(context, StatusCodes.Status401Unauthorized, "Authorization: not a bearer key; send 'Authorization: Bearer KEY'");

        return keys.Check(header["Bearer ".Length..].Trim()) switch
        {
            KeyCheck.Valid => next(context),
            KeyCheck.Revoked => Refuse(context, StatusCodes.Status403Forbidden, "Authorization: this key was revoked; ask for a new one (vigil keys create NAME)"),
            _ => Refuse(context, StatusCodes.Status401Unauthorized, "Authorization: unknown key"),
        };
    }

    /// <summary>/api and /mcp always; /metrics when Vigil:Metrics:RequireKey is set (docs/operations.md).</summary>
    private bool NeedsKey(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments(ServerHost.McpPath, StringComparison.OrdinalIgnoreCase)
        || (Telemetry.TelemetrySetup.IsMetrics(request) && Telemetry.TelemetrySetup.MetricsRequireKey(configuration));

    private static Task Refuse(HttpContext context, int status, string detail)
    {
        if (status == StatusCodes.Status401Unauthorized) context.Response.Headers.WWWAuthenticate = "Bearer";
        return Problems.WriteAsync(context, status, status == 401 ? "Unauthorized" : "Forbidden", detail);
    }
}
