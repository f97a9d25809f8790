using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Vigil.Cli.Tests.Support;

namespace Vigil.Cli.Tests.Operations;

/// <summary><c>vigil mcp</c> as a real child process speaking MCP over stdio to the official client.</summary>
[Collection(LoadedListsCollection.Name)]
public sealed class McpStdioTests(LoadedHomes homes)
{
    [Fact]
    public async Task An_assistant_starts_vigil_mcp_lists_its_tools_and_finds_a_listed_name()
    {
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "vigil",
            Command = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet",
            Arguments = [VigilRunner.VigilDll, "mcp"],
            WorkingDirectory = AppContext.BaseDirectory,
            EnvironmentVariables = new Dictionary<string, string?> { ["VIGIL_HOME"] = homes.Current },
        });
        await using var client = await McpClient.CreateAsync(transport);

        var tools = await client.ListToolsAsync();
        Assert.Equal(["entity", "lists", "screen", "search"], tools.Select(t => t.Name).Order(StringComparer.Ordinal).ToArray());
        var search = tools.Single(t => t.Name == "search");
        Assert.Contains("birth_date", search.JsonSchema.GetRawText(), StringComparison.Ordinal);

        var result = await client.CallToolAsync("search", new Dictionary<string, object?>
        {
            ["name"] = "Nicolas Maduro Moros", ["type"] = "person", ["birth_date"] = "1962-11-23", ["top"] = 3,
        });
        Assert.NotEqual(true, result.IsError);
        var body = JsonDocument.Parse(Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text).RootElement;
        var hit = body.GetProperty("matches")[0];
        Assert.Equal("ofac-sdn", hit.GetProperty("source").GetString());
        Assert.Contains("MADURO MOROS", hit.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("ofac-sdn:", body.GetProperty("list_versions").GetString(), StringComparison.Ordinal);

        var bad = await client.CallToolAsync("search", new Dictionary<string, object?> { ["name"] = "Maduro", ["birth_date"] = "1962-13" });
        Assert.True(bad.IsError);
    }
}
