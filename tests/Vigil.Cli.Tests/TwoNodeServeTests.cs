using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests;

/// <summary>
/// Two real <c>vigil serve</c> processes on one VIGIL_HOME (one SQLite file), as two nodes behind a load balancer: a list
/// loaded by another process reaches both, with no failed request on the node that swaps; a decision made on one node is
/// seen, and contended, on the other; the audit chain written by both stays one chain.
/// </summary>
public sealed class TwoNodeServeTests : IDisposable
{
    private readonly TempDirectory _home = new();

    public void Dispose() => _home.Dispose();

    private static string Fixture(string version) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ofac-cons", version);

    private const string NewEntry = "VELDRAKOS MARITIME HOLDINGS"; // only in version 2

    private static HttpClient Client(ServedVigil node, string key)
    {
        var client = new HttpClient { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        return client;
    }

    private static async Task<string> ServedVersionsAsync(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync("readyz")).RootElement.GetProperty("list_versions").GetString()!;

    private static async Task<JsonElement> JsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task A_list_loaded_elsewhere_reaches_both_nodes_decisions_are_shared_and_the_audit_chain_stays_one()
    {
        var key = VigilRunner.Run(_home.Path, "keys", "create", "nodes").Stdout.Trim();
        Assert.Equal(0, VigilRunner.Run(_home.Path, "lists", "load", "ofac-cons", Fixture("v1")).ExitCode);
        File.WriteAllText(_home.File("customers.csv"), "id,name,type,birth_date,country\nq1,Quillmore Shipping & Logistics,organization,,\n");
        var imported = VigilRunner.Run(_home.Path, "customers", "import", _home.File("customers.csv"));
        Assert.True(imported.ExitCode == 0, imported.ToString());

        await using var a = await ServedVigil.StartAsync(_home.Path);
        await using var b = await ServedVigil.StartAsync(_home.Path);
        using var onA = Client(a, key);
        using var onB = Client(b, key);
        foreach (var node in (HttpClient[])[onA, onB])
        {
            var until = DateTime.UtcNow.AddMinutes(1);
            while (!(await node.GetAsync("readyz")).IsSuccessStatusCode)
            {
                Assert.True(DateTime.UtcNow < until, "a node did not become ready within a minute");
                await Task.Delay(100);
            }
        }
        var before = await ServedVersionsAsync(onB);
        Assert.Equal(before, await ServedVersionsAsync(onA));

        // Searches on B throughout the swap: bounded in count and time, every one must be answered 200.
        var answers = new ConcurrentQueue<(HttpStatusCode Status, bool FoundNew, DateTime At)>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var searching = Task.Run(async () =>
        {
            for (var i = 0; i < 5_000 && !stop.IsCancellationRequested; i++)
            {
                HttpStatusCode status;
                var found = false;
                try
                {
                    var response = await onB.GetAsync($"api/v1/search?name={Uri.EscapeDataString(NewEntry)}&min_score=0.9");
                    status = response.StatusCode;
                    if (response.IsSuccessStatusCode)
                        found = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("matches").GetArrayLength() > 0;
                }
                catch (HttpRequestException)
                {
                    status = 0; // a refused or broken connection counts as a failed request
                }
                answers.Enqueue((status, found, DateTime.UtcNow));
                if (found && answers.Count(x => x.FoundNew) >= 20) return; // well past the swap
            }
        });

        // 'vigil lists load' in a third process: neither node wrote it.
        var load = VigilRunner.Run(_home.Path, "lists", "load", "ofac-cons", Fixture("v2"));
        Assert.True(load.ExitCode == 0, load.ToString());
        var loadedAt = DateTime.UtcNow;
        await searching.WaitAsync(TimeSpan.FromSeconds(75));
        Assert.True(answers.Any(x => x.FoundNew), $"node B did not serve version 2 within the bound ({answers.Count} searches)");
        var firstNew = answers.Where(x => x.FoundNew).Min(x => x.At);
        Assert.True(firstNew - loadedAt < TimeSpan.FromSeconds(15), $"node B served version 2 only {(firstNew - loadedAt).TotalSeconds:0.0} s after the load");
        Assert.All(answers.Where(x => x.At > firstNew), x => Assert.True(x.FoundNew)); // once swapped, never the old index again
        Assert.All(answers, x => Assert.Equal(HttpStatusCode.OK, x.Status));
        Assert.Contains(answers, x => !x.FoundNew); // the loop did run across the swap, old index first
        var after = await ServedVersionsAsync(onB);
        Assert.NotEqual(before, after);
        var untilA = DateTime.UtcNow.AddSeconds(15);
        while (await ServedVersionsAsync(onA) != after)
        {
            Assert.True(DateTime.UtcNow < untilA, "node A did not serve version 2 within 15 s");
            await Task.Delay(100);
        }

        // A decision on A is what B shows; B deciding on the state it last saw (open) is refused with the state A left.
        var alert = (await JsonAsync(onB, "api/v1/alerts?state=open")).GetProperty("alerts").EnumerateArray()
            .Single(x => x.GetProperty("customer_id").GetString() == "q1").GetProperty("id").GetInt64();
        var decided = await onA.PostAsJsonAsync($"api/v1/alerts/{alert}/decision",
            new { @as = "escalated", reason = "decided on node A", expected_state = "open" });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var seenOnB = await JsonAsync(onB, $"api/v1/alerts/{alert}");
        Assert.Equal("escalated", seenOnB.GetProperty("alert").GetProperty("state").GetString());
        Assert.Equal("decided on node A", seenOnB.GetProperty("history")[0].GetProperty("reason").GetString());
        var stale = await onB.PostAsJsonAsync($"api/v1/alerts/{alert}/decision",
            new { @as = "false_positive", reason = "decided on node B", expected_state = "open" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("escalated", JsonDocument.Parse(await stale.Content.ReadAsStringAsync()).RootElement.GetProperty("current_state").GetString());
        var onward = await onB.PostAsJsonAsync($"api/v1/alerts/{alert}/decision",
            new { @as = "false_positive", reason = "decided on node B", expected_state = "escalated" });
        Assert.Equal(HttpStatusCode.OK, onward.StatusCode);
        Assert.Equal(2, (await JsonAsync(onA, $"api/v1/alerts/{alert}")).GetProperty("history").GetArrayLength());

        // Both nodes appended to the one audit chain (decisions, and each node's screening records); it verifies whole.
        var verified = VigilRunner.Run(_home.Path, "audit", "verify");
        Assert.True(verified.ExitCode == 0, verified.ToString());
        Assert.Contains("chain intact", verified.Stdout, StringComparison.Ordinal);
        var rows = long.Parse(System.Text.RegularExpressions.Regex.Match(verified.Stdout, @"([\d,]+) rows").Groups[1].Value.Replace(",", ""), CultureInfo.InvariantCulture);
        Assert.True(rows >= 4, verified.Stdout); // list loads, import, two decisions at least
    }
}
