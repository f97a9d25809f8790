using System.Net;
using Vigil.Server.Tests.Support;
using Vigil.Workflows;
using Vigil.Workflows.Keys;

namespace Vigil.Server.Tests.Api;

[Collection(LoadedHomeCollection.Name)]
public sealed class AuthTests(LoadedHome home)
{
    [Fact]
    public async Task A_call_without_a_key_gets_401_naming_the_Authorization_header()
    {
        using var client = home.Factory.Client(null);
        var response = await client.GetAsync("/api/v1/search?name=CEIEC");
        var problem = await Problem.ReadAsync(response, HttpStatusCode.Unauthorized);
        Assert.StartsWith("Authorization:", Problem.Detail(problem));
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task An_unknown_key_gets_401()
    {
        using var client = home.Factory.Client(ApiKeys.Prefix + "not-a-key");
        await Problem.ReadAsync(await client.GetAsync("/api/v1/lists"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_revoked_key_gets_403()
    {
        using var client = home.Factory.Client(home.RevokedKey);
        var problem = await Problem.ReadAsync(await client.GetAsync("/api/v1/search?name=CEIEC"), HttpStatusCode.Forbidden);
        Assert.Contains("revoked", Problem.Detail(problem));
    }

    [Fact]
    public async Task A_key_revoked_by_another_process_while_the_server_runs_is_refused_soon_after()
    {
        var keys = new ApiKeys(new VigilHome(home.Home), TimeProvider.System);
        var key = keys.Create("short-lived");
        using var client = home.Factory.Client(key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/lists")).StatusCode);

        // Another ApiKeys instance stands for 'vigil keys revoke' in another process: the server learns it from the store.
        new ApiKeys(new VigilHome(home.Home), TimeProvider.System).Revoke("short-lived");
        await Wait.UntilAsync(async () => (await client.GetAsync("/api/v1/lists")).StatusCode == HttpStatusCode.Forbidden,
            TimeSpan.FromSeconds(30), "the revoked key to be refused");
    }

    [Fact]
    public async Task Probes_OpenApi_and_the_UI_need_no_key()
    {
        using var client = home.Factory.Client(null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
        var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("app.js", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/app.js")).StatusCode);
    }

    [Fact]
    public void Keys_are_stored_only_as_hashes_and_listed_without_the_key()
    {
        var keys = new ApiKeys(new VigilHome(home.Home), TimeProvider.System).List();
        Assert.Contains(keys, k => k.Name == "tests" && !k.IsRevoked);
        Assert.Contains(keys, k => k.Name == "retired" && k.IsRevoked);
        var database = File.ReadAllBytes(Path.Combine(home.Home, "vigil.db"));
        var wal = Path.Combine(home.Home, "vigil.db-wal");
        var all = File.Exists(wal) ? [.. database, .. ReadShared(wal)] : database;
        Assert.DoesNotContain(home.Key, System.Text.Encoding.ASCII.GetString(all), StringComparison.Ordinal);
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
