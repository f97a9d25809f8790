using System.Text.Json;
using Microsoft.Playwright;
using Vigil.Contracts;
using Vigil.Workflows;
using Vigil.Workflows.Keys;

namespace Vigil.Server.Tests.Browser;

/// <summary>The overview page in the browser: the default landing page, four charts drawn from <c>GET /api/v1/overview</c>
/// by the vendored Chart.js, and not one request to another origin.</summary>
public sealed partial class UiTests
{
    private static readonly string[] OverviewCharts = ["chart-open-alerts", "chart-decisions", "chart-screenings", "chart-lists"];

    [Fact]
    public async Task The_overview_is_the_landing_page_and_draws_its_four_charts_from_the_endpoint_without_any_other_origin()
    {
        var requests = new List<string>();
        var console = new List<string>();
        _page.Request += (_, r) => requests.Add(r.Url);
        _page.Console += (_, m) => { if (m.Type is "error" or "warning") console.Add(m.Text); };
        _page.PageError += (_, e) => console.Add(e);

        var document = await _page.GotoAsync("/");
        var csp = document!.Headers["content-security-policy"];
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("unsafe", csp, StringComparison.OrdinalIgnoreCase);
        await UseKey(home.Key);

        await _page.WaitForFunctionAsync($"() => window.Chart && {JsonSerializer.Serialize(OverviewCharts)}.every(id => Chart.getChart(id))");
        Assert.Equal("overview", await _page.Locator("header nav a.active").GetAttributeAsync("data-page"));
        var drawn = JsonDocument.Parse(await _page.EvaluateAsync<string>("""
            ids => JSON.stringify(ids.map(id => {
              const chart = Chart.getChart(id), canvas = chart.canvas, box = canvas.getBoundingClientRect();
              const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              let painted = 0;
              for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) painted++;
              return { id, width: box.width, height: box.height, painted, labels: chart.data.labels,
                       datasets: chart.data.datasets.map(d => ({ label: d.label, data: d.data })) };
            }))
            """, OverviewCharts)).RootElement;
        await Shot("overview");

        foreach (var chart in drawn.EnumerateArray())
        {
            var id = chart.GetProperty("id").GetString();
            Assert.True(chart.GetProperty("width").GetDouble() > 100 && chart.GetProperty("height").GetDouble() > 100, $"{id}: {chart}");
            Assert.True(chart.GetProperty("painted").GetInt32() > 0, $"{id}: nothing painted");
        }

        using var client = home.Factory.Client(home.Key);
        var api = JsonDocument.Parse(await client.GetStringAsync("/api/v1/overview")).RootElement;
        static long[][] Series(JsonElement chart, params string[] names) =>
            [.. chart.GetProperty("series").EnumerateArray()
                .Where(s => names.Length == 0 || names.Contains(s.GetProperty("name").GetString()))
                .Select(s => s.GetProperty("values").EnumerateArray().Select(v => v.GetInt64()).ToArray())];
        static long[][] Drawn(JsonElement chart, params string[] labels) =>
            [.. chart.GetProperty("datasets").EnumerateArray()
                .Where(d => labels.Length == 0 || labels.Contains(d.GetProperty("label").GetString()))
                .Select(d => d.GetProperty("data").EnumerateArray().Select(v => v.GetInt64()).ToArray())];
        static string[] Labels(JsonElement chart) => [.. chart.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!)];
        var charts = drawn.EnumerateArray().ToArray();
        Assert.Equal(Series(api.GetProperty("open_alerts")), Drawn(charts[0]));
        Assert.True(api.GetProperty("open_alerts").GetProperty("total").GetInt64() > 0, "the shared home has open alerts");
        Assert.Equal(Labels(api.GetProperty("decisions")), Labels(charts[1]));
        Assert.Equal(Series(api.GetProperty("decisions")), Drawn(charts[1]));
        Assert.Equal(Labels(api.GetProperty("screenings")), Labels(charts[2]));
        Assert.Equal(Series(api.GetProperty("screenings"), "screenings", "alerts"), Drawn(charts[2], "screenings", "alerts"));
        var lists = api.GetProperty("lists").EnumerateArray().ToArray();
        Assert.Equal(lists.Select(l => $"{l.GetProperty("source").GetString()} v{l.GetProperty("version").GetInt32()}"), Labels(charts[3]));
        Assert.Equal(lists.Length, await _page.Locator("#lists-freshness tbody tr").CountAsync());
        Assert.Contains("ofac-sdn", await _page.Locator("#lists-freshness").InnerTextAsync(), StringComparison.Ordinal);

        var own = browser.Server.Address.GetLeftPart(UriPartial.Authority);
        Assert.Contains(requests, r => r.EndsWith("/vendor/chart.umd.min.js", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.Contains("/api/v1/overview", StringComparison.Ordinal));
        Assert.All(requests, r => Assert.StartsWith(own + "/", r, StringComparison.Ordinal));
        Assert.DoesNotContain(console, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || m.Contains("Refused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_screener_landing_on_the_overview_is_told_it_needs_an_analyst_key_and_pointed_to_search()
    {
        var screener = new ApiKeys(new VigilHome(home.Home), TimeProvider.System).Create("ui-overview-screener", KeyRoles.Screener);
        await _page.GotoAsync("/");
        await UseKey(screener);

        var refused = _page.Locator("main [role=alert]");
        await refused.WaitForAsync();
        Assert.Contains("analyst", await refused.InnerTextAsync(), StringComparison.Ordinal);
        await _page.Locator("#overview-other-pages a[href='#/search']").ClickAsync();
        await _page.Locator("#search-form").WaitForAsync();
        Assert.Equal(0, await _page.Locator("canvas").CountAsync());
    }
}
