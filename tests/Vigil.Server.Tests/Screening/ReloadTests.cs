using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Core.Screening;
using Vigil.Server.Tests.Support;
using Vigil.Tests.Shared;
using Vigil.Workflows;
using Vigil.Workflows.Screening;

namespace Vigil.Server.Tests.Screening;

/// <summary>A new list version reaches a running server without a restart, and no request fails or sees a mixed index.</summary>
public sealed class ReloadTests : IDisposable
{
    private readonly TempDirectory _home = new();

    public void Dispose() => _home.Dispose();

    private void Load(string path) => new LoadList(new VigilHome(_home.Path), TimeProvider.System).Run("ofac-cons", path);

    [Fact]
    public async Task Readyz_is_503_until_a_list_is_loaded_then_the_server_becomes_ready_by_itself()
    {
        using var keys = new KeyedFactory(_home.Path);
        using var client = keys.Client();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
        await Problem.ReadAsync(await client.GetAsync("/api/v1/search?name=ZORBULAN"), HttpStatusCode.ServiceUnavailable);

        Load(Fixtures.ConsV1);
        await keys.Factory.WaitReadyAsync();
        var body = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?name=QUILLMORE%20SHIPPING")).RootElement;
        Assert.Equal("900002", body.GetProperty("matches")[0].GetProperty("source_id").GetString());
    }

    [Fact]
    public async Task A_version_loaded_by_another_process_under_load_is_swapped_in_with_no_failed_request()
    {
        Load(Fixtures.ConsV1);
        using var keys = new KeyedFactory(_home.Path);
        await keys.Factory.WaitReadyAsync();
        using var client = keys.Client();
        var before = JsonDocument.Parse(await client.GetStringAsync("/readyz")).RootElement.GetProperty("list_versions").GetString();

        using var stop = new CancellationTokenSource();
        var seen = new System.Collections.Concurrent.ConcurrentBag<(HttpStatusCode Status, string? Versions, bool FoundNew)>();
        var workers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await client.GetAsync("/api/v1/search?name=VELDRAKOS%20MARITIME&min_score=0.9");
                string? versions = null;
                var foundNew = false;
                if (response.IsSuccessStatusCode)
                {
                    var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                    versions = body.GetProperty("list_versions").GetString();
                    foundNew = body.GetProperty("matches").GetArrayLength() > 0;
                }
                seen.Add((response.StatusCode, versions, foundNew));
            }
        })).ToList();

        // 'vigil lists load' in another process, as far as the server can tell: a separate writer on the same database.
        Load(Fixtures.ConsV2);
        await Wait.UntilAsync(() => Task.FromResult(seen.Any(s => s.Versions != before)), TimeSpan.FromMinutes(1), "the new index to be swapped in");
        await Task.Delay(200);
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        Assert.All(seen, s => Assert.Equal(HttpStatusCode.OK, s.Status));
        var after = seen.Select(s => s.Versions).Distinct().Single(v => v != before);
        // Each answer comes wholly from one index: the old one never knows the new entry, the new one always does.
        Assert.All(seen, s => Assert.Equal(s.Versions == after, s.FoundNew));
        Assert.Equal(2, seen.Select(s => s.Versions).Distinct().Count());
    }

    [Fact]
    public async Task Free_text_screening_follows_the_swap_to_a_new_version()
    {
        Load(Fixtures.ConsV1);
        using var keys = new KeyedFactory(_home.Path);
        await keys.Factory.WaitReadyAsync();
        using var client = keys.Client();
        var text = new { text = "The cargo was booked by Veldrakos Maritime Holdings through an agent in Piraeus." };
        async Task<int> Mentions()
        {
            var response = await client.PostAsJsonAsync("/api/v1/screen/text", text);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("mentions").GetArrayLength();
        }
        Assert.Equal(0, await Mentions());

        Load(Fixtures.ConsV2);

        await Wait.UntilAsync(async () => await Mentions() > 0, TimeSpan.FromMinutes(1), "the text screener of the new index to find 900003");
    }

    [Fact]
    public async Task A_request_holding_the_old_index_finishes_on_it_after_the_swap()
    {
        Load(Fixtures.ConsV1);
        using var live = new LiveIndex(new VigilHome(_home.Path), TimeProvider.System);
        Assert.True(await live.RefreshAsync());
        var old = live.Current!;

        Load(Fixtures.ConsV2);
        Assert.True(await live.RefreshAsync());
        var current = live.Current!;

        Assert.NotEqual(old.Key, current.Key);
        var query = new ScreeningQuery("VELDRAKOS MARITIME HOLDINGS");
        Assert.Empty(old.Screener.Search(query));
        Assert.Equal("900003", current.Screener.Search(query)[0].Entity.SourceId);
        Assert.False(await live.RefreshAsync()); // nothing new: no rebuild
    }

    /// <summary>A server over the test's home with a live key.</summary>
    private sealed class KeyedFactory : IDisposable
    {
        private readonly string _key;

        public KeyedFactory(string home)
        {
            _key = new Workflows.Keys.ApiKeys(new VigilHome(home), TimeProvider.System).Create("reload");
            Factory = new ApiFactory(home);
        }

        public ApiFactory Factory { get; }

        public HttpClient Client() => Factory.Client(_key);

        public void Dispose() => Factory.Dispose();
    }
}
