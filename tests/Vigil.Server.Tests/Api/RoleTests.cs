using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Server.Auth;
using Vigil.Server.Tests.Support;
using Vigil.Contracts;
using Vigil.Workflows;
using Vigil.Workflows.Keys;

namespace Vigil.Server.Tests.Api;

/// <summary>
/// Roles on API keys, over every endpoint the server maps (read from its endpoint data source, so a new endpoint without a
/// declared role fails here): each endpoint × each role is allowed or refused with 403 naming the role it needs.
/// </summary>
[Collection(LoadedHomeCollection.Name)]
public sealed class RoleTests(LoadedHome home)
{
    /// <summary>One key per role, made once for the shared home.</summary>
    private static readonly Dictionary<string, string> Keys = [];

    private string KeyFor(string role)
    {
        lock (Keys)
        {
            if (!Keys.TryGetValue(role, out var key))
                Keys[role] = key = new ApiKeys(new VigilHome(home.Home), TimeProvider.System).Create($"role-{role}", role);
            return key;
        }
    }

    /// <summary>Every endpoint the server maps: method, route pattern, the role its metadata requires, whether it is open.</summary>
    private List<(string Method, string Route, string? Role, bool Open)> Endpoints()
    {
        var sources = home.Factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        var list = new List<(string Method, string Route, string? Role, bool Open)>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
                list.Add((method, "/" + endpoint.RoutePattern.RawText!.TrimStart('/'), Roles.RequiredRole(endpoint.Metadata),
                    endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null));
        }
        Assert.True(list.Count >= 15, $"only {list.Count} endpoints found");
        return list;
    }

    [Fact]
    public void Every_endpoint_declares_a_role_or_is_explicitly_open_and_only_probes_and_OpenAPI_are_open()
    {
        foreach (var (method, route, role, open) in Endpoints())
        {
            Assert.True(role is not null ^ open, $"{method} {route}: declares neither a role (RequireRole) nor AllowAnonymous, or both");
            // The one open /api endpoint: the reconciliation manifest, which the protocol requires to be readable without a
            // key (its query batches check the screener role in the handler; ReconcileTests covers that).
            if (route.TrimEnd('/') == "/api/v1/reconcile" && method == "GET") Assert.True(open, "the reconciliation manifest must be open");
            else if (route.StartsWith("/api/", StringComparison.Ordinal)) Assert.True(role is not null, $"{method} {route}: an /api endpoint without a role");
            else if (route.TrimEnd('/') == "/mcp") Assert.Equal(KeyRoles.Screener, role); // the MCP server screens
            else Assert.True(open, $"{method} {route}: outside /api but not open");
        }
    }

    [Fact]
    public async Task Each_endpoint_answers_each_role_it_needs_and_refuses_lower_roles_with_403_naming_the_role()
    {
        var failures = new List<string>();
        foreach (var (method, route, needed, _) in Endpoints().Where(e => e.Role is not null))
        {
            foreach (var role in KeyRoles.All)
            {
                using var client = home.Factory.Client(KeyFor(role));
                using var response = await client.SendAsync(Request(method, route));
                var allowed = KeyRoles.Allows(role, needed!);
                var body = await response.Content.ReadAsStringAsync();
                var detail = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                    && JsonDocument.Parse(body).RootElement.TryGetProperty("detail", out var d) ? d.GetString() ?? "" : body;
                if (allowed && response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                    failures.Add($"{method} {route} as {role}: {(int)response.StatusCode} {body}");
                if (!allowed)
                {
                    if (response.StatusCode != HttpStatusCode.Forbidden) failures.Add($"{method} {route} as {role}: {(int)response.StatusCode}, not 403");
                    else if (!detail.Contains($"needs the '{needed}' role", StringComparison.Ordinal) || !detail.Contains($"has the '{role}' role", StringComparison.Ordinal))
                        failures.Add($"{method} {route} as {role}: 403 without naming the roles: {body}");
                }
            }
            using var anonymous = home.Factory.Client(null);
            using var refused = await anonymous.SendAsync(Request(method, route));
            if (refused.StatusCode != HttpStatusCode.Unauthorized) failures.Add($"{method} {route} without a key: {(int)refused.StatusCode}, not 401");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task A_viewer_key_reads_lists_but_gets_403_naming_screener_for_search()
    {
        using var client = home.Factory.Client(KeyFor(KeyRoles.Viewer));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/lists")).StatusCode);

        var problem = await Problem.ReadAsync(await client.GetAsync("/api/v1/search?name=CEIEC"), HttpStatusCode.Forbidden);

        Assert.Contains("needs the 'screener' role", Problem.Detail(problem));
        Assert.Contains("key 'role-viewer' has the 'viewer' role", Problem.Detail(problem));
    }

    [Fact]
    public async Task The_OpenAPI_document_names_the_role_of_every_api_operation()
    {
        using var client = home.Factory.Client(null);
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var expected = Endpoints().Where(e => e.Role is not null).ToDictionary(e => (e.Method.ToLowerInvariant(), e.Route.Length > 1 ? e.Route.TrimEnd('/') : e.Route), e => e.Role);

        var seen = 0;
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var key = (operation.Name, path.Name.Length > 1 ? path.Name.TrimEnd('/') : path.Name);
                if (!expected.TryGetValue(key, out var role)) continue;
                Assert.True(operation.Value.TryGetProperty("x-required-role", out var declared), $"{operation.Name} {path.Name} has no x-required-role");
                Assert.Equal(role, declared.GetString());
                Assert.Contains($"Role: {role}", operation.Value.GetProperty("description").GetString(), StringComparison.Ordinal);
                seen++;
                expected.Remove(key);
            }
        }
        Assert.True(expected.Count == 0, "not in the OpenAPI document: " + string.Join(", ", expected.Keys));
    }

    [Fact]
    public void Keys_made_before_roles_are_admin_and_an_unknown_role_is_refused_naming_the_option()
    {
        var keys = new ApiKeys(new VigilHome(home.Home), TimeProvider.System);
        Assert.Equal(KeyRoles.Admin, keys.List().Single(k => k.Name == "tests").Role);
        var error = Assert.Throws<VigilException>(() => keys.Create("auditor", "auditor"));
        Assert.StartsWith("--role:", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A request to the route with placeholders filled; bodies are empty JSON, so a POST that gets past the role check
    /// is refused for its body (400), never carried out.</summary>
    private static HttpRequestMessage Request(string method, string route)
    {
        var path = System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", m => m.Value == "{source}" ? "ofac-sdn" : "1");
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT") request.Content = new StringContent("", Encoding.UTF8, "application/json");
        return request;
    }
}
