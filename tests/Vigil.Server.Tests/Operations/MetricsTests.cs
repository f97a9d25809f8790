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

    [Fact]
    public async Task The_openapi_document_lists_metrics_and_mcp()
    {
        using var home = new OperationsHome();
        await using var factory = new ApiFactory(home.Home);
        using var client = factory.CreateClient();
        using var document = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");
        Assert.Contains("Prometheus", paths.GetProperty("/metrics").GetProperty("get").GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains("Bearer", paths.GetProperty("/mcp").GetProperty("post").GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
