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
/// the round trips is the figure in docs/performance.md ("/match").</summary>
[Collection(YenteHomeCollection.Name)]
public sealed class MatchLoadTests(YenteHome home, ITestOutputHelper output)
{
    /// <summary>A bound this test enforces on a shared, busy machine; the target (p50 ≤ 50 ms) is measured on a quieter one
    /// and recorded in docs/performance.md. A regression to several times the cost still fails here.</summary>
    private static readonly TimeSpan P50Bound = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task A_batch_of_100_dev_queries_answers_within_the_bound_at_the_median()
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
        Assert.True(p50 <= P50Bound.TotalMilliseconds, $"p50 {p50:0.0} ms is over {P50Bound.TotalMilliseconds} ms");
    }

    private static async Task Send(HttpClient client, string batch)
    {
        using var response = await client.PostAsync("api/v1/yente/match/default", new StringContent(batch, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await response.Content.ReadAsByteArrayAsync();
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
