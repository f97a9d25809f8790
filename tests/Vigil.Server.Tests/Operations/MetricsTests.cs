using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Vigil.Server.Telemetry;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Operations;

/// <summary><c>/metrics</c> on a real Kestrel socket, scraped after search and screen traffic.</summary>
public sealed class MetricsTests
{
    [Fact]
    public async Task Metrics_scraped_after_search_and_screen_traffic_show_requests_latency_buckets_screenings_and_list_ages()
    {
        using var home = new OperationsHome();
        await using var server = await KestrelServer.StartAsync(home.Home);
        using var client = new HttpClient { BaseAddress = server.Address };
        client.DefaultRequestHeaders.Authorization = new("Bearer", home.Key);

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("api/v1/search?name=quillmore%20shipping")).StatusCode);
        var screen = await client.PostAsJsonAsync("api/v1/screen", new[] { new { id = "r1", name = OperationsHome.UnName }, new { id = "r2", name = "Jane Nobody" } });
        Assert.Equal(HttpStatusCode.OK, screen.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("api/v1/search")).StatusCode); // no name: not a screening

        // The counters are recorded as each response ends, so the scrape may come a moment before the last one.
        PrometheusText? metrics = null;
        using var scraper = new HttpClient { BaseAddress = server.Address }; // no key: a scraper has none
        await Wait.UntilAsync(async () =>
        {
            var answer = await scraper.GetAsync("metrics");
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            metrics = new PrometheusText(await answer.Content.ReadAsStringAsync());
            return metrics.Sum("vigil_screenings_total", "kind=screen") == 1
                && metrics.Sum("http_server_request_duration_seconds_count", "http_route=/api/v1/search", "http_response_status_code=200") == 3;
        }, TimeSpan.FromSeconds(20), "the traffic to show in /metrics");

        // Request rate and latency: the histogram's buckets per route, the +Inf bucket holding every request.
        var buckets = metrics!.Samples("http_server_request_duration_seconds_bucket", "http_route=/api/v1/search", "http_response_status_code=200");
        Assert.True(buckets.Count >= 5, $"{buckets.Count} latency buckets");
        Assert.Equal(3, buckets.Single(b => b.Labels["le"] == "+Inf").Value);
        Assert.Equal(1, metrics.Sum("http_server_request_duration_seconds_count", "http_route=/api/v1/screen", "http_request_method=POST"));
        Assert.Equal(1, metrics.Sum("http_server_request_duration_seconds_count", "http_route=/api/v1/search", "http_response_status_code=400"));

        // Screenings by kind: the refused call is not one.
        Assert.Equal(3, metrics.Sum("vigil_screenings_total", "kind=search"));
        Assert.Equal(1, metrics.Sum("vigil_screenings_total", "kind=screen"));

        // List ages per source: UN from its publication date (2020-01-15), ofac-cons (no date) from its load a moment ago.
        var un = metrics.Samples("vigil_list_age_seconds", "source=un").Single();
        Assert.Equal("1", un.Labels["version"]);
        Assert.True(un.Value > (DateTime.UtcNow - new DateTime(2020, 1, 16, 0, 0, 0, DateTimeKind.Utc)).TotalSeconds, $"un age {un.Value} s");
        Assert.InRange(metrics.Samples("vigil_list_age_seconds", "source=ofac-cons").Single().Value, 0, 3600);

        Assert.True(metrics.Sum("vigil_index_generation") >= 1);
        Assert.Equal(3, metrics.Sum("vigil_index_entities")); // two ofac-cons entries, one UN
    }

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
