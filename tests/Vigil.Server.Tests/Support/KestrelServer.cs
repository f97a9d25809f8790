using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Vigil.Server.Tests.Support;

/// <summary>The server on a real Kestrel socket at 127.0.0.1 and a free port, as <c>vigil serve</c> runs it.</summary>
public sealed class KestrelServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <param name="settings">More configuration keys (e.g. <see cref="ServerSettings.ListPollKey"/>).</param>
    public static async Task<KestrelServer> StartAsync(string home, bool noAuth = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            [ServerSettings.HomeKey] = home,
            [ServerSettings.NoAuthKey] = noAuth ? "true" : "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var app = ServerHost.Create([], all);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var server = new KestrelServer(app, new Uri(address.EndsWith('/') ? address : address + "/"));
        using var client = new HttpClient { BaseAddress = server.Address };
        await Wait.UntilAsync(async () => (await client.GetAsync("readyz")).IsSuccessStatusCode, TimeSpan.FromMinutes(2), "the index to be built");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
