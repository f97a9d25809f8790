using Microsoft.Playwright;

namespace Vigil.Server.Tests.Browser;

/// <summary>The party grouping in the analyst UI: search results grouped by party, and the party on the entity page.</summary>
public sealed partial class UiTests
{
    [Fact]
    public async Task A_search_shows_the_sdn_and_un_listings_of_one_person_as_one_party_and_the_entity_page_names_both()
    {
        // SDN 7138 and UN QDi.056 are one person (same name and birth date, 1930-05-05); the UN listing does not carry the
        // alias "TUFAIL, Sheik Mohammed", so it comes in through the SDN listing.
        await OpenWithKey("#/search");
        await _page.FillAsync("input[name=name]", "Sheik Mohammed Tufail");
        await _page.ClickAsync("#search-form button[type=submit]");

        var party = _page.Locator("section.party", new() { Has = _page.Locator("article.hit[data-ref='ofac-sdn:7138']") });
        await party.WaitForAsync();
        Assert.Contains("One party on 2 lists", await party.Locator(".party-head").InnerTextAsync());
        var un = party.Locator("article.hit[data-ref='un:QDi.056']");
        Assert.Contains("same party as ofac-sdn:7138", await un.Locator(".via-line").InnerTextAsync());
        Assert.Contains("name+dob 1930-05-05", await un.Locator(".via-line").InnerTextAsync());
        await Shot("search-party");

        await un.Locator("a.name").ClickAsync();
        await _page.Locator("#party").WaitForAsync();
        Assert.Contains("listed on 2 lists", await _page.Locator("#party h2").InnerTextAsync());
        Assert.Contains("ofac-sdn:7138", await _page.Locator("#party-listings").InnerTextAsync());
        Assert.Contains("name+dob 1930-05-05", await _page.Locator("#party-links").InnerTextAsync());
        await Shot("entity-party");
    }
}
