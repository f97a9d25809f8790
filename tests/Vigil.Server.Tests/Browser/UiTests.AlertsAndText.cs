using Microsoft.Playwright;
using Vigil.Server.Tests.Support;
using Vigil.Tests.Shared;

namespace Vigil.Server.Tests.Browser;

/// <summary>The alerts pages (list, one alert, a decision) and the text page, in the browser.</summary>
public sealed partial class UiTests
{
    [Fact]
    public async Task An_analyst_decides_an_alert_as_false_positive_and_sees_its_state_and_history_change()
    {
        await OpenWithKey("#/alerts");
        var row = _page.Locator("#alerts-table tbody tr", new() { HasText = LoadedHome.UiCustomer }).First;
        await row.WaitForAsync();
        Assert.Equal("open", await row.GetAttributeAsync("data-state"));
        await Shot("alerts-open");

        await row.Locator("a.alert-link").ClickAsync();
        await _page.Locator("#decide-form").WaitForAsync();
        Assert.Equal("open", await _page.Locator("#alert-state").InnerTextAsync());
        Assert.Contains(LoadedHome.UiCustomer, await _page.Locator("#alert-customer").InnerTextAsync());
        var entry = _page.Locator("#alert-entry");
        Assert.Equal("ofac-sdn:30502", await entry.InnerTextAsync());
        Assert.Equal("#/entity/ofac-sdn/30502", await entry.GetAttributeAsync("href"));
        Assert.True(await _page.Locator(".explanation .words .pair").CountAsync() > 0);

        await _page.SelectOptionAsync("#decide-as", "false_positive");
        await _page.FillAsync("#decide-reason", "Different company: registry number does not match");
        await _page.ClickAsync("#decide-form button[type=submit]");

        await _page.Locator("#alert-state", new() { HasText = "false_positive" }).WaitForAsync();
        var history = await _page.Locator("#history").InnerTextAsync();
        Assert.Contains("false_positive", history);
        Assert.Contains("tests", history); // the API key's name is the reviewer
        Assert.Contains("Different company: registry number does not match", history);
        await Shot("alert-decided");

        await _page.GotoAsync("/#/alerts?state=false_positive");
        var decided = _page.Locator("#alerts-table tbody tr", new() { HasText = LoadedHome.UiCustomer }).First;
        await decided.WaitForAsync();
        Assert.Equal("false_positive", await decided.GetAttributeAsync("data-state"));
        await _page.GotoAsync("/#/alerts?state=open");
        await _page.Locator("#alerts-table, #alerts p:not(.muted)").First.WaitForAsync();
        Assert.Equal(0, await _page.Locator("#alerts-table tbody tr", new() { HasText = LoadedHome.UiCustomer }).CountAsync());
    }

    [Fact]
    public async Task A_bad_decision_shows_the_field_at_fault_and_leaves_the_alert_open()
    {
        await OpenWithKey($"#/alerts?state=open&customer={LoadedHome.OpenCustomer}");
        await _page.Locator("#alerts-table a.alert-link").First.ClickAsync();
        await _page.Locator("#decide-form").WaitForAsync();

        // The browser would refuse an empty reason itself; spaces get past it to the server.
        await _page.FillAsync("#decide-reason", "   ");
        await _page.ClickAsync("#decide-form button[type=submit]");

        var error = _page.Locator("#decide-out [role=alert]");
        await error.WaitForAsync();
        Assert.Contains("reason: empty", await error.InnerTextAsync());
        Assert.Equal("open", await _page.Locator("#alert-state").InnerTextAsync());
    }

    [Fact]
    public async Task Pasting_the_ceiec_article_links_ceiec_to_its_entity_and_markup_in_the_text_stays_text()
    {
        var article = await File.ReadAllTextAsync(SharedData.Path("text/ceiec-designation-news.txt"));
        var pasted = article + "\n<img src=x onerror=window.__vigilXss=3> <b>ZORBULAN</b>\n";

        await OpenWithKey("#/text");
        await _page.FillAsync("#text-input", pasted);
        await _page.ClickAsync("#text-run");

        var ceiec = _page.Locator("#text-marked a.mention[data-ref='ofac-sdn:30502']", new() { HasText = "CEIEC" }).First;
        await ceiec.WaitForAsync();
        Assert.Equal("CEIEC", await ceiec.InnerTextAsync());
        Assert.Equal("#/entity/ofac-sdn/30502", await ceiec.GetAttributeAsync("href"));
        Assert.True(await _page.Locator("#text-marked a.mention[data-ref='ofac-sdn:22790']").CountAsync() > 0);
        Assert.Contains("<img src=x onerror=window.__vigilXss=3>", await _page.Locator("#text-marked").InnerTextAsync());
        Assert.Equal(0, await _page.Locator("#text-marked img, #text-marked b, #text-marked script").CountAsync());
        Assert.Null(await _page.EvaluateAsync<int?>("() => window.__vigilXss ?? null"));
        await Shot("text-ceiec-article");

        await ceiec.ClickAsync();
        await _page.Locator("#entity-name").WaitForAsync();
        Assert.Equal("CEIEC", await _page.Locator("#entity-name").InnerTextAsync());
    }

    [Fact]
    public async Task A_malformed_payment_message_shows_the_line_at_fault()
    {
        await OpenWithKey("#/text");
        await _page.FillAsync("#text-input", "garbage first\n:20:REF\n:50K:A\n:59:B\n");
        await _page.SelectOptionAsync("#text-format", "mt103");
        await _page.ClickAsync("#text-run");

        var error = _page.Locator("#text-out [role=alert]");
        await error.WaitForAsync();
        Assert.Contains("line 1", await error.InnerTextAsync());
    }
}
