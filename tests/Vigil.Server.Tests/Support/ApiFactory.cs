using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Server;

namespace Vigil.Server.Tests.Support;

/// <summary>The real server in process (<see cref="Program"/>), over the VIGIL_HOME given, through the test host; with
/// <c>clock</c>, the server's time is that clock's; <c>settings</c> adds configuration keys and <c>services</c> replaces
/// registrations (it runs after the server's own).</summary>
public sealed class ApiFactory(string home, bool noAuth = false, string? syncEvery = null, TimeProvider? clock = null,
    IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(ServerSettings.HomeKey, home);
        if (noAuth) builder.UseSetting(ServerSettings.NoAuthKey, "true");
        if (syncEvery is not null) builder.UseSetting(ServerSettings.SyncEveryKey, syncEvery);
        builder.UseContentRoot(AppContext.BaseDirectory);
        if (clock is not null) builder.ConfigureServices(s => s.AddSingleton(clock));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        if (services is not null) builder.ConfigureServices(services);
    }

    /// <summary>A client that sends <paramref name="key"/> as its bearer key (none when null).</summary>
    public HttpClient Client(string? key)
    {
        var client = CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        return client;
    }

    /// <summary>Waits (bounded) until <c>/readyz</c> answers 200, i.e. the first index is built.</summary>
    public async Task WaitReadyAsync(TimeSpan? limit = null)
    {
        using var client = CreateClient();
        await Wait.UntilAsync(async () => (await client.GetAsync("/readyz")).IsSuccessStatusCode, limit ?? TimeSpan.FromMinutes(2), "the index to be built");
    }
}
