using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Vigil.Core.Alerts;
using Vigil.Server.Tests.Support;
using Vigil.Store;
using Vigil.Store.Sqlite;
using Vigil.Tests.Shared;
using Vigil.Workflows;
using Vigil.Workflows.Keys;
using Vigil.Workflows.Pipeline;

namespace Vigil.Server.Tests.Browser;

/// <summary>
/// A home for the jobs page and concurrent decisions: the <c>ofac-cons</c> fixture, a register whose import (one job, in
/// one process) raises alerts for <c>quill</c>, six clean customers for a chunked job, analyst keys for alice and bob and
/// a viewer key; Debian's Chromium and a Kestrel server over it.
/// </summary>
public sealed class JobsUiFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _home = new();
    private IPlaywright? _playwright;

    public static readonly string[] Clean = ["c01", "c02", "c03", "c04", "c05", "c06"];

    public string Home => _home.Path;
    public string Alice { get; private set; } = "";
    public string Bob { get; private set; } = "";
    public string Viewer { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public KestrelServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var home = new VigilHome(Home);
        new LoadList(home, TimeProvider.System).Run("ofac-cons", Fixtures.ConsV1);
        File.WriteAllText(_home.File("customers.csv"), "id,name,type,birth_date,country\n" +
            "quill,Quillmore Shipping & Logistics,organization,,\n" +
            string.Concat(Clean.Select((id, i) => $"{id},Plain Customer {(char)('A' + i)}bersford,person,,\n")));
        new UpdatePipeline(home, TimeProvider.System).ImportCustomers(_home.File("customers.csv"));
        var keys = new ApiKeys(home, TimeProvider.System);
        Alice = keys.Create("alice", "analyst");
        Bob = keys.Create("bob", "analyst");
        Viewer = keys.Create("reader", "viewer");
        Server = await KestrelServer.StartAsync(Home);
        (_playwright, Browser) = await BrowserFixture.LaunchAsync();
    }

    /// <summary>The home's store, as a <c>vigil worker</c> on another node opens it.</summary>
    public SqliteStore OpenStore() => SqliteStore.Open(Path.Combine(Home, "vigil.db"));

    /// <summary>A client of the same server with <paramref name="key"/>: "another request" of another analyst.</summary>
    public HttpClient Client(string key)
    {
        var client = new HttpClient { BaseAddress = Server.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
        Dispose();
    }

    /// <summary>Removes the home folder (harmless twice).</summary>
    public void Dispose() => _home.Dispose();
}

/// <summary>
/// The jobs pages in a real browser (a chunked job's progress refreshing by itself until it is finished) and the decision
/// form under concurrent decisions (it sends the state it showed; a decision on an alert changed meanwhile is refused,
/// shown, and not written).
/// </summary>
public sealed class JobsUiTests(JobsUiFixture fixture) : IClassFixture<JobsUiFixture>, IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _context = await BrowserFixture.NewContextAsync(fixture.Browser, fixture.Server);
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    private async Task OpenWithKey(string key, string hash)
    {
        await _page.GotoAsync("/" + hash);
        await _page.FillAsync("#api-key", key);
        await _page.DispatchEventAsync("#api-key", "change");
    }

    private Task<byte[]> Shot(string name) =>
        _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, name + ".png"), FullPage = true });

    /// <summary>Whether the jobs page still has a poll scheduled.</summary>
    private Task<bool> Polling() => _page.EvaluateAsync<bool>("() => jobPoll !== null");

    [Fact]
    public async Task A_chunked_job_shows_its_progress_refreshing_by_itself_until_it_is_finished_then_stops_asking()
    {
        // A job cut into three chunks of two clean customers, the first chunk done, as vigil worker processes leave it.
        ScreeningJob job, imported;
        using (var vigil = fixture.OpenStore())
        {
            imported = vigil.Screening.Jobs(1)[0];
            job = vigil.Screening.StartJob("full", imported.ListKey, null, [], imported.EngineVersion, imported.Profile, DateTimeOffset.UtcNow);
            vigil.Chunks.AddChunks(job.Id, [
                new ChunkRange(0, null, "c01", "c02", 2), new ChunkRange(1, "c02", "c03", "c04", 2), new ChunkRange(2, "c04", "c05", "c06", 2)]);
            Complete(vigil, job, 0);
        }
        Assert.True(imported.Raised > 0, "the import raised quill's alerts");

        await OpenWithKey(fixture.Alice, "#/jobs");
        var row = _page.Locator($"#jobs-table tr[data-job='{job.Id}']");
        await row.WaitForAsync();
        Assert.Equal("jobs", await _page.Locator("header nav a.active").GetAttributeAsync("data-page"));
        // Newest first: the chunked job, then the import's.
        var listed = (await _page.Locator("#jobs-table tbody tr").EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.job)")).Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(job.Id, listed[0]);
        Assert.Contains(imported.Id, listed);
        Assert.Equal(listed.OrderDescending(), listed);
        Assert.Equal("running", await row.GetAttributeAsync("data-state"));
        Assert.Equal("1 / 3 chunks", await row.Locator(".job-chunks").InnerTextAsync());
        Assert.Equal("2 / 6", await row.Locator(".job-customers").InnerTextAsync());
        var done = _page.Locator($"#jobs-table tr[data-job='{imported.Id}']");
        Assert.Equal("done", await done.GetAttributeAsync("data-state"));
        Assert.Equal(imported.Kind, await done.Locator(".job-kind").InnerTextAsync());
        Assert.Contains("one process", await done.Locator(".job-chunks").InnerTextAsync());
        Assert.Equal(imported.Raised.ToString(CultureInfo.InvariantCulture), await done.Locator(".job-raised").InnerTextAsync());
        Assert.True(await Polling(), "a running job is listed: the list asks again");
        await Shot("jobs-list-running");

        await row.Locator("a.job-link").ClickAsync();
        await _page.Locator("#job-state").WaitForAsync();
        Assert.Equal("running", await _page.Locator("#job-state").InnerTextAsync());
        Assert.Equal("1 / 3 chunks", await _page.Locator("#job-chunks").InnerTextAsync());
        Assert.Equal("not yet", await _page.Locator("#job-finished").InnerTextAsync());
        Assert.Equal("full", await _page.Locator("#job-kind").InnerTextAsync());
        // A mark on the window: a page reloaded would lose it; the progress must come without one.
        await _page.EvaluateAsync("() => window.__sameDocument = true");

        using (var vigil = fixture.OpenStore()) Complete(vigil, job, 1);
        await _page.Locator("#job-chunks", new() { HasText = "2 / 3 chunks" }).WaitForAsync();
        Assert.Equal("4 / 6", await _page.Locator("#job-customers").InnerTextAsync());
        Assert.Equal("running", await _page.Locator("#job-state").InnerTextAsync());
        Assert.True(await Polling());

        using (var vigil = fixture.OpenStore())
        {
            Complete(vigil, job, 2);
            Assert.NotNull(vigil.Chunks.FinishIfComplete(job, null, new Dictionary<string, string>(), DateTimeOffset.UtcNow));
        }
        await _page.Locator("#job-state", new() { HasText = "done" }).WaitForAsync();
        Assert.Equal("3 / 3 chunks", await _page.Locator("#job-chunks").InnerTextAsync());
        Assert.Equal("6 / 6", await _page.Locator("#job-customers").InnerTextAsync());
        Assert.NotEqual("not yet", await _page.Locator("#job-finished").InnerTextAsync());
        Assert.Equal(3, await _page.EvalOnSelectorAsync<int>("#job progress", "p => p.value"));
        Assert.True(await _page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page was reloaded");
        Assert.False(await Polling(), "a finished job is not asked for again");
        await Shot("job-done");

        await _page.Locator("a[href='#/jobs']", new() { HasText = "every job" }).ClickAsync();
        await _page.Locator($"#jobs-table tr[data-job='{job.Id}'][data-state=done]").WaitForAsync();
        Assert.Equal("3 / 3 chunks", await row.Locator(".job-chunks").InnerTextAsync());
        Assert.False(await Polling(), "every job is finished: the list is not asked for again");

        // The API says the same.
        using var client = fixture.Client(fixture.Alice);
        var status = JsonDocument.Parse(await client.GetStringAsync($"api/v1/jobs/{job.Id}")).RootElement;
        Assert.Equal("done", status.GetProperty("state").GetString());
        Assert.Equal(6, status.GetProperty("customers_done").GetInt64());
    }

    /// <summary>Commits chunk <paramref name="no"/> of <paramref name="job"/> for its two clean customers, as a worker would.</summary>
    private static void Complete(SqliteStore vigil, ScreeningJob job, int no)
    {
        var ids = JobsUiFixture.Clean.Skip(no * 2).Take(2).ToHashSet();
        var outcomes = vigil.Customers.Page(null, 100, pendingOnly: false).Where(c => ids.Contains(c.Record.Id))
            .Select(c => new CustomerOutcome(c.Record.Id, c.Revision, "fingerprint", [], [], null)).ToList();
        Assert.Equal(2, outcomes.Count);
        Assert.NotNull(vigil.Chunks.CompleteChunk(job, no, outcomes, [], DateTimeOffset.UtcNow, null, 0, "test-worker"));
    }

    [Fact]
    public async Task A_viewer_key_is_told_the_jobs_need_an_analyst_key()
    {
        await OpenWithKey(fixture.Viewer, "#/jobs");
        await _page.Locator("#jobs-role").WaitForAsync();
        Assert.Contains("analyst key", await _page.Locator("#jobs-role").InnerTextAsync());
        Assert.Equal(0, await _page.Locator("#jobs-table").CountAsync());
        Assert.False(await Polling());
    }

    [Fact]
    public async Task A_decision_on_an_alert_another_analyst_changed_after_the_page_showed_it_is_refused_shown_and_not_written()
    {
        using var bob = fixture.Client(fixture.Bob);
        var open = JsonDocument.Parse(await bob.GetStringAsync("api/v1/alerts?state=open&customer=quill")).RootElement.GetProperty("alerts");
        var id = open[0].GetProperty("id").GetInt64();
        var posted = new List<string>();
        _page.Request += (_, r) => { if (r.Method == "POST" && r.Url.EndsWith($"/alerts/{id}/decision", StringComparison.Ordinal)) posted.Add(r.PostData ?? ""); };

        await OpenWithKey(fixture.Alice, $"#/alert/{id}");
        await _page.Locator("#decide-form").WaitForAsync();
        Assert.Equal("open", await _page.Locator("#alert-state").InnerTextAsync());

        // Bob escalates it through the API after Alice's page showed it open.
        var escalated = await bob.PostAsJsonAsync($"api/v1/alerts/{id}/decision",
            new { @as = "escalated", reason = "Bob: the vessel register needs a second look", expected_state = "open" });
        Assert.Equal(HttpStatusCode.OK, escalated.StatusCode);

        await _page.SelectOptionAsync("#decide-as", "false_positive");
        await _page.FillAsync("#decide-reason", "Alice: different company");
        await _page.ClickAsync("#decide-form button[type=submit]");

        var conflict = _page.Locator("#decide-conflict");
        await conflict.WaitForAsync();
        Assert.Equal("escalated", await conflict.GetAttributeAsync("data-current-state"));
        Assert.Contains("changed by someone else", await conflict.InnerTextAsync());
        Assert.Contains("now escalated", await conflict.InnerTextAsync());
        Assert.Contains("not recorded", await conflict.InnerTextAsync());
        // The alert was shown again as it is now, with Bob's decision, and the form now expects that state.
        Assert.Equal("escalated", await _page.Locator("#alert-state").InnerTextAsync());
        var history = await _page.Locator("#history").InnerTextAsync();
        Assert.Contains("bob", history);
        Assert.DoesNotContain("false_positive", history);
        Assert.Equal("escalated", await _page.Locator("#decide-form").GetAttributeAsync("data-expected-state"));
        Assert.Equal("Alice: different company", await _page.InputValueAsync("#decide-reason"));
        await Shot("alert-decision-conflict");

        var sent = JsonDocument.Parse(Assert.Single(posted)).RootElement;
        Assert.Equal("open", sent.GetProperty("expected_state").GetString());
        var stored = JsonDocument.Parse(await bob.GetStringAsync($"api/v1/alerts/{id}")).RootElement;
        Assert.Equal("escalated", stored.GetProperty("alert").GetProperty("state").GetString());
        Assert.DoesNotContain(stored.GetProperty("history").EnumerateArray(), d => d.GetProperty("reviewer").GetString() == "alice");

        // Deciding again on the alert as now shown goes through.
        await _page.SelectOptionAsync("#decide-as", "false_positive");
        await _page.ClickAsync("#decide-form button[type=submit]");
        await _page.Locator("#alert-state", new() { HasText = "false_positive" }).WaitForAsync();
        Assert.Equal("escalated", JsonDocument.Parse(posted[1]).RootElement.GetProperty("expected_state").GetString());
        Assert.Contains("alice", await _page.Locator("#history").InnerTextAsync());
    }
}
