using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Vigil.Server.Tests.Support;
using Vigil.Tests.Shared;
using Vigil.Workflows.Screening;
using Xunit.Abstractions;

namespace Vigil.Server.Tests.Yente;

/// <summary>An HTTP load test of <c>/match</c>: batches of 100 queries built from the dev query set (every script,
/// persons and organisations, hits and misses), sent one after another over real Kestrel holding SDN + UN; the p50 of
/// the round trips is printed and recorded in docs/performance.md ("/match"). It asserts behaviour under load (every
/// batch answered in full), never a time: CI machines are noisy, and the figure is measured, not gated.</summary>
[Collection(YenteHomeCollection.Name)]
public sealed class MatchLoadTests(YenteHome home, ITestOutputHelper output)
{
    [Fact]
    public async Task Batches_of_100_dev_queries_sent_back_to_back_are_each_answered_for_every_key_and_the_median_is_reported()
    {
        var batches = Batches(SharedData.Eval("dev/queries.csv"), 100).Take(40).ToList();
        using var client = home.Client();
        for (var i = 0; i < 5; i++) await Send(client, batches[i]); // warm-up: JIT, caches
        var times = new List<double>();
        foreach (var batch in batches)
        {
            var clock = Stopwatch.StartNew();
            await Send(client, batch);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        var p50 = times[times.Count / 2];
        output.WriteLine($"/match, 100 queries a request, {times.Count} requests: p50 {p50:0.0} ms, p90 {times[(int)(times.Count * 0.9)]:0.0} ms, max {times[^1]:0.0} ms");
    }

    private static async Task Send(HttpClient client, string batch)
    {
        using var response = await client.PostAsync("api/v1/yente/match/default", new StringContent(batch, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        using var sent = JsonDocument.Parse(batch);
        Assert.Equal(sent.RootElement.GetProperty("queries").EnumerateObject().Select(q => q.Name),
            body.RootElement.GetProperty("responses").EnumerateObject().Select(r => r.Name));
        Assert.All(body.RootElement.GetProperty("responses").EnumerateObject(), r => Assert.Equal(200, r.Value.GetProperty("status").GetInt32()));
    }

    /// <summary>The dev queries as yente examples, <paramref name="size"/> to a batch.</summary>
    internal static IEnumerable<string> Batches(string path, int size)
    {
        var schemas = new Dictionary<string, string> { ["person"] = "Person", ["organization"] = "Organization", ["vessel"] = "Vessel", ["aircraft"] = "Airplane" };
        foreach (var chunk in QueryCsv.Read(path).Chunk(size))
        {
            var queries = new Dictionary<string, object>();
            foreach (var row in chunk)
            {
                var properties = new Dictionary<string, string> { ["name"] = row.Name };
                if (row.BirthDate.Length > 0) properties["birthDate"] = row.BirthDate;
                if (row.Country.Length > 0) properties["country"] = row.Country;
                if (row.IdNumbers.Length > 0) properties["idNumber"] = row.IdNumbers;
                queries[row.Id] = new { schema = schemas.GetValueOrDefault(row.Type.ToLowerInvariant(), "LegalEntity"), properties };
            }
            yield return JsonSerializer.Serialize(new { queries });
        }
    }
}
