using Vigil.Cli.Tests.Customers;
using Vigil.Store.Sqlite;
using Vigil.Tests.Shared;
using Vigil.Workflows.Customers;
using Xunit.Abstractions;

namespace Vigil.Cli.Tests.Scale;

/// <summary>
/// 100,000 generated customers rescreened against SDN 2021-07 by real <c>vigil worker</c> processes over a real
/// nats-server on one SQLite home, one of them killed while it holds a chunk: the alerts equal those of a
/// single-process rescreen of the same register, none is duplicated, and the job is finished once. (The same on
/// PostgreSQL with two serve nodes: <see cref="ClusterTests"/>.)
/// </summary>
[Collection(NatsCollection.Name)]
public sealed class DistributedRescreenTests(NatsServer nats, ITestOutputHelper output)
{
    private const int CustomerCount = 100_000;

    [Fact]
    public void Workers_one_killed_mid_chunk_rescreen_the_register_to_the_alerts_of_one_process()
    {
        using var dir = new TempDirectory("vigil-distributed-");
        var csv = dir.File("customers.csv");
        var planted = CustomerFileGenerator.Write(csv, CustomerCount);
        var distributed = Path.Combine(dir.Path, "distributed");
        var single = Path.Combine(dir.Path, "single");
        VigilCli.Ok(distributed, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));
        // The register is written through the store alone: 'customers import' would screen it in this process at once.
        using (var store = SqliteStore.Open(Path.Combine(distributed, "vigil.db")))
            store.Customers.Import(CustomerFile.Read(csv), "customers.csv", DateTimeOffset.UtcNow);
        VigilCli.CopyHome(distributed, single);

        var oneProcess = VigilCli.Ok(single, "customers", "rescreen");
        output.WriteLine($"single process: {oneProcess.Elapsed.TotalSeconds:F1} s\n{oneProcess.Stdout}");

        var env = new Dictionary<string, string> { ["VIGIL_NATS"] = nats.Url };
        RescreenScenario.RunWithAKill(distributed, distributed, distributed, env, JobRows.Sqlite(distributed), CustomerCount, output);
        RescreenScenario.SameAlerts(VigilCli.Alerts(single), VigilCli.Alerts(distributed), planted.Count);

        // The register counts as screened against 2021-07: nothing left to rescreen.
        var again = VigilCli.Run(distributed, env, "customers", "rescreen", "--via", "nats");
        Assert.Contains("Nothing to screen", again.Stdout, StringComparison.Ordinal);
    }
}
