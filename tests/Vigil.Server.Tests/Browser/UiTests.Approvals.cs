using Vigil.Contracts;
using Vigil.Server.Tests.Support;
using Vigil.Workflows;
using Vigil.Workflows.Keys;

namespace Vigil.Server.Tests.Browser;

/// <summary>Four-eyes review in the browser: a proposal from the alert page, the approvals list, and its buttons.</summary>
public sealed partial class UiTests
{
    private async Task UseKey(string key)
    {
        await _page.FillAsync("#api-key", key);
        await _page.DispatchEventAsync("#api-key", "change");
    }

    [Fact]
    public async Task Under_four_eyes_a_proposal_waits_in_approvals_the_proposer_cannot_approve_and_a_second_analyst_rejects_it()
    {
        var keys = new ApiKeys(new VigilHome(home.Home), TimeProvider.System);
        var alice = keys.Create("ui-alice", KeyRoles.Analyst);
        var bob = keys.Create("ui-bob", KeyRoles.Analyst);
        var config = Path.Combine(home.Home, VigilConfig.FileName);
        File.WriteAllText(config, """{ "alerts": { "four_eyes": true } }""");
        try
        {
            // alice proposes a false positive on Maduro's open alert (the other tests leave it open, and so does this one).
            await _page.GotoAsync($"/#/alerts?state=open&customer={LoadedHome.OpenCustomer}");
            await UseKey(alice);
            await _page.Locator("#alerts-table a.alert-link").First.ClickAsync();
            await _page.Locator("#decide-form").WaitForAsync();
            var alertId = _page.Url[(_page.Url.LastIndexOf('/') + 1)..];
            await _page.SelectOptionAsync("#decide-as", "false_positive");
            await _page.FillAsync("#decide-reason", "Born 1962 but in another country");
            await _page.ClickAsync("#decide-form button[type=submit]");

            var pending = _page.Locator("#alert-pending");
            await pending.WaitForAsync();
            Assert.Contains("proposed by ui-alice", await pending.InnerTextAsync());
            Assert.Equal("open", await _page.Locator("#alert-state").InnerTextAsync());
            Assert.Equal(0, await _page.Locator("#decide-form").CountAsync());
            await Shot("alert-proposed");

            // The approvals page lists it; the proposer's own approval is refused, naming four-eyes review.
            await _page.GotoAsync("/#/approvals");
            var row = _page.Locator($"#approvals-table tbody tr[data-alert='{alertId}']");
            await row.WaitForAsync();
            Assert.Equal("ui-alice", await row.GetAttributeAsync("data-proposer"));
            Assert.Contains("false_positive", await row.InnerTextAsync());
            await row.Locator("input.review-reason").FillAsync("approving my own");
            await row.Locator("button.approve").ClickAsync();
            var refused = _page.Locator("#approvals-out [role=alert]");
            await refused.WaitForAsync();
            Assert.Contains("cannot approve it", await refused.InnerTextAsync());

            // bob, a second analyst, rejects it: the row goes and the alert stays open.
            await UseKey(bob);
            row = _page.Locator($"#approvals-table tbody tr[data-alert='{alertId}']");
            await row.WaitForAsync();
            await Shot("approvals-pending");
            await row.Locator("input.review-reason").FillAsync("the passport number matches the listing");
            await row.Locator("button.reject").ClickAsync();
            await _page.Locator("#approvals-out [role=status]", new() { HasText = "rejected" }).WaitForAsync();
            Assert.Equal(0, await _page.Locator($"#approvals-table tbody tr[data-alert='{alertId}']").CountAsync());

            await _page.GotoAsync($"/#/alert/{alertId}");
            await _page.Locator("#decide-form").WaitForAsync();
            Assert.Equal("open", await _page.Locator("#alert-state").InnerTextAsync());
        }
        finally
        {
            File.Delete(config);
        }
    }
}
