using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Vigil.Server.Telemetry;

/// <summary>Adds <c>/metrics</c> and <c>/mcp</c> to the OpenAPI document: both are mapped by their libraries, which the
/// document generator does not see.</summary>
internal static class OperationsOpenApi
{
    public static void AddOperationsToOpenApi(this IServiceCollection services) =>
        services.Configure<OpenApiOptions>("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Paths ??= new OpenApiPaths();
            document.Paths[TelemetrySetup.MetricsPath] = Path(HttpMethod.Get, "Prometheus metrics (text format)",
                "Request rate and latency per route, screenings by kind, alerts, index generation, age of each list in seconds " +
                "(docs/operations.md). Open unless the setting Vigil:Metrics:RequireKey is true.", "text/plain");
            document.Paths[ServerHost.McpPath] = Path(HttpMethod.Post, "Model Context Protocol (streamable HTTP)",
                "JSON-RPC messages of the MCP protocol; tools search, screen, entity and lists. Needs 'Authorization: Bearer <key>'. " +
                "Use an MCP client, not this document (docs/operations.md). Role: screener (or analyst, admin).", "application/json");
            // The MCP route is mapped by its library; its role is written here as RoleDocumentation writes the others'.
            foreach (var operation in document.Paths[ServerHost.McpPath].Operations!.Values)
                operation.Extensions = new Dictionary<string, IOpenApiExtension> { ["x-required-role"] = new JsonNodeExtension(System.Text.Json.Nodes.JsonValue.Create(Vigil.Contracts.KeyRoles.Screener)) };
            return Task.CompletedTask;
        }));

    private static OpenApiPathItem Path(HttpMethod method, string summary, string description, string contentType) => new()
    {
        Operations = new Dictionary<HttpMethod, OpenApiOperation>
        {
            [method] = new OpenApiOperation
            {
                Summary = summary,
                Description = description,
                Tags = new HashSet<OpenApiTagReference> { new("operations") },
                Responses = new OpenApiResponses
                {
                    ["200"] = new OpenApiResponse { Description = "OK", Content = new Dictionary<string, OpenApiMediaType> { [contentType] = new() } },
                },
            },
        },
    };
}
