using System.Net;
using System.Text.Json;
using Vigil.Server.Tests.Support;
using Vigil.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Workflows;

namespace Vigil.Server.Tests.Nodes;

/// <summary>The list version watcher on a real Kestrel server: <c>/readyz</c> says which versions are served and whether
/// they lag the store; a failed rebuild keeps the old index and is retried without another list change.</summary>
public sealed class ListWatcherTests : IDisposable
{
    private readonly TempDirectory _home = new();

    public void Dispose() => _home.Dispose();

    private static readonly Dictionary<string, string?> FastPoll = new() { [ServerSettings.ListPollKey] = "0.2" };

    private void Load(string path) => new LoadList(new VigilHome(_home.Path), TimeProvider.System).Run("ofac-cons", path);

    private static async Task<JsonElement> ReadyAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync("readyz" + query);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<int> MatchesAsync(HttpClient client, string name)
    {
        var response = await client.GetAsync($"api/v1/search?name={Uri.EscapeDataString(name)}&min_score=0.9");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("matches").GetArrayLength();
    }

    [Fact]
    public async Task Readyz_reports_the_served_versions_their_age_and_the_stores_active_versions()
    {
        Load(Fixtures.ConsV1);
        await using var server = await KestrelServer.StartAsync(_home.Path, noAuth: true, FastPoll);
        using var client = new HttpClient { BaseAddress = server.Address };
        await Wait.UntilAsync(async () => (await ReadyAsync(client)).TryGetProperty("checked_at", out _), TimeSpan.FromSeconds(30), "a first check");

        var ready = await ReadyAsync(client);
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Equal(ready.GetProperty("list_versions").GetString(), ready.GetProperty("store_list_versions").GetString());
        Assert.Equal(0, ready.GetProperty("behind_seconds").GetDouble());
        Assert.True(ready.GetProperty("index_age_seconds").GetDouble() >= 0);

        Load(Fixtures.ConsV2);
        await Wait.UntilAsync(async () => await MatchesAsync(client, "VELDRAKOS MARITIME HOLDINGS") > 0, TimeSpan.FromSeconds(30), "version 2 to be served");
        var after = await ReadyAsync(client);
        Assert.NotEqual(ready.GetProperty("list_versions").GetString(), after.GetProperty("list_versions").GetString());
        Assert.Equal(after.GetProperty("list_versions").GetString(), after.GetProperty("store_list_versions").GetString());
    }

    [Fact]
    public async Task A_failed_rebuild_keeps_the_old_index_says_behind_and_is_retried_once_the_cause_is_gone()
    {
        Load(Fixtures.ConsV1);
        await using var server = await KestrelServer.StartAsync(_home.Path, noAuth: true, FastPoll);
        using var client = new HttpClient { BaseAddress = server.Address };
        var served = (await ReadyAsync(client)).GetProperty("list_versions").GetString();

        // The next build reads vigil.json's profile, which names a missing file: the build fails, the loaded version stays active.
        File.WriteAllText(_home.File("vigil.json"), """{ "profile": "missing-profile.json" }""");
        Load(Fixtures.ConsV2);
        await Wait.UntilAsync(async () => (await ReadyAsync(client)).TryGetProperty("error", out _), TimeSpan.FromSeconds(30), "the failed build to be reported");

        var behind = await ReadyAsync(client);
        Assert.Equal("behind", behind.GetProperty("status").GetString());
        Assert.Equal(served, behind.GetProperty("list_versions").GetString());
        Assert.NotEqual(served, behind.GetProperty("store_list_versions").GetString());
        Assert.Contains("missing-profile.json", behind.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await MatchesAsync(client, "VELDRAKOS MARITIME HOLDINGS")); // the old index answers
        var lagging = await client.GetAsync("readyz?max_behind=0");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, lagging.StatusCode);
        Assert.Contains(served!, await lagging.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // No further list change: the retry alone builds the new version once the profile is readable again.
        File.Delete(_home.File("vigil.json"));
        await Wait.UntilAsync(async () => await MatchesAsync(client, "VELDRAKOS MARITIME HOLDINGS") > 0, TimeSpan.FromSeconds(60), "the retried build");
        var ready = await ReadyAsync(client, "?max_behind=0");
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.False(ready.TryGetProperty("error", out _));
    }

    [Fact]
    public async Task A_list_poll_that_is_not_a_number_of_seconds_stops_the_server_naming_the_setting()
    {
        var error = await Assert.ThrowsAsync<VigilException>(() => KestrelServer.StartAsync(_home.Path, noAuth: true,
            new Dictionary<string, string?> { [ServerSettings.ListPollKey] = "soon" }));
        Assert.Contains("Vigil:ListPollSeconds: 'soon'", error.Message, StringComparison.Ordinal);
    }
}

/// <summary>The optional early wake-up: a signal makes the watcher look before its poll interval; a broken one only
/// leaves it polling.</summary>
public sealed class ListChangeSignalTests : IDisposable
{
    private readonly TempDirectory _home = new();

    public void Dispose() => _home.Dispose();

    private void Load(string path) => new LoadList(new VigilHome(_home.Path), TimeProvider.System).Run("ofac-cons", path);

    private static async Task<string> ServedAsync(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync("/readyz")).RootElement.GetProperty("list_versions").GetString()!;

    /// <summary>Completes one wait per <see cref="Fire"/>.</summary>
    private sealed class ManualSignal : IListChangeSignal
    {
        private readonly System.Threading.Channels.Channel<bool> _fired = System.Threading.Channels.Channel.CreateUnbounded<bool>();

        public void Fire() => _fired.Writer.TryWrite(true);

        public Task WaitForChangeAsync(CancellationToken cancel) => _fired.Reader.ReadAsync(cancel).AsTask();
    }

    private sealed class BrokenSignal : IListChangeSignal
    {
        public int Calls;

        public Task WaitForChangeAsync(CancellationToken cancel)
        {
            Interlocked.Increment(ref Calls);
            return Task.FromException(new IOException("the LISTEN connection dropped"));
        }
    }

    [Fact]
    public async Task A_signal_makes_the_watcher_pick_up_a_new_version_long_before_its_poll_interval()
    {
        Load(Fixtures.ConsV1);
        var signal = new ManualSignal();
        using var factory = new ApiFactory(_home.Path, noAuth: true,
            settings: new Dictionary<string, string> { [ServerSettings.ListPollKey] = "3600" },
            services: s => s.AddSingleton<IListChangeSignal>(signal));
        await factory.WaitReadyAsync();
        using var client = factory.Client(null);
        var before = await ServedAsync(client);

        Load(Fixtures.ConsV2);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(before, await ServedAsync(client)); // an hour's poll: nothing looks yet

        signal.Fire();
        await Wait.UntilAsync(async () => await ServedAsync(client) != before, TimeSpan.FromSeconds(30), "the signalled rebuild");
    }

    [Fact]
    public async Task A_signal_that_fails_leaves_the_watcher_polling()
    {
        Load(Fixtures.ConsV1);
        var signal = new BrokenSignal();
        using var factory = new ApiFactory(_home.Path, noAuth: true,
            settings: new Dictionary<string, string> { [ServerSettings.ListPollKey] = "0.2" },
            services: s => s.AddSingleton<IListChangeSignal>(signal));
        await factory.WaitReadyAsync();
        using var client = factory.Client(null);
        var before = await ServedAsync(client);

        Load(Fixtures.ConsV2);
        await Wait.UntilAsync(async () => await ServedAsync(client) != before, TimeSpan.FromSeconds(30), "the polled rebuild");
        // Asked again after each poll (some tens of times here), never in a tight loop on the fault.
        Assert.InRange(signal.Calls, 2, 1_000);
    }
}
