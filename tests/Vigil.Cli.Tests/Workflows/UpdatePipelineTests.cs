using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;
using Vigil.Workflows;
using Vigil.Workflows.Alerts;
using Vigil.Workflows.Customers;
using Vigil.Workflows.Pipeline;

namespace Vigil.Cli.Tests.Workflows;

/// <summary>
/// The update pipeline in process over a real store in a temp VIGIL_HOME, with a webhook receiver on 127.0.0.1: a load runs
/// every step in order, each seeing what the one before left; a load that fails runs none.
/// </summary>
public sealed class UpdatePipelineTests : IDisposable
{
    private readonly TempDirectory _home = new();
    private readonly TempDirectory _broken = new();
    private readonly HttpListener _receiver = new();
    private readonly ConcurrentQueue<string> _received = new();

    public UpdatePipelineTests()
    {
        var port = Loopback.FreePort();
        var url = $"http://127.0.0.1:{port}/hook/";
        _receiver.Prefixes.Add(url);
        _receiver.Start();
        _ = Task.Run(ReceiveAsync);
        File.WriteAllText(_home.File("vigil.json"), $$"""{ "webhooks": [ { "url": "{{url}}", "secret": "pipeline-test" } ] }""");
        File.WriteAllText(_home.File("c.csv"),
            "id,name,type\nc1,Corporación China de Importaciones y Exportaciones Electrónicas,organization\nc2,Nicolas Maduro Moros,person\n");
    }

    private VigilHome Home => new(_home.Path);

    private async Task ReceiveAsync()
    {
        while (_receiver.IsListening)
        {
            HttpListenerContext context;
            try { context = await _receiver.GetContextAsync(); }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            using var reader = new StreamReader(context.Request.InputStream);
            _received.Enqueue(await reader.ReadToEndAsync());
            context.Response.StatusCode = 204;
            context.Response.Close();
        }
    }

    /// <summary>What the store and the receiver show at one moment.</summary>
    private sealed record Observed(bool Snapshot, int Alerts, long Queued, int Received, long Pending);

    private Observed Observe() => new(
        File.Exists(Home.IndexSnapshotPath),
        new AlertService(Home, TimeProvider.System).List().Count,
        Count("SELECT COUNT(*) FROM webhook_outbox WHERE delivered_at IS NULL"),
        _received.Count,
        new CustomerRegister(Home, TimeProvider.System).Counts().Pending);

    private long Count(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Home.DatabasePath};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    [Fact]
    public void A_load_writes_the_snapshot_then_screens_the_register_then_delivers_the_events()
    {
        new CustomerRegister(Home, TimeProvider.System).Import(_home.File("c.csv"));
        var seen = new List<(UpdateStep Step, Observed State)>();
        var pipeline = new UpdatePipeline(Home, TimeProvider.System) { StepDone = (step, _) => seen.Add((step, Observe())) };

        var result = pipeline.Load("ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));

        UpdateStep[] all = [UpdateStep.Change, UpdateStep.Snapshot, UpdateStep.Screening, UpdateStep.Webhooks];
        Assert.Equal(all, result.Steps);
        Assert.Equal(all, seen.Select(s => s.Step));
        // The version alone: no snapshot, both customers still waiting.
        Assert.Equal(new Observed(false, 0, 0, 0, 2), seen[0].State);
        // The snapshot, before anything is screened.
        Assert.Equal(new Observed(true, 0, 0, 0, 2), seen[1].State);
        // The register screened: two alerts, their events queued in the outbox, none sent yet.
        Assert.Equal(new Observed(true, 2, 2, 0, 0), seen[2].State);
        // The events delivered to the receiver.
        Assert.Equal(new Observed(true, 2, 0, 2, 0), seen[3].State);

        Assert.False(result.Load!.Unchanged);
        Assert.NotNull(result.Snapshot);
        Assert.Equal(2, Assert.Single(result.Jobs).Raised);
        Assert.Equal((2, 0, 0L), (result.Webhooks!.Delivered, result.Webhooks.Failed, result.Webhooks.Pending));
    }

    [Fact]
    public void A_failed_load_runs_no_other_step_and_leaves_the_previous_version_active()
    {
        var pipeline = new UpdatePipeline(Home, TimeProvider.System);
        var first = pipeline.Load("ofac-sdn", SharedData.Path("ofac-sdn/2019-01")).Load!.Version;
        var snapshotWritten = File.GetLastWriteTimeUtc(Home.IndexSnapshotPath);
        var jobs = Count("SELECT COUNT(*) FROM screening_jobs");
        new CustomerRegister(Home, TimeProvider.System).Import(_home.File("c.csv")); // waiting to be screened
        // A download cut short: the other files of 2021-07, an empty sdn.csv.
        foreach (var file in Directory.GetFiles(SharedData.Path("ofac-sdn/2021-07")))
            File.Copy(file, _broken.File(Path.GetFileName(file)));
        File.WriteAllText(_broken.File("sdn.csv"), "");
        var steps = new List<UpdateStep>();

        var error = Assert.Throws<VigilException>(() =>
            new UpdatePipeline(Home, TimeProvider.System) { StepDone = (step, _) => steps.Add(step) }.Load("ofac-sdn", _broken.Path));

        Assert.Contains(_broken.Path, error.Message, StringComparison.Ordinal);
        Assert.Empty(steps);
        Assert.Equal(first.Id, Assert.Single(new ListCatalog(Home).Active()).Id);
        Assert.Equal(snapshotWritten, File.GetLastWriteTimeUtc(Home.IndexSnapshotPath));
        Assert.Equal(jobs, Count("SELECT COUNT(*) FROM screening_jobs"));
        Assert.Equal(new Observed(true, 0, 0, 0, 2), Observe());
    }

    public void Dispose()
    {
        _receiver.Close();
        _home.Dispose();
        _broken.Dispose();
    }
}
