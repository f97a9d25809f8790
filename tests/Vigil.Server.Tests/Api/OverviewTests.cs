using System.Net;
using System.Text.Json;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Api;

/// <summary><c>GET /api/v1/overview</c> over a home filled at known instants (<see cref="OverviewHome"/>), with the server's clock fixed.</summary>
public sealed class OverviewTests(OverviewHome home) : IClassFixture<OverviewHome>
{
    private async Task<JsonElement> Overview(string query = "")
    {
        using var client = home.Factory.Client(home.Analyst);
        using var response = await client.GetAsync("/api/v1/overview" + query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static long[] Values(JsonElement chart, string series) =>
        chart.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("name").GetString() == series)
            .GetProperty("values").EnumerateArray().Select(v => v.GetInt64()).ToArray();

    private static string[] Labels(JsonElement chart) => chart.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToArray();

    [Fact]
    public async Task Open_alerts_fall_in_their_age_buckets_by_state_and_decided_ones_are_not_counted()
    {
        var overview = await Overview();

        var open = overview.GetProperty("open_alerts");
        Assert.Equal(["lt_1d", "1_7d", "7_30d", "gt_30d"], Labels(open));
        // E 12 h; C exactly 7 d (the bucket includes its lower edge); A 40 d. B 10 d escalated; D 3 d waits for approval.
        Assert.Equal([1L, 0, 1, 1], Values(open, "open"));
        Assert.Equal([0L, 0, 1, 0], Values(open, "escalated"));
        Assert.Equal([0L, 1, 0, 0], Values(open, "pending_approval"));
        Assert.Equal(5, open.GetProperty("total").GetInt64());
        Assert.Equal(OverviewHome.Now, overview.GetProperty("generated_at").GetDateTimeOffset());
    }

    [Fact]
    public async Task Decisions_and_screenings_are_counted_per_utc_day_over_the_last_30_days_with_quiet_days_at_zero()
    {
        var overview = await Overview();

        var decisions = overview.GetProperty("decisions");
        var days = Labels(decisions);
        Assert.Equal(30, days.Length);
        Assert.Equal(("2026-03-02", "2026-03-31"), (days[0], days[^1]));
        long[] Day(params (string Day, long Count)[] cells)
        {
            var values = new long[30];
            foreach (var (day, count) in cells) values[Array.IndexOf(days, day)] = count;
            return values;
        }
        Assert.Equal(Day(("2026-03-29", 1)), Values(decisions, "escalated"));
        Assert.Equal(Day(("2026-03-31", 1)), Values(decisions, "false_positive"));
        Assert.Equal(Day(("2026-03-26", 1)), Values(decisions, "true_match"));
        Assert.Equal(3, decisions.GetProperty("total").GetInt64());

        var screenings = overview.GetProperty("screenings");
        Assert.Equal(days, Labels(screenings));
        // The screening 40 days ago is outside the window.
        Assert.Equal(Day(("2026-03-29", 3), ("2026-03-31", 1)), Values(screenings, "screenings"));
        Assert.Equal(Day(("2026-03-29", 4), ("2026-03-31", 3)), Values(screenings, "hits"));
        Assert.Equal(Day(("2026-03-29", 1), ("2026-03-31", 2)), Values(screenings, "alerts"));
        Assert.Equal(4, screenings.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Each_active_list_shows_its_version_its_age_since_load_and_publication_and_no_held_versions()
    {
        var overview = await Overview();

        var list = Assert.Single(overview.GetProperty("lists").EnumerateArray());
        Assert.Equal("ofac-cons", list.GetProperty("source").GetString());
        Assert.Equal(1, list.GetProperty("version").GetInt32());
        Assert.Equal(10.0, list.GetProperty("days_since_load").GetDouble());
        Assert.Equal(OverviewHome.Now.AddDays(-10), list.GetProperty("loaded_at").GetDateTimeOffset());
        Assert.Empty(list.GetProperty("held").EnumerateArray());
        var published = list.GetProperty("published_on");
        if (published.ValueKind == JsonValueKind.String)
            Assert.Equal(new DateOnly(2026, 3, 31).DayNumber - DateOnly.Parse(published.GetString()!, System.Globalization.CultureInfo.InvariantCulture).DayNumber,
                list.GetProperty("days_since_publication").GetInt32());
        else
            Assert.Equal(JsonValueKind.Null, list.GetProperty("days_since_publication").ValueKind);
        Assert.True(list.GetProperty("entities").GetInt64() > 0);
    }

    [Fact]
    public async Task Days_narrows_the_per_day_charts_and_a_value_outside_1_to_366_is_a_400_naming_days()
    {
        var week = await Overview("?days=7");
        Assert.Equal(["2026-03-25", "2026-03-26", "2026-03-27", "2026-03-28", "2026-03-29", "2026-03-30", "2026-03-31"], Labels(week.GetProperty("decisions")));

        using var client = home.Factory.Client(home.Analyst);
        foreach (var bad in (string[])["0", "367", "week"])
        {
            using var response = await client.GetAsync($"/api/v1/overview?days={bad}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("days", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OpenAPI_documents_the_overview_for_the_analyst_role()
    {
        using var client = home.Factory.Client(null);
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var get = document.GetProperty("paths").GetProperty("/api/v1/overview").GetProperty("get");
        Assert.Equal("analyst", get.GetProperty("x-required-role").GetString());
        Assert.Contains("lt_1d", get.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(get.GetProperty("responses").TryGetProperty("200", out _));
    }

    [Fact]
    public async Task Vendored_chart_library_matches_its_recorded_hash_and_is_served_with_its_licence()
    {
        using var client = home.Factory.Client(null);
        using var script = await client.GetAsync("/vendor/chart.umd.min.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("javascript", script.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var bytes = await script.Content.ReadAsByteArrayAsync();
        // Chart.js 4.6.2 as published on npm (src/Vigil.Server/wwwroot/vendor/README.md records the same hash).
        Assert.Equal("3f288f4f26882c26b58931fb586a9b4f30370b5de38d69dc005b0bd05b08e113",
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        Assert.StartsWith("/*!\n * Chart.js v4.6.2", System.Text.Encoding.UTF8.GetString(bytes, 0, 40), StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", script.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var licence = await client.GetStringAsync("/vendor/chart.js.LICENSE.md");
        Assert.Contains("MIT License", licence, StringComparison.Ordinal);
    }
}
