using System.Net;
using System.Text.Json;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Operations;

/// <summary><c>/readyz</c> says "degraded", naming the source, when an active version is older than <c>lists.max_age_hours</c>.</summary>
public sealed class ReadinessAgeTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadyAsync(string vigilJson)
    {
        using var home = new OperationsHome(vigilJson);
        await using var factory = new ApiFactory(home.Home);
        await factory.WaitReadyAsync();
        using var client = factory.CreateClient();
        var answer = await client.GetAsync("/readyz");
        return (answer.StatusCode, JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task A_list_published_before_the_age_limit_makes_readyz_degraded_naming_that_source_only()
    {
        // 30 days: UN (generated 2020-01-15) is years older; ofac-cons was loaded seconds ago.
        var (status, body) = await ReadyAsync("""{ "lists": { "max_age_hours": 720 } }""");

        Assert.Equal(HttpStatusCode.OK, status); // still screening: degraded, not out of rotation
        Assert.Equal("degraded", body.GetProperty("status").GetString());
        Assert.Equal(["un"], body.GetProperty("stale").EnumerateArray().Select(s => s.GetString()!).ToArray());
        var lists = body.GetProperty("lists").EnumerateArray().ToDictionary(l => l.GetProperty("source").GetString()!);
        Assert.True(lists["un"].GetProperty("stale").GetBoolean());
        Assert.StartsWith("2020-01-15", lists["un"].GetProperty("since").GetString(), StringComparison.Ordinal);
        Assert.Equal(720, lists["un"].GetProperty("max_age_hours").GetDouble());
        Assert.False(lists["ofac-cons"].GetProperty("stale").GetBoolean());
    }

    [Fact]
    public async Task A_per_source_limit_overrides_the_default_and_without_stale_sources_readyz_is_ready()
    {
        var (status, body) = await ReadyAsync("""{ "lists": { "max_age_hours": 720, "max_age_hours_by_source": { "un": 1000000 } } }""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.Empty(body.GetProperty("stale").EnumerateArray());
        Assert.Equal(2, body.GetProperty("lists").GetArrayLength());
    }

    [Fact]
    public async Task Without_a_limit_an_old_list_leaves_readyz_ready()
    {
        var (_, body) = await ReadyAsync("{}");
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.False(body.GetProperty("lists").EnumerateArray().First().TryGetProperty("max_age_hours", out _)); // no limit: left out
    }
}
