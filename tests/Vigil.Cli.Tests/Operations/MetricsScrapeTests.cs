using System.Net;
using System.Net.Http.Json;
using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Operations;

/// <summary><c>/metrics</c> of a real <c>vigil serve</c> process, scraped after search and screen traffic.</summary>
public sealed class MetricsScrapeTests : IDisposable
{
    private const string UnName = "VELDORIAN ARMS COLLECTIVE";

    private readonly TempDirectory _home = new();

    public void Dispose() => _home.Dispose();

    /// <summary>A one-entry UN list generated on 2020-01-15, and a custom list (no publication date: aged from its load).</summary>
    private void Load()
    {
        File.WriteAllText(_home.File("un.xml"), $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <CONSOLIDATED_LIST dateGenerated="2020-01-15T00:00:00.000Z">
              <INDIVIDUALS></INDIVIDUALS>
              <ENTITIES>
                <ENTITY><DATAID>9900001</DATAID><VERSIONNUM>1</VERSIONNUM><FIRST_NAME>{UnName}</FIRST_NAME>
                  <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>QDe.990</REFERENCE_NUMBER><LISTED_ON>2019-06-01</LISTED_ON></ENTITY>
              </ENTITIES>
            </CONSOLIDATED_LIST>
            """);
        File.WriteAllText(_home.File("exits.csv"), "id,name,kind\nE-1,Quillmore Shipping and Logistics,organization\n");
        foreach (var (source, file) in new[] { ("un", "un.xml"), ("custom:exits", "exits.csv") })
        {
            var load = VigilRunner.Run(_home.Path, "lists", "load", source, _home.File(file));
            Assert.True(load.ExitCode == 0, load.ToString());
        }
    }

    [Fact]
    public async Task Metrics_scraped_after_search_and_screen_traffic_show_requests_latency_buckets_screenings_and_list_ages()
    {
        Load();
        var key = VigilRunner.Run(_home.Path, "keys", "create", "metrics-test").Stdout.Trim();
        await using var server = await ServedVigil.StartAsync(_home.Path);
        using var client = new HttpClient { BaseAddress = server.Address };
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        var until = DateTime.UtcNow.AddMinutes(1);
        while (!(await client.GetAsync("readyz")).IsSuccessStatusCode && DateTime.UtcNow < until) await Task.Delay(100);

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("api/v1/search?name=quillmore%20shipping")).StatusCode);
        var screen = await client.PostAsJsonAsync("api/v1/screen", new[] { new { id = "r1", name = UnName }, new { id = "r2", name = "Jane Nobody" } });
        Assert.Equal(HttpStatusCode.OK, screen.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("api/v1/search")).StatusCode); // no name: not a screening

        // The counters are recorded as each response ends, so a scrape may come a moment before the last one.
        PrometheusText? metrics = null;
        using var scraper = new HttpClient { BaseAddress = server.Address }; // no key: a scraper has none
        until = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var answer = await scraper.GetAsync("metrics");
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            metrics = new PrometheusText(await answer.Content.ReadAsStringAsync());
            if (metrics.Sum("vigil_screenings_total", "kind=screen") == 1
                && metrics.Sum("http_server_request_duration_seconds_count", "http_route=/api/v1/search", "http_response_status_code=200") == 3)
                break;
            Assert.True(DateTime.UtcNow < until, "the traffic never showed in /metrics");
            await Task.Delay(200);
        }

        // Request rate and latency: the histogram's buckets per route, the +Inf bucket holding every request.
        var buckets = metrics.Samples("http_server_request_duration_seconds_bucket", "http_route=/api/v1/search", "http_response_status_code=200");
        Assert.True(buckets.Count >= 5, $"{buckets.Count} latency buckets");
        Assert.Equal(3, buckets.Single(b => b.Labels["le"] == "+Inf").Value);
        Assert.Equal(1, metrics.Sum("http_server_request_duration_seconds_count", "http_route=/api/v1/screen", "http_request_method=POST"));
        Assert.Equal(1, metrics.Sum("http_server_request_duration_seconds_count", "http_route=/api/v1/search", "http_response_status_code=400"));

        // Screenings by kind: the refused call is not one.
        Assert.Equal(3, metrics.Sum("vigil_screenings_total", "kind=search"));
        Assert.Equal(1, metrics.Sum("vigil_screenings_total", "kind=screen"));

        // List ages per source: UN from its publication date (2020-01-15), the custom list (no date) from its load a moment ago.
        var un = metrics.Samples("vigil_list_age_seconds", "source=un").Single();
        Assert.Equal("1", un.Labels["version"]);
        Assert.True(un.Value > (DateTime.UtcNow - new DateTime(2020, 1, 16, 0, 0, 0, DateTimeKind.Utc)).TotalSeconds, $"un age {un.Value} s");
        Assert.InRange(metrics.Samples("vigil_list_age_seconds", "source=custom:exits").Single().Value, 0, 3600);

        Assert.Equal(1, metrics.Sum("vigil_index_generation"));
        Assert.Equal(2, metrics.Sum("vigil_index_entities"));
        Assert.Equal(0, metrics.Sum("vigil_alerts_raised_total"));
    }
}
