using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vigil.Fuzz.Tests.Seeds;
using Vigil.Server;
using Vigil.Tests.Shared;
using Vigil.Workflows;

namespace Vigil.Fuzz.Tests.Api;

/// <summary>
/// The real server in process over a temp VIGIL_HOME holding the first SDN entries (loaded with <c>LoadList</c>, as
/// <c>vigil lists load</c> does), keys off (<c>--no-auth</c>), index built: every fuzzed body goes through the whole pipeline.
/// </summary>
public sealed class ApiHost : IDisposable
{
    private readonly TempDirectory _home = new("vigil-fuzz-home-");
    private readonly Factory _factory;

    public ApiHost()
    {
        var lists = Directory.CreateDirectory(_home.File("sdn")).FullName;
        var seed = ListSeeds.For("ofac-sdn").First(e => e.Origin.StartsWith("shared/data", StringComparison.Ordinal));
        for (var i = 0; i < seed.Names.Length; i++) File.WriteAllBytes(Path.Combine(lists, seed.Names[i]), seed.Files[i]);
        new LoadList(new VigilHome(_home.Path), TimeProvider.System).Run("ofac-sdn", lists);

        _factory = new Factory(_home.Path, Errors);
        Client = _factory.CreateClient();
        var until = DateTime.UtcNow.AddMinutes(2);
        while (!Client.GetAsync("/readyz").GetAwaiter().GetResult().IsSuccessStatusCode)
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("the server's index was not built within 2 minutes");
            Thread.Sleep(100);
        }
    }

    public HttpClient Client { get; }

    public ErrorLog Errors { get; } = new();

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
        _home.Dispose();
    }

    private sealed class Factory(string home, ErrorLog errors) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting(ServerSettings.HomeKey, home);
            builder.UseSetting(ServerSettings.NoAuthKey, "true");
            builder.UseContentRoot(AppContext.BaseDirectory);
            builder.ConfigureServices(s => s.AddLogging(l => l.AddProvider(errors)));
        }
    }
}
