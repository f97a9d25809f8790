using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Vigil.Cli.Tests.Customers;
using Xunit.Abstractions;

namespace Vigil.Cli.Tests.Scale;

/// <summary>
/// A register rescreening cut into chunks of 1,000 and run by real <c>vigil worker</c> processes, one of them killed
/// while it holds a chunk: submits the job from one home, runs one worker from the first worker home throughout, kills
/// a worker started from the second (another is started in its place), waits for the job to finish, and checks every
/// chunk was done once, the killed worker's chunk was delivered again to another, and the job finished once.
/// </summary>
internal static class RescreenScenario
{
    private static readonly TimeSpan JobTimeout = TimeSpan.FromSeconds(180);

    /// <returns>The job's id and the time from submission to the job's end.</returns>
    public static (long Job, TimeSpan Elapsed) RunWithAKill(string submitHome, string firstWorkerHome, string secondWorkerHome,
        IReadOnlyDictionary<string, string> env, JobRows rows, int customers, ITestOutputHelper output)
    {
        var chunkCount = customers / 1000;
        var clock = Stopwatch.StartNew();
        var submit = VigilCli.Run(submitHome, env, "customers", "rescreen", "--via", "nats", "--chunk-size", "1000");
        Assert.True(submit.ExitCode == 0, submit.ToString());
        Assert.Contains($"{customers:N0} customers in {chunkCount} chunks", submit.Stdout, StringComparison.Ordinal);
        var job = rows.Unfinished() ?? throw new InvalidOperationException("no job was recorded:\n" + submit);
        Assert.Equal("full", job.Kind);

        string[] worker = ["worker", "--ack-wait", "5", "--exit-when-idle", "60"];
        using var steady = VigilProcess.Start(firstWorkerHome, env, worker);
        // A worker killed while it holds a chunk: the chunk counted its delivery to that worker and is not committed. The
        // kill may land while the chunk's transaction commits (it was read as held just before); then it is not a
        // mid-chunk kill, and another worker is started and killed, at most three times.
        var killed = new List<VigilProcess>();
        List<int> held = [];
        var killedName = "";
        try
        {
            for (var attempt = 0; attempt < 3 && held.Count == 0; attempt++)
            {
                var victim = VigilProcess.Start(secondWorkerHome, env, worker);
                killed.Add(victim);
                Wait.Until(() => rows.Chunks(job.Id).Any(c => c.State == "queued" && c.Worker == victim.WorkerName && c.Attempts >= 1),
                    JobTimeout, () => $"worker {victim.WorkerName} holding a chunk\n{victim.Output}\n{steady.Output}");
                victim.Kill();
                killedName = victim.WorkerName;
                held = [.. rows.Chunks(job.Id).Where(c => c.State == "queued" && c.Worker == victim.WorkerName).Select(c => c.No)];
                output.WriteLine($"killed {victim.WorkerName} holding chunks [{string.Join(", ", held)}]");
            }
            using var replacement = VigilProcess.Start(secondWorkerHome, env, worker);
            Wait.Until(() => rows.Finished(job.Id), JobTimeout,
                () => $"job {job.Id} finished; {rows.Done(job.Id)} of {chunkCount} chunks done\n{steady.Output}\n{replacement.Output}");
        }
        finally
        {
            foreach (var k in killed) k.Dispose();
        }
        var elapsed = clock.Elapsed;
        output.WriteLine($"2 workers (one killed, another started): {elapsed.TotalSeconds:F1} s");

        var chunks = rows.Chunks(job.Id);
        Assert.Equal(chunkCount, chunks.Count);
        Assert.All(chunks, c => Assert.Equal("done", c.State));
        Assert.Equal(customers, chunks.Sum(c => c.CustomersDone));
        // The chunk the killed worker held was delivered again (after the ack wait) and done by another worker.
        Assert.True(held.Count > 0, "three workers were killed, none while it held a chunk");
        Assert.All(held, no => Assert.True(chunks[no].Attempts >= 2 && chunks[no].Worker != killedName, $"chunk {no}: {chunks[no]}"));
        Assert.Equal(1, rows.FinishAudits(job.Id));

        var status = VigilCli.Run(submitHome, env, "jobs", job.Id.ToString(CultureInfo.InvariantCulture), "--json");
        using (var doc = JsonDocument.Parse(status.Stdout))
        {
            Assert.Equal("done", doc.RootElement.GetProperty("state").GetString());
            Assert.Equal(chunkCount, doc.RootElement.GetProperty("chunks_done").GetInt32());
            Assert.Equal(customers, doc.RootElement.GetProperty("customers_done").GetInt64());
        }
        return (job.Id, elapsed);
    }

    /// <summary>The alerts of <paramref name="actual"/> are those of <paramref name="expected"/> (customer, entry, state), none duplicated.</summary>
    public static void SameAlerts(List<AlertLine> expected, List<AlertLine> actual, int planted)
    {
        Assert.True(expected.Count > planted / 2, $"{expected.Count} alerts for {planted} planted customers");
        var duplicates = actual.GroupBy(a => a.Pair).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        Assert.Equal(
            expected.Select(a => (a.CustomerId, a.Entry, a.State)).Order().ToList(),
            actual.Select(a => (a.CustomerId, a.Entry, a.State)).Order().ToList());
    }
}
