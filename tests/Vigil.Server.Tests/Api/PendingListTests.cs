using System.Net;
using System.Text.Json;
using Vigil.Server.Tests.Support;
using Vigil.Tests.Shared;
using Vigil.Workflows;

namespace Vigil.Server.Tests.Api;

/// <summary>Issue 13, finding 1 on the API: a held list version shows in <c>GET /lists/pending</c> and in the versions, never as active.</summary>
public sealed class PendingListTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _home = new();
    private ApiFactory _factory = null!;

    public async Task InitializeAsync()
    {
        var load = new LoadList(new VigilHome(_home.Path), TimeProvider.System);
        load.Run("ofac-cons", Fixtures.ConsV2);
        Assert.True(load.Run("ofac-cons", Fixtures.ConsV1).Held); // removes 1 of 3 entries
        _factory = new ApiFactory(_home.Path, noAuth: true);
        await _factory.WaitReadyAsync();
    }

    [Fact]
    public async Task A_held_version_is_listed_as_pending_with_its_reason_and_the_active_one_stays()
    {
        using var client = _factory.Client(null);

        var pending = await Json(client, "/api/v1/lists/pending");
        var versions = await Json(client, "/api/v1/lists/ofac-cons/versions");
        var active = await Json(client, "/api/v1/lists");

        var held = Assert.Single(pending.EnumerateArray());
        Assert.Equal(("ofac-cons", 2, "pending", false), (held.GetProperty("source").GetString(), held.GetProperty("number").GetInt32(),
            held.GetProperty("status").GetString(), held.GetProperty("active").GetBoolean()));
        Assert.StartsWith("removes 1 of 3 entries (33 %), more than the 5 % allowed", held.GetProperty("held_reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(["pending", "loaded"], versions.EnumerateArray().Select(v => v.GetProperty("status").GetString()));
        var now = Assert.Single(active.EnumerateArray());
        Assert.Equal((1, 3), (now.GetProperty("number").GetInt32(), now.GetProperty("counts").GetProperty("total").GetInt32()));
        Assert.False(now.TryGetProperty("held_reason", out _));
    }

    private static async Task<JsonElement> Json(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public Task DisposeAsync() => _factory.DisposeAsync().AsTask();

    public void Dispose()
    {
        _factory.Dispose();
        _home.Dispose();
    }
}
