using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigil.Cli.Tests.Customers;
using Vigil.Store.Sqlite;
using Vigil.Tests.Shared;
using Vigil.Workflows.Customers;
using Xunit.Abstractions;

namespace Vigil.Cli.Tests.Scale;

/// <summary>
/// 100,000 generated customers rescreened against SDN 2021-07 by real <c>vigil worker</c> processes over a real
/// nats-server, one of them killed while it holds a chunk: the alerts equal those of a single-process rescreen of the
/// same register, none is duplicated, and the job is finished once.
/// </summary>
[Collection(NatsCollection.Name)]
public sealed class DistributedRescreenTests(NatsServer nats, ITestOutputHelper output)
{
    private const int CustomerCount = 100_000;
    private static readonly TimeSpan JobTimeout = TimeSpan.FromSeconds(150);

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
        var clock = Stopwatch.StartNew();
        var submit = VigilCli.Run(distributed, env, "customers", "rescreen", "--via", "nats", "--chunk-size", "1000");
        Assert.True(submit.ExitCode == 0, submit.ToString());
        Assert.Contains("100,000 customers in 100 chunks", submit.Stdout, StringComparison.Ordinal);
        var job = VigilCli.UnfinishedJob(distributed) ?? throw new InvalidOperationException("no job was recorded:\n" + submit);
        Assert.Equal("full", job.Kind);

        string[] worker = ["worker", "--ack-wait", "5", "--exit-when-idle", "60"];
        using var second = VigilProcess.Start(distributed, env, worker);
        // A worker killed while it holds a chunk: the chunk counted its delivery to that worker and is not committed. The
        // kill may land while the chunk's transaction commits (it was read as held just before); then it is not a
        // mid-chunk kill, and another worker is started and killed, at most three times.
        var killed = new List<VigilProcess>();
        List<int> held = [];
        string killedName = "";
        for (var attempt = 0; attempt < 3 && held.Count == 0; attempt++)
        {
            var victim = VigilProcess.Start(distributed, env, worker);
            killed.Add(victim);
            Wait.Until(() => Chunks(distributed, job.Id).Any(c => c.State == "queued" && c.Worker == victim.WorkerName && c.Attempts >= 1),
                JobTimeout, () => $"worker {victim.WorkerName} holding a chunk\n{victim.Output}\n{second.Output}");
            victim.Kill();
            killedName = victim.WorkerName;
            held = [.. Chunks(distributed, job.Id).Where(c => c.State == "queued" && c.Worker == victim.WorkerName).Select(c => c.No)];
            output.WriteLine($"killed {victim.WorkerName} holding chunks [{string.Join(", ", held)}]");
        }
        using var third = VigilProcess.Start(distributed, env, worker);
        Wait.Until(() => JobFinished(distributed, job.Id), JobTimeout,
            () => $"job {job.Id} finished; {Done(distributed, job.Id)} of 100 chunks done\n{second.Output}\n{third.Output}");
        output.WriteLine($"2 workers (one killed, a third started): {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var k in killed) k.Dispose();

        var chunks = Chunks(distributed, job.Id);
        Assert.Equal(100, chunks.Count);
        Assert.All(chunks, c => Assert.Equal("done", c.State));
        Assert.Equal(CustomerCount, chunks.Sum(c => c.CustomersDone));
        // The chunk the killed worker held was delivered again (after the ack wait) and done by another worker.
        Assert.True(held.Count > 0, "three workers were killed, none while it held a chunk");
        Assert.All(held, no => Assert.True(chunks[no].Attempts >= 2 && chunks[no].Worker != killedName, $"chunk {no}: {chunks[no]}"));
        Assert.Equal(1, FinishAudits(distributed, job.Id));

        var status = VigilCli.Run(distributed, null, "jobs", job.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
        using (var doc = JsonDocument.Parse(status.Stdout))
        {
            Assert.Equal("done", doc.RootElement.GetProperty("state").GetString());
            Assert.Equal(100, doc.RootElement.GetProperty("chunks_done").GetInt32());
            Assert.Equal(CustomerCount, doc.RootElement.GetProperty("customers_done").GetInt64());
        }

        var expected = VigilCli.Alerts(single);
        var actual = VigilCli.Alerts(distributed);
        Assert.True(expected.Count > planted.Count / 2, $"{expected.Count} alerts for {planted.Count} planted customers");
        var duplicates = actual.GroupBy(a => a.Pair).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        Assert.Equal(
            expected.Select(a => (a.CustomerId, a.Entry, a.State)).Order().ToList(),
            actual.Select(a => (a.CustomerId, a.Entry, a.State)).Order().ToList());

        // The register counts as screened against 2021-07: nothing left to rescreen.
        var again = VigilCli.Run(distributed, env, "customers", "rescreen", "--via", "nats");
        Assert.Contains("Nothing to screen", again.Stdout, StringComparison.Ordinal);
    }

    internal sealed record ChunkRow(int No, string State, int Attempts, string? Worker, long CustomersDone);

    private static List<ChunkRow> Chunks(string home, long job)
    {
        using var connection = Open(home);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT chunk_no, state, attempts, worker, customers_done FROM job_chunks WHERE job_id = {job} ORDER BY chunk_no";
        using var reader = command.ExecuteReader();
        var rows = new List<ChunkRow>();
        while (reader.Read()) rows.Add(new ChunkRow(reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt64(4)));
        return rows;
    }

    private static int Done(string home, long job) => Chunks(home, job).Count(c => c.State == "done");

    private static bool JobFinished(string home, long job)
    {
        using var connection = Open(home);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT finished_at IS NOT NULL FROM screening_jobs WHERE id = {job}";
        return command.ExecuteScalar() is long finished && finished == 1;
    }

    private static int FinishAudits(string home, long job)
    {
        using var connection = Open(home);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT detail FROM audit_log WHERE action = 'screening.finish'";
        using var reader = command.ExecuteReader();
        var count = 0;
        while (reader.Read())
        {
            using var doc = JsonDocument.Parse(reader.GetString(0));
            if (doc.RootElement.GetProperty("job").GetInt64() == job) count++;
        }
        return count;
    }

    private static SqliteConnection Open(string home)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(home, "vigil.db")};Mode=ReadOnly;Pooling=false;Default Timeout=10");
        connection.Open();
        return connection;
    }
}
