using System.Diagnostics;
using Vigil.Cli.Tests.Customers;
using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Sync;

/// <summary>
/// <c>vigil lists sync</c> against a local server serving the real SDN files: 304s, changed files, and every fault
/// leaving the active version untouched and reported; a killed sync is completed by a rerun.
/// </summary>
public sealed class SyncTests : IDisposable
{
    private readonly TempDirectory _home = new();
    private readonly FaultyListServer _server = new();

    public SyncTests()
    {
        _server.Serve("sdn", SharedData.Path("ofac-sdn/2019-01"));
        // Generous: only the stall test is about timeouts (it sets 1.5 s). With 5 s, a busy machine (the first request of a
        // process also compiles the HTTP stack) turned the HTML page's answer into "no complete answer within 5 s".
        Config(timeoutSeconds: 60, retries: 2);
    }

    private void Config(double timeoutSeconds, int retries) =>
        File.WriteAllText(_home.File("vigil.json"), $$"""
            {
              "sources": { "ofac-sdn": { "url": "{{_server.BaseUrl}}sdn/" } },
              "sync": { "timeout_seconds": {{timeoutSeconds}}, "retries": {{retries}}, "retry_delay_seconds": 0.05 }
            }
            """);

    private VigilResult Sync() => VigilCli.Run(_home.Path, null, "lists", "sync", "--source", "ofac-sdn");

    private string ActiveVersion()
    {
        var lists = VigilCli.Ok(_home.Path, "lists").Stdout;
        var row = lists.Split('\n').Single(l => l.Contains("ofac-sdn", StringComparison.Ordinal));
        return row.Split('│', StringSplitOptions.TrimEntries)[2];
    }

    private void FirstSync()
    {
        var first = Sync();
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("ofac-sdn: loaded: loaded version 1", first.Stdout);
        _server.Serve("sdn", SharedData.Path("ofac-sdn/2021-07"));
    }

    private void AssertFailedKeepingVersion1(VigilResult result, string reason)
    {
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("ofac-sdn: failed:", result.Stdout);
        Assert.Contains(reason, result.Stderr);
        Assert.Contains("the active version is unchanged", result.Stderr);
        Assert.Equal("1", ActiveVersion());
        Assert.Equal(0, VigilCli.Run(_home.Path, null, "audit", "verify").ExitCode);
    }

    [Fact]
    public void Unchanged_files_answer_304_and_load_nothing_then_a_changed_file_loads_a_new_version()
    {
        var first = Sync();
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("loaded version 1", first.Stdout);
        Assert.All(_server.Log, r => Assert.Null(r.IfNoneMatch));

        _server.Log.Clear();
        var second = Sync();
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("ofac-sdn: unchanged", second.Stdout);
        Assert.NotEmpty(_server.Log);
        Assert.All(_server.Log, r => Assert.Equal((true, 304), (r.IfNoneMatch is not null, r.Status)));

        _server.Serve("sdn", SharedData.Path("ofac-sdn/2021-07"));
        var third = Sync();
        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.Contains("loaded version 2", third.Stdout);
        Assert.Equal("2", ActiveVersion());
        Assert.Contains("\"action\":\"list.sync\"", VigilCli.Ok(_home.Path, "audit", "export").Stdout);
    }

    [Fact]
    public void A_transient_500_is_retried_and_the_sync_succeeds()
    {
        FirstSync();
        _server.FailNext(2);
        var result = Sync();
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("loaded version 2", result.Stdout);
        Assert.Equal(2, _server.Log.Count(r => r.Status == 500));
    }

    [Fact]
    public void Http_500_every_time_fails_the_source_after_the_retries_and_keeps_the_active_version()
    {
        FirstSync();
        _server.Faults["sdn/sdn.csv"] = Fault.Status500;
        AssertFailedKeepingVersion1(Sync(), "sdn/sdn.csv: failed after 3 attempts: HTTP 500");
    }

    [Fact]
    public void A_truncated_body_fails_the_source_and_keeps_the_active_version()
    {
        FirstSync();
        _server.Faults["sdn/add.csv"] = Fault.Truncate;
        AssertFailedKeepingVersion1(Sync(), "sdn/add.csv: failed after 3 attempts");
    }

    [Fact]
    public void A_stalled_connection_times_out_and_keeps_the_active_version()
    {
        FirstSync();
        Config(timeoutSeconds: 1.5, retries: 1);
        _server.Faults["sdn/alt.csv"] = Fault.Stall;
        AssertFailedKeepingVersion1(Sync(), "timeout");
    }

    [Fact]
    public void An_HTML_error_page_is_refused_before_parsing()
    {
        FirstSync();
        _server.Faults["sdn/sdn.csv"] = Fault.Html;
        _server.Log.Clear();
        AssertFailedKeepingVersion1(Sync(), "an HTML page, not the sdn.csv file");
        // Refused on the first answer, before parsing and without retrying: one request, answered with the page.
        Assert.Equal([("sdn/sdn.csv", 200)], _server.Log.Select(r => (r.Path, r.Status)));
    }

    [Fact]
    public async Task Killing_the_process_during_a_sync_leaves_the_store_consistent_and_a_rerun_completes_it()
    {
        FirstSync();
        Config(timeoutSeconds: 120, retries: 0);
        _server.Faults["sdn/alt.csv"] = Fault.Stall;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { VigilRunner.VigilDll, "lists", "sync", "--source", "ofac-sdn" }) start.ArgumentList.Add(arg);
        start.Environment["VIGIL_HOME"] = _home.Path;
        using (var process = Process.Start(start)!)
        {
            await _server.StallStarted.Task.WaitAsync(TimeSpan.FromMinutes(1));
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        Assert.Equal("1", ActiveVersion());
        Assert.Equal(0, VigilCli.Run(_home.Path, null, "audit", "verify").ExitCode);

        _server.Faults.Clear();
        Config(timeoutSeconds: 5, retries: 2);
        var rerun = Sync();
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Contains("loaded version 2", rerun.Stdout);
        Assert.Empty(Directory.GetDirectories(Path.Combine(_home.Path, "downloads"), "*staging*"));
    }

    [Fact]
    public void From_an_offline_copy_loads_what_changed_and_names_a_missing_folder()
    {
        using var offline = new TempDirectory();
        Directory.CreateDirectory(offline.File("ofac-sdn"));
        foreach (var file in Directory.GetFiles(SharedData.Path("ofac-sdn/2021-07"))) File.Copy(file, Path.Combine(offline.File("ofac-sdn"), Path.GetFileName(file)));
        var result = VigilCli.Run(_home.Path, null, "lists", "sync", "--from", offline.Path, "--source", "ofac-sdn", "--source", "un");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ofac-sdn: loaded: loaded version 1", result.Stdout);
        Assert.Contains($"un: {offline.File("un")}: no such file or directory", result.Stderr);
    }

    public void Dispose()
    {
        _server.Dispose();
        _home.Dispose();
    }
}
