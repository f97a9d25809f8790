using Microsoft.Playwright;
using Vigil.Server.Tests.Support;
using Vigil.Tests.Shared;

namespace Vigil.Server.Tests.Browser;

/// <summary>The analyst UI in a real browser over a real socket: search, entity page, lists, batch upload and download.</summary>
[Collection(LoadedHomeCollection.Name)]
public sealed partial class UiTests(LoadedHome home, BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private IPage _page = null!;
    private readonly List<string> _dialogs = [];

    public async Task InitializeAsync()
    {
        var server = await browser.ServerFor(home);
        _context = await BrowserFixture.NewContextAsync(browser.Browser, server, acceptDownloads: true);
        _page = await _context.NewPageAsync();
        _page.Dialog += (_, dialog) => { _dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    private async Task OpenWithKey(string hash)
    {
        await _page.GotoAsync("/" + hash);
        await _page.FillAsync("#api-key", home.Key);
        await _page.DispatchEventAsync("#api-key", "change");
    }

    private Task<byte[]> Shot(string name) =>
        _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, name + ".png"), FullPage = true });

    [Fact]
    public async Task Searching_CEIEC_shows_30502_with_its_explanation_and_its_entity_page_shows_everything_listed()
    {
        await OpenWithKey("#/search");
        await _page.FillAsync("input[name=name]", "CEIEC");
        await _page.ClickAsync("#search-form button[type=submit]");

        var hit = _page.Locator("article.hit[data-ref='ofac-sdn:30502']");
        await hit.WaitForAsync();
        Assert.Equal("ofac-sdn:30502", await _page.Locator("article.hit").First.GetAttributeAsync("data-ref"));
        Assert.Equal("CEIEC", await hit.Locator("a.name").InnerTextAsync());
        Assert.Contains("ceiec", await hit.Locator(".words .pair").First.InnerTextAsync());
        Assert.Contains("name", await hit.Locator(".features").InnerTextAsync());
        await Shot("search-ceiec");

        await hit.Locator("a.name").ClickAsync();
        await _page.Locator("#entity-name").WaitForAsync();
        Assert.Equal("CEIEC", await _page.Locator("#entity-name").InnerTextAsync());
        var main = await _page.Locator("main").InnerTextAsync();
        Assert.Contains("CHINA NATIONAL ELECTRONICS IMPORT AND EXPORT CORPORATION", main);
        Assert.Contains("16382287", main);
        Assert.Contains("VENEZUELA", main);
        Assert.Contains("Beijing", main);
        Assert.Contains("ofac-sdn version", await _page.Locator("#list-version").InnerTextAsync());
        Assert.Contains("#/entity/ofac-sdn/30502", _page.Url);
        await Shot("entity-30502");
    }

    [Fact]
    public async Task A_listed_name_holding_script_markup_renders_as_text_and_never_runs()
    {
        await OpenWithKey("#/search?name=ZORBULAN%20TRADING&min_score=0.5");
        var hit = _page.Locator("article.hit[data-ref='ofac-cons:900001']");
        await hit.WaitForAsync();
        Assert.Contains("<script>window.__vigilXss=1</script> ZORBULAN TRADING", await hit.InnerTextAsync());
        Assert.Equal(0, await _page.Locator("#hits script, #hits img").CountAsync());
        Assert.False(await MarkupBecameElements());
        await Shot("search-script-name");

        await hit.Locator("a.name").ClickAsync();
        await _page.Locator("#entity-name").WaitForAsync();
        Assert.Contains("<script>", await _page.Locator("#entity-name").InnerTextAsync());
        var main = await _page.Locator("main").InnerTextAsync();
        Assert.Contains("<b>ZORBULAN</b> & SONS", main);
        Assert.Contains("<img src=x onerror=window.__vigilXss=2>", main);
        Assert.Equal(0, await _page.Locator("main script, main img").CountAsync());
        Assert.False(await MarkupBecameElements());
        Assert.Null(await _page.EvaluateAsync<int?>("() => window.__vigilXss ?? null"));
        Assert.Empty(_dialogs);
        await Shot("entity-script-name");
    }

    /// <summary>Whether the list's <c>&lt;b&gt;ZORBULAN&lt;/b&gt;</c> turned into a bold element somewhere in the page.</summary>
    private Task<bool> MarkupBecameElements() =>
        _page.EvaluateAsync<bool>("() => [...document.querySelectorAll('main b')].some(e => e.textContent === 'ZORBULAN')");

    [Fact]
    public async Task The_lists_page_shows_versions_counts_and_the_change_between_two_versions()
    {
        await OpenWithKey("#/lists");
        await _page.GetByRole(AriaRole.Heading, new() { Name = "ofac-cons" }).WaitForAsync();
        var main = await _page.Locator("main").InnerTextAsync();
        Assert.Contains("8976", main.Replace(",", ""));
        Assert.Contains("un", main);

        var section = _page.Locator("form.query").First; // ofac-cons comes first
        await section.Locator("button").ClickAsync();
        await _page.Locator("#diff-summary").WaitForAsync();
        Assert.Contains("1 added, 0 removed", await _page.Locator("#diff-summary").InnerTextAsync());
        Assert.Contains("VELDRAKOS MARITIME HOLDINGS", await _page.Locator("main").InnerTextAsync());
        await Shot("lists-diff");
    }

    [Fact]
    public async Task The_batch_page_screens_an_uploaded_csv_shows_progress_and_downloads_the_results()
    {
        using var dir = new TempDirectory();
        var csv = dir.File("customers.csv");
        await File.WriteAllTextAsync(csv,
            "id,name,type,birth_date,country,id_number,branch\n" +
            "=cmd|' /C calc'!A0,CEIEC,organization,,,,north\n" +
            "c2,\"MADURO MOROS, Nicolas\",person,1962-11-23,VE,,south\n" +
            "c3,Xqzvbn Wrtplk,,,,,east\n" +
            "c4,Bad Date,person,1962-13,,,west\n");

        await OpenWithKey("#/batch");
        await _page.SetInputFilesAsync("#batch-file", csv);
        await _page.ClickAsync("#batch-run");
        var link = _page.Locator("#batch-download");
        await link.WaitForAsync();
        var state = await _page.Locator("#batch-state").InnerTextAsync();
        Assert.Contains("3 records screened", state);
        Assert.Contains("1 skipped", state);
        Assert.Equal(await _page.Locator("#batch-progress").GetAttributeAsync("max"), await _page.EvalOnSelectorAsync<string>("#batch-progress", "p => String(p.value)"));
        Assert.Contains("line 5", await _page.Locator("#batch-out .error").InnerTextAsync());
        await Shot("batch-done");

        var download = await _page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var saved = dir.File("results.csv");
        await download.SaveAsAsync(saved);
        var lines = await File.ReadAllLinesAsync(saved);
        Assert.Equal("id,rank,source,source_id,name,score", lines[0]);
        // A formula id comes back as text: a leading quote, so a spreadsheet does not run it (OWASP CSV injection).
        Assert.Contains(lines, l => l.StartsWith("'=cmd|' /C calc'!A0,1,ofac-sdn,30502,CEIEC,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("c2,1,ofac-sdn,22790,\"MADURO MOROS, Nicolas\",", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("c3,", StringComparison.Ordinal));
        Assert.Equal("customers-results.csv", download.SuggestedFilename);
    }

    [Fact]
    public async Task The_batch_download_writes_every_formula_trigger_as_quoted_text()
    {
        await OpenWithKey("#/batch");
        var cells = await _page.EvaluateAsync<string[]>(
            "() => ['=cmd|\\' /C calc\\'!A0', '+1', '-2', '@SUM(1)', '\\tT', '\\rR', 'CEIEC', 0.97].map(csvCell)");
        Assert.Equal(["'=cmd|' /C calc'!A0", "'+1", "'-2", "'@SUM(1)", "'\tT", "\"'\rR\"", "CEIEC", "0.97"], cells);
    }

    [Fact]
    public async Task Without_a_key_the_page_says_that_a_key_is_needed()
    {
        await _page.GotoAsync("/#/search?name=CEIEC");
        var error = _page.Locator("[role=alert]");
        await error.WaitForAsync();
        Assert.Contains("API key", await error.InnerTextAsync());
    }
}
