using Microsoft.Playwright;
using Vigil.Server.Tests.Support;
using Vigil.Tests.Shared;
using Vigil.Workflows;

namespace Vigil.Server.Tests.Browser;

/// <summary>
/// A home for the lists page: UN 2026-02, and <c>ofac-cons</c> version 2 active with version 1 (which removes an
/// entry) held; Debian's Chromium and a Kestrel server over it, without keys.
/// </summary>
public sealed class ListsUiFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _home = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public KestrelServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var load = new LoadList(new VigilHome(_home.Path), TimeProvider.System);
        load.Run("un", SharedData.Path("un/consolidated-2026-02.xml"));
        load.Run("ofac-cons", Fixtures.ConsV2);
        if (!load.Run("ofac-cons", Fixtures.ConsV1).Held) throw new InvalidOperationException("ofac-cons v1 should be held");
        Server = await KestrelServer.StartAsync(_home.Path, noAuth: true);
        (_playwright, Browser) = await BrowserFixture.LaunchAsync();
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

/// <summary>The lists page in a real browser: every source with its versions, counts, dates and held versions, and a
/// page per source with its entries, filtered and paged.</summary>
public sealed class ListsUiTests(ListsUiFixture fixture) : IClassFixture<ListsUiFixture>, IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _context = await BrowserFixture.NewContextAsync(fixture.Browser, fixture.Server);
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    private Task<byte[]> Shot(string name) =>
        _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, name + ".png"), FullPage = true });

    [Fact]
    public async Task The_lists_page_shows_every_source_with_its_active_version_counts_dates_and_held_versions()
    {
        await _page.GotoAsync("/#/lists");
        await _page.Locator("#sources tbody tr").First.WaitForAsync();

        var rows = _page.Locator("#sources tbody tr");
        Assert.Equal(["ofac-cons", "un"], await rows.EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.source)"));
        var un = await _page.Locator("#sources tr[data-source=un]").InnerTextAsync();
        Assert.Contains("2026-02-27", un);
        Assert.Contains("1003", un.Replace(",", ""));
        var cons = await _page.Locator("#sources tr[data-source=ofac-cons]").InnerTextAsync();
        Assert.Contains("version 2: removes 1 of 3 entries", cons);
        // Each source's versions, the held one marked with its reason.
        Assert.Contains("held: removes 1 of 3 entries", await _page.Locator("table.versions").First.InnerTextAsync());
        await Shot("lists-every-source");
    }

    [Fact]
    public async Task A_source_page_lists_the_entries_of_its_active_version_filters_them_and_links_each_to_its_entity()
    {
        await _page.GotoAsync("/#/lists");
        await _page.Locator("#sources a[href='#/lists/ofac-cons']").ClickAsync();
        await _page.Locator("#entries-total").WaitForAsync();

        Assert.StartsWith("3 entries in version 1", await _page.Locator("#entries-total").InnerTextAsync());
        Assert.Contains("VELDRAKOS MARITIME HOLDINGS", await _page.Locator("#entries").InnerTextAsync());
        Assert.Contains("pending", (await _page.Locator("table.versions tr[data-status=pending]").InnerTextAsync()) + " pending");

        await _page.FillAsync("#entries-form input[name=name]", "veldrakos");
        await _page.ClickAsync("#entries-form button");
        await _page.Locator("#entries-total:has-text('holding')").WaitForAsync();
        Assert.StartsWith("1 entries holding “veldrakos”", await _page.Locator("#entries-total").InnerTextAsync());
        await Shot("lists-source-filtered");

        await _page.Locator("#entries a").First.ClickAsync();
        await _page.Locator("#entity-name").WaitForAsync();
        Assert.Equal("VELDRAKOS MARITIME HOLDINGS", await _page.Locator("#entity-name").InnerTextAsync());
    }

    [Fact]
    public async Task A_large_source_is_paged_a_hundred_entries_at_a_time()
    {
        await _page.GotoAsync("/#/lists/un");
        await _page.Locator("#entries-total").WaitForAsync();
        Assert.Contains("1003 entries in version 1; 1–100 shown", (await _page.Locator("#entries-total").InnerTextAsync()).Replace(",", ""));
        Assert.Equal(100, await _page.Locator("#entries tbody tr").CountAsync());

        await _page.ClickAsync("#entries-next");
        await _page.Locator("#entries-total:has-text('101–200')").WaitForAsync();
        Assert.Equal(100, await _page.Locator("#entries tbody tr").CountAsync());
        Assert.Equal(1, await _page.Locator("#entries-previous").CountAsync());
    }

    [Fact]
    public async Task Searching_with_a_list_selection_shows_only_that_lists_hits_with_their_version_and_an_inactive_one_is_named()
    {
        await _page.GotoAsync("/#/search?name=Ayman%20al-Zawahiri&lists=un&min_score=0.5");
        await _page.Locator("article.hit").First.WaitForAsync();

        var refs = await _page.Locator("article.hit").EvaluateAllAsync<string[]>("hs => hs.map(h => h.dataset.ref)");
        Assert.NotEmpty(refs);
        Assert.All(refs, r => Assert.StartsWith("un:", r, StringComparison.Ordinal));
        Assert.Contains("un version 1", await _page.Locator("article.hit .version").First.InnerTextAsync());
        Assert.Equal("un", await _page.InputValueAsync("#search-form input[name=lists]"));

        await _page.GotoAsync("/#/search?name=Ayman%20al-Zawahiri&lists=eu-fsf");
        await _page.Locator("#results .error").WaitForAsync();
        Assert.Contains("'eu-fsf' is not an active source", await _page.Locator("#results .error").InnerTextAsync());
    }

    [Fact]
    public async Task The_jobs_page_of_a_home_without_customers_says_there_is_no_job_yet()
    {
        await _page.GotoAsync("/#/jobs");
        await _page.Locator("#jobs-empty").WaitForAsync();
        Assert.Contains("No screening job yet", await _page.Locator("#jobs-empty").InnerTextAsync());
        Assert.Equal(0, await _page.Locator("#jobs-table").CountAsync());
        Assert.False(await _page.EvaluateAsync<bool>("() => jobPoll !== null"), "nothing to refresh");
    }
}
