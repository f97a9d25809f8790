using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigil.Server.Tests.Support;
using Vigil.Tests.Shared;
using Vigil.Workflows;
using Vigil.Workflows.Pipeline;

namespace Vigil.Server.Tests.Nodes;

/// <summary>SQLite's form of a store outage: another process holds the database's write lock beyond the busy timeout.
/// The write that waited answers 503 with Retry-After naming the file, not 500; once the lock is gone the same request
/// succeeds.</summary>
public sealed class SqliteLockedTests : IDisposable
{
    private readonly TempDirectory _home = new();

    public void Dispose() => _home.Dispose();

    [Fact]
    public async Task A_decision_blocked_by_another_writer_beyond_the_busy_timeout_answers_503_then_succeeds_once_the_lock_is_gone()
    {
        var home = new VigilHome(_home.Path);
        new LoadList(home, TimeProvider.System).Run("ofac-cons", Fixtures.ConsV2);
        File.WriteAllText(_home.File("customers.csv"), "id,name,type,birth_date,country\nc1,Veldrakos Maritime Holdings,organization,,\n");
        new UpdatePipeline(home, TimeProvider.System).ImportCustomers(_home.File("customers.csv"));
        await using var server = await KestrelServer.StartAsync(_home.Path, noAuth: true);
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(1) };
        var alerts = JsonDocument.Parse(await client.GetStringAsync("api/v1/alerts?state=open")).RootElement.GetProperty("alerts");
        var alert = alerts.EnumerateArray().First().GetProperty("id").GetInt64();
        var decision = new { @as = "false_positive", reason = "another company" };

        using (var writer = new SqliteConnection($"Data Source={home.DatabasePath};Pooling=False"))
        {
            writer.Open();
            using var hold = writer.CreateCommand();
            hold.CommandText = "BEGIN IMMEDIATE";
            hold.ExecuteNonQuery(); // the write lock, held past the store's busy timeout

            var locked = await client.PostAsJsonAsync($"api/v1/alerts/{alert}/decision", decision);
            var text = await locked.Content.ReadAsStringAsync();
            Assert.True(locked.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)locked.StatusCode} {text}");
            Assert.True(locked.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {locked.Headers.RetryAfter}");
            var detail = JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString()!;
            Assert.StartsWith("store: ", detail, StringComparison.Ordinal);
            Assert.Contains(home.DatabasePath, detail, StringComparison.Ordinal);
            Assert.Contains("locked", detail, StringComparison.OrdinalIgnoreCase);
        }

        var decided = await client.PostAsJsonAsync($"api/v1/alerts/{alert}/decision", decision);
        Assert.True(decided.StatusCode == HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
    }
}
