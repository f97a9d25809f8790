using System.Globalization;
using System.Text.Json;
using NATS.Client.Core;
using NATS.Client.JetStream;
using Npgsql;
using Vigil.Cli.Tests.Customers;
using Vigil.Cli.Tests.Support;
using Vigil.Store.Postgres;
using Vigil.Store.Sqlite;
using Vigil.Store.Tests.Support;
using Vigil.Tests.Shared;
using Vigil.Workflows.Customers;
using Vigil.Workflows.Distributed;
using Xunit.Abstractions;

namespace Vigil.Cli.Tests.Scale;

/// <summary>
/// Issue 17's deployment in one test, every part real and on loopback: a PostgreSQL server, a nats-server with
/// JetStream, two <c>vigil serve</c> nodes and two workers, each process with a home of its own (as on separate
/// machines) and the one database. A list loaded on node A is served by node B; 100,000 customers are rescreened by the
/// two workers while one is killed mid-chunk, to the alerts of a single-process rescreen on SQLite with none
/// duplicated; 10,000 payment messages go through two stream workers (one partition of the keys each), one restarted in
/// the middle, and every message gets exactly one decision in the order of its key.
/// </summary>
[Collection(NatsCollection.Name)] // one at a time with the other NATS tests: they share the machine's cores
public sealed class ClusterTests(PostgresServer postgres, ITestOutputHelper output) : IClassFixture<PostgresServer>, IDisposable
{
    private const int CustomerCount = 100_000;
    private const int PaymentCount = 10_000;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private const string ListedName = "AEROCARIBBEAN AIRLINES"; // SDN 36

    private readonly TempDirectory _dir = new("vigil-cluster-");
    private readonly string _database = postgres.CreateDatabase();

    public void Dispose()
    {
        postgres.DropDatabase(_database);
        _dir.Dispose();
    }

    /// <summary>The database as <c>VIGIL_DB</c> takes it: <c>postgresql://user@host:port/database</c>.</summary>
    private string DatabaseUrl
    {
        get
        {
            var b = new NpgsqlConnectionStringBuilder(_database);
            return $"postgresql://{b.Username}@{b.Host}:{b.Port.ToString(CultureInfo.InvariantCulture)}/{b.Database}";
        }
    }

    [Fact]
    public async Task Two_nodes_and_two_workers_on_PostgreSQL_and_NATS_serve_rescreen_and_stream_as_one_process_would()
    {
        using var nats = new NatsServer(); // its own: the streams start empty
        var env = new Dictionary<string, string>
        {
            ["VIGIL_DB"] = DatabaseUrl,
            ["VIGIL_NATS"] = nats.Url,
            ["VIGIL_LIST_POLL"] = "1",
        };
        string Home(string name) => Path.Combine(_dir.Path, name);
        var (nodeA, nodeB, worker1, worker2) = (Home("node-a"), Home("node-b"), Home("worker-1"), Home("worker-2"));

        // --- Two serve nodes; a list loaded on node A is served by node B. ---
        var key = VigilCli.Ok(nodeA, env, "keys", "create", "cluster").Stdout.Trim();
        await using var a = await ServedVigil.StartAsync(nodeA, env);
        await using var b = await ServedVigil.StartAsync(nodeB, env);
        using var onA = Client(a, key);
        using var onB = Client(b, key);
        Assert.Empty(await SearchAsync(onB, ListedName));
        VigilCli.Ok(nodeA, env, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));
        await UntilAsync(async () => (await SearchAsync(onB, ListedName)).Contains("36"), "node B to serve the list loaded on node A", b);
        await UntilAsync(async () => (await SearchAsync(onA, ListedName)).Contains("36"), "node A to serve its own load", a);
        using (var ready = JsonDocument.Parse(await onB.GetStringAsync("readyz")))
            Assert.Contains("ofac-sdn", ready.RootElement.GetProperty("list_versions").GetString()!, StringComparison.Ordinal);

        // --- 100,000 customers rescreened by two workers, one killed mid-chunk, against one process on SQLite. ---
        var csv = _dir.File("customers.csv");
        var planted = CustomerFileGenerator.Write(csv, CustomerCount);
        var records = CustomerFile.Read(csv);
        // The register is written through the store alone: 'customers import' would screen it in this process at once.
        using (var store = PostgresStore.Open(DatabaseUrl))
            store.Customers.Import(records, "customers.csv", DateTimeOffset.UtcNow);
        var single = Home("single");
        VigilCli.Ok(single, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));
        using (var store = SqliteStore.Open(Path.Combine(single, "vigil.db")))
            store.Customers.Import(records, "customers.csv", DateTimeOffset.UtcNow);
        var oneProcess = VigilCli.Ok(single, "customers", "rescreen");
        output.WriteLine($"single process on SQLite: {oneProcess.Elapsed.TotalSeconds:F1} s\n{oneProcess.Stdout}");

        var (job, elapsed) = RescreenScenario.RunWithAKill(nodeA, worker1, worker2, env, JobRows.Postgres(_database), CustomerCount, output);
        output.WriteLine($"{CustomerCount / elapsed.TotalSeconds:N0} customers/s across the workers, kill and redelivery included");
        RescreenScenario.SameAlerts(VigilCli.Alerts(single), VigilCli.Alerts(nodeB, env), planted.Count);
        // Node B, which took no part, shows the job done.
        using (var seen = JsonDocument.Parse(await onB.GetStringAsync($"api/v1/jobs/{job}")))
        {
            Assert.Equal("done", seen.RootElement.GetProperty("state").GetString());
            Assert.Equal(CustomerCount / 1000, seen.RootElement.GetProperty("chunks_done").GetInt32());
        }

        // --- 10,000 payments through two stream workers (a partition each), one restarted in the middle. ---
        await using var connection = new NatsConnection(new NatsOpts { Url = nats.Url });
        var js = new NatsJSContext(connection);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await NatsNames.EnsurePaymentStreams(js, cancel.Token);
        var stream = new PaymentStreamDriver(i => $"p{i % 2}.k{i % 16}");
        string[] Worker(int partition) => ["worker", "--stream", "--consumer", $"pay-p{partition}", "--filter", $"{NatsNames.PaymentsInPrefix}p{partition}.>",
            "--ack-wait", "5", "--exit-when-idle", "60"];

        await stream.PublishDead(js, "bad-text", 1, cancel.Token);
        await stream.PublishRange(js, 0, PaymentCount / 2, cancel.Token);
        await stream.PublishDead(js, "bad-json", 2, cancel.Token);
        using var even = VigilProcess.Start(worker1, env, Worker(0));
        using (var odd = VigilProcess.Start(worker2, env, Worker(1)))
        {
            Wait.Until(() => PaymentStreamDriver.Decided(js) >= 1_000, Timeout, () => "1,000 decisions\n" + odd.Output + even.Output);
            odd.Kill();
        }
        var atKill = PaymentStreamDriver.Decided(js);
        await stream.PublishRange(js, PaymentCount / 2, PaymentCount / 2, cancel.Token);
        using var restarted = VigilProcess.Start(worker2, env, Worker(1));
        Wait.Until(() => PaymentStreamDriver.Decided(js) >= PaymentCount + stream.Dead.Count && PaymentStreamDriver.Settled(js, "pay-p0", "pay-p1"), Timeout,
            () => $"{PaymentCount + stream.Dead.Count} messages decided and acknowledged; {PaymentStreamDriver.Decided(js)} so far\n{even.Output}\n{restarted.Output}");
        Assert.True(atKill < PaymentCount, $"the worker was killed after {atKill} decisions");
        await stream.VerifyAsync(js, PaymentCount, "ofac-sdn:1", cancel.Token);
    }

    private static HttpClient Client(ServedVigil node, string key)
    {
        var client = new HttpClient { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        return client;
    }

    private static async Task<List<string>> SearchAsync(HttpClient client, string name)
    {
        var response = await client.GetAsync($"api/v1/search?name={Uri.EscapeDataString(name)}&min_score=0.9");
        if (!response.IsSuccessStatusCode) return []; // 503 while no list is loaded yet
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. body.RootElement.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("source_id").GetString()!)];
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, string what, ServedVigil node)
    {
        var until = DateTime.UtcNow + Timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"not within {Timeout}: {what}\n{node.Stdout}\n{node.Stderr}");
            await Task.Delay(100);
        }
    }
}
