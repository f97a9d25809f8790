using System.Text;
using System.Text.Json;
using Vigil.Tests.Shared;
using Vigil.Workflows;
using Vigil.Workflows.Keys;

namespace Vigil.Server.Tests.Support;

/// <summary>
/// The yente and reconciliation tests' server: OFAC SDN 2021-07 and the UN list in a real SQLite store under a temp
/// VIGIL_HOME, served by real Kestrel on 127.0.0.1 with API keys on; <see cref="Key"/> is a live key.
/// </summary>
public sealed class YenteHome : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _home = new();

    public KestrelServer Server { get; private set; } = null!;
    public string Key { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var home = new VigilHome(_home.Path);
        var load = new LoadList(home, TimeProvider.System);
        load.Run("ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));
        load.Run("un", SharedData.Path("un/consolidated-2026-02.xml"));
        Key = new ApiKeys(home, TimeProvider.System).Create("yente-tests");
        Server = await KestrelServer.StartAsync(_home.Path);
    }

    /// <summary>A client of the server sending the live key (none when <paramref name="withKey"/> is false).</summary>
    public HttpClient Client(bool withKey = true)
    {
        var client = new HttpClient { BaseAddress = Server.Address };
        if (withKey) client.DefaultRequestHeaders.Authorization = new("Bearer", Key);
        return client;
    }

    /// <summary>POSTs a JSON body and returns the answer.</summary>
    public async Task<HttpResponseMessage> PostJsonAsync(string url, string json)
    {
        using var client = Client();
        return await client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));
    }

    /// <summary>Reads an answer's JSON after checking its status.</summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>GETs a URL and returns its JSON after checking the status.</summary>
    public async Task<JsonElement> GetJsonAsync(string url, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        using var client = Client();
        return await JsonAsync(await client.GetAsync(url), expected);
    }

    public async Task DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
        Dispose();
    }

    /// <summary>Removes the home folder (again harmless: xUnit may call both disposals).</summary>
    public void Dispose() => _home.Dispose();
}

/// <summary>The tests sharing <see cref="YenteHome"/>.</summary>
[CollectionDefinition(Name)]
public sealed class YenteHomeCollection : ICollectionFixture<YenteHome>
{
    public const string Name = "yente home";
}
