using System.Net;
using Microsoft.AspNetCore.Hosting;
using Vigil.Server.Telemetry;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Operations;

/// <summary>Who may read <c>/metrics</c>. The scrape after traffic runs on the real process (Vigil.Cli.Tests MetricsScrapeTests):
/// OpenTelemetry listens to every meter of a name in the process, so in-process servers of parallel tests would add up.</summary>
public sealed class MetricsTests
{
    [Fact]
    public async Task Metrics_need_an_api_key_when_the_setting_says_so()
    {
        using var home = new OperationsHome();
        await using var factory = new ApiFactory(home.Home);
        await using var guarded = factory.WithWebHostBuilder(b => b.UseSetting(TelemetrySetup.MetricsRequireKeyKey, "true"));

        using (var open = factory.CreateClient())
            Assert.Equal(HttpStatusCode.OK, (await open.GetAsync("/metrics")).StatusCode);
        using var anonymous = guarded.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/metrics")).StatusCode);
        using var keyed = guarded.CreateClient();
        keyed.DefaultRequestHeaders.Authorization = new("Bearer", home.Key);
        var answer = await keyed.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("vigil_index_generation", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
