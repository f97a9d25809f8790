using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Vigil.Contracts;

namespace Vigil.Server.Auth;

/// <summary>Writes each operation's role into the OpenAPI document: <c>x-required-role</c> and a line of its description.</summary>
internal static class RoleDocumentation
{
    public static Task Transform(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancel)
    {
        if (Roles.RequiredRole(context.Description.ActionDescriptor.EndpointMetadata) is not { } role) return Task.CompletedTask;
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions["x-required-role"] = new JsonNodeExtension(JsonValue.Create(role));
        var higher = KeyRoles.All.Skip(KeyRoles.Rank(role) + 1).ToArray();
        var line = higher.Length == 0 ? $"Role: {role}." : $"Role: {role} (or {string.Join(", ", higher)}).";
        operation.Description = string.IsNullOrEmpty(operation.Description) ? line : operation.Description + " " + line;
        return Task.CompletedTask;
    }
}
