using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Server.Tests.Support;
using Vigil.Tests.Shared;
using Vigil.Workflows;
using Vigil.Workflows.Keys;
using Vigil.Workflows.Pipeline;

namespace Vigil.Server.Tests.Nodes;

/// <summary>Two reviewers decide one alert at once on a real Kestrel server: with <c>expected_state</c> one wins and the
/// other gets 409 with the state the winner left; without it, today's behaviour (the later decision applies).</summary>
public sealed class ConcurrentDecisionTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _home = new();
    private KestrelServer _server = null!;
    private string _key = "";

    /// <summary>Customers that each raise an alert against the <c>ofac-cons</c> fixture, one per round.</summary>
    private const int Rounds = 6;

    public async Task InitializeAsync()
    {
        var home = new VigilHome(_home.Path);
        new LoadList(home, TimeProvider.System).Run("ofac-cons", Fixtures.ConsV2);
        var rows = Enumerable.Range(0, Rounds + 1).Select(i => $"c{i},Veldrakos Maritime Holdings,organization,,");
        File.WriteAllText(_home.File("customers.csv"), "id,name,type,birth_date,country\n" + string.Join('\n', rows) + "\n");
        new UpdatePipeline(home, TimeProvider.System).ImportCustomers(_home.File("customers.csv"));
        _key = new ApiKeys(home, TimeProvider.System).Create("reviewer");
        _server = await KestrelServer.StartAsync(_home.Path);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Dispose();
    }

    public void Dispose() => _home.Dispose();

    private HttpClient Client()
    {
        var client = new HttpClient { BaseAddress = _server.Address };
        client.DefaultRequestHeaders.Authorization = new("Bearer", _key);
        return client;
    }

    private async Task<List<long>> OpenAlertsAsync()
    {
        using var client = Client();
        var body = JsonDocument.Parse(await client.GetStringAsync("api/v1/alerts?state=open")).RootElement;
        return [.. body.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("id").GetInt64())];
    }

    [Fact]
    public async Task Two_decisions_with_the_same_expected_state_one_wins_the_other_gets_409_with_the_current_state()
    {
        var alerts = await OpenAlertsAsync();
        Assert.True(alerts.Count >= Rounds, $"{alerts.Count} open alerts");
        using var first = Client();
        using var second = Client();
        foreach (var alert in alerts.Take(Rounds))
        {
            // Both reviewers saw it open; each sends a different decision at the same moment.
            using var go = new ManualResetEventSlim();
            Task<HttpResponseMessage> Send(HttpClient client, string decision) => Task.Run(async () =>
            {
                go.Wait();
                return await client.PostAsJsonAsync($"api/v1/alerts/{alert}/decision",
                    new { @as = decision, reason = $"{decision} after review", expected_state = "open" });
            });
            var a = Send(first, "false_positive");
            var b = Send(second, "escalated");
            go.Set();
            var answers = await Task.WhenAll(a, b);

            var statuses = answers.Select(r => r.StatusCode).Order().ToList();
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
            var winner = answers.Single(r => r.StatusCode == HttpStatusCode.OK);
            var won = JsonDocument.Parse(await winner.Content.ReadAsStringAsync()).RootElement.GetProperty("alert").GetProperty("state").GetString();
            var problem = await Problem.ReadAsync(answers.Single(r => r.StatusCode == HttpStatusCode.Conflict), HttpStatusCode.Conflict);
            Assert.Equal(won, problem.GetProperty("current_state").GetString());
            Assert.StartsWith("expected_state: ", Problem.Detail(problem), StringComparison.Ordinal);

            using var client = Client();
            var detail = JsonDocument.Parse(await client.GetStringAsync($"api/v1/alerts/{alert}")).RootElement;
            Assert.Equal(won, detail.GetProperty("alert").GetProperty("state").GetString());
            Assert.Equal(1, detail.GetProperty("history").GetArrayLength());
        }
    }

    [Fact]
    public async Task Without_expected_state_a_later_decision_still_applies_and_a_stale_expected_state_is_refused()
    {
        var alert = (await OpenAlertsAsync()).Last();
        using var client = Client();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"api/v1/alerts/{alert}/decision",
            new { @as = "escalated", reason = "needs a second look" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"api/v1/alerts/{alert}/decision",
            new { @as = "false_positive", reason = "different company" })).StatusCode);

        var stale = await client.PostAsJsonAsync($"api/v1/alerts/{alert}/decision",
            new { @as = "true_match", reason = "same company", expected_state = "escalated" });
        var problem = await Problem.ReadAsync(stale, HttpStatusCode.Conflict);
        Assert.Equal("false_positive", problem.GetProperty("current_state").GetString());

        var bad = await client.PostAsJsonAsync($"api/v1/alerts/{alert}/decision",
            new { @as = "true_match", reason = "same company", expected_state = "maybe" });
        Assert.StartsWith("expected_state: ", Problem.Detail(await Problem.ReadAsync(bad, HttpStatusCode.BadRequest)), StringComparison.Ordinal);

        var detail = JsonDocument.Parse(await client.GetStringAsync($"api/v1/alerts/{alert}")).RootElement;
        Assert.Equal(2, detail.GetProperty("history").GetArrayLength());
    }
}
