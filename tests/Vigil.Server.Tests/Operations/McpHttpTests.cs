using System.Net;
using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Operations;

/// <summary><c>/mcp</c> (streamable HTTP) on a real Kestrel socket, through the official MCP client.</summary>
public sealed class McpHttpTests
{
    private static Task<McpClient> ConnectAsync(KestrelServer server, string? key)
    {
        var options = new HttpClientTransportOptions
        {
            Endpoint = new Uri(server.Address, "mcp"),
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = key is null ? null : new Dictionary<string, string> { ["Authorization"] = $"Bearer {key}" },
        };
        return McpClient.CreateAsync(new HttpClientTransport(options));
    }

    private static JsonElement Json(CallToolResult result)
    {
        Assert.NotEqual(true, result.IsError);
        return JsonDocument.Parse(Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text).RootElement.Clone();
    }

    [Fact]
    public async Task An_assistant_lists_the_four_tools_and_finds_a_listed_name_over_http()
    {
        using var home = new OperationsHome();
        await using var server = await KestrelServer.StartAsync(home.Home);
        await using var client = await ConnectAsync(server, home.Key);

        var tools = await client.ListToolsAsync();
        Assert.Equal(["entity", "lists", "screen", "search"], tools.Select(t => t.Name).Order(StringComparer.Ordinal).ToArray());

        var search = Json(await client.CallToolAsync("search", new Dictionary<string, object?> { ["name"] = "Veldorian Arms Collective", ["top"] = 3 }));
        var hit = search.GetProperty("matches")[0];
        Assert.Equal("un", hit.GetProperty("source").GetString());
        Assert.Equal(OperationsHome.UnName, hit.GetProperty("name").GetString());
        Assert.InRange(hit.GetProperty("score").GetDouble(), 0.9, 1.0);

        var screen = Json(await client.CallToolAsync("screen", new Dictionary<string, object?>
        {
            ["records"] = new object[] { new { id = "a", name = "Quillmore Shipping and Logistics" }, new { id = "b", name = "Jane Nobody", type = "person" } },
        }));
        var results = screen.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(["a", "b"], results.Select(r => r.GetProperty("id").GetString()!).ToArray());
        Assert.Equal("900002", results[0].GetProperty("matches")[0].GetProperty("source_id").GetString());
        Assert.Equal(0, results[1].GetProperty("matches").GetArrayLength());

        var entity = Json(await client.CallToolAsync("entity", new Dictionary<string, object?> { ["reference"] = "un:QDe.990" }));
        Assert.Equal("un", entity.GetProperty("list_version").GetProperty("source").GetString());

        var lists = Json(await client.CallToolAsync("lists"));
        Assert.Equal(["ofac-cons", "un"], lists.EnumerateArray().Select(v => v.GetProperty("source").GetString()!).ToArray());

        var unknown = await client.CallToolAsync("entity", new Dictionary<string, object?> { ["reference"] = "un:QDe.000" });
        Assert.True(unknown.IsError);
    }

    [Fact]
    public async Task Mcp_over_http_needs_an_api_key()
    {
        using var home = new OperationsHome();
        await using var server = await KestrelServer.StartAsync(home.Home);
        using var http = new HttpClient { BaseAddress = server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "mcp")
        {
            Content = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"tools/list"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json, text/event-stream");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(request)).StatusCode);
        await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(server, null));
    }
}
