using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Vigil.Fuzz.Tests.Api;

/// <summary>Bodies the fuzzer found, kept as plain tests against the real server.</summary>
public sealed class JsonBodyRegressionTests(ApiHost host) : IClassFixture<ApiHost>
{
    /// <summary>Found by the json:api target (InsertHuge, 70,000 letters into name_a): POST /compare had no name limits, and
    /// the comparison grows with the square of a word's length (20,000 letters 0.5 s, 70,000 some 6 s, 1 MB some minutes).</summary>
    [Fact]
    public async Task A_compare_pair_with_a_70000_letter_name_is_refused_400_naming_the_pair_and_field()
    {
        var body = JsonSerializer.Serialize(new[]
        {
            new Dictionary<string, string> { ["id"] = "p1", ["name_a"] = "NIMEX STAR", ["name_b"] = "NIMEX STAR" },
            new Dictionary<string, string> { ["id"] = "p2", ["name_a"] = new string('A', 70_000), ["name_b"] = "NIMEX STAR" },
        });
        using var content = new StringContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var clock = Stopwatch.StartNew();
        using var response = await host.Client.PostAsync("/api/v1/compare", content);

        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 5);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal(["[1].name_a"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Contains("70,000 characters; at most 500", errors.GetProperty("[1].name_a")[0].GetString(), StringComparison.Ordinal);
    }
}
