using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Server.Tests.Support;
using Vigil.Store;
using Vigil.Store.Sqlite;

namespace Vigil.Server.Tests.Api;

/// <summary>Four-eyes decisions over HTTP: a closing decision is proposed (202), the proposer cannot approve it (403), a
/// second analyst approves or rejects it, and every step is in the audit chain.</summary>
public sealed class FourEyesTests(FourEyesHome home) : IClassFixture<FourEyesHome>
{
    private async Task<long> OpenAlertOf(string customer)
    {
        using var client = home.Factory.Client(home.Alice);
        using var page = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/alerts?state=open&customer={customer}"));
        return page.RootElement.GetProperty("alerts")[0].GetProperty("id").GetInt64();
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string path, object body) => client.PostAsJsonAsync(path, body);

    [Fact]
    public async Task A_false_positive_is_proposed_the_proposer_cannot_approve_and_a_second_analyst_approval_applies_it()
    {
        var id = await OpenAlertOf("quill");
        using var alice = home.Factory.Client(home.Alice);
        using var bob = home.Factory.Client(home.Bob);

        var proposed = await Post(alice, $"/api/v1/alerts/{id}/decision", new { @as = "false_positive", reason = "a shipping firm in Oslo, not Dubai" });
        Assert.Equal(HttpStatusCode.Accepted, proposed.StatusCode);
        using (var body = JsonDocument.Parse(await proposed.Content.ReadAsStringAsync()))
        {
            Assert.Equal("open", body.RootElement.GetProperty("alert").GetProperty("state").GetString());
            var pending = body.RootElement.GetProperty("pending_approval");
            Assert.Equal(("false_positive", "alice", "pending"),
                (pending.GetProperty("decision").GetString(), pending.GetProperty("proposer").GetString(), pending.GetProperty("status").GetString()));
        }
        using (var list = JsonDocument.Parse(await bob.GetStringAsync("/api/v1/approvals")))
            Assert.Contains(list.RootElement.EnumerateArray(), p => p.GetProperty("alert_id").GetInt64() == id && p.GetProperty("alert").GetProperty("customer_id").GetString() == "quill");

        var self = await Problem.ReadAsync(await Post(alice, $"/api/v1/alerts/{id}/approve", new { reason = "I agree with myself" }), HttpStatusCode.Forbidden);
        Assert.Contains("'alice' proposed this decision and cannot approve it", Problem.Detail(self));
        var again = await Problem.ReadAsync(await Post(bob, $"/api/v1/alerts/{id}/decision", new { @as = "true_match", reason = "no" }), HttpStatusCode.Conflict);
        Assert.Contains("pending proposal", Problem.Detail(again));

        var approved = await Post(bob, $"/api/v1/alerts/{id}/approve", new { reason = "registry extract confirms Oslo" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        using (var body = JsonDocument.Parse(await approved.Content.ReadAsStringAsync()))
        {
            Assert.Equal("false_positive", body.RootElement.GetProperty("alert").GetProperty("state").GetString());
            Assert.False(body.RootElement.TryGetProperty("pending_approval", out _));
            var last = body.RootElement.GetProperty("history").EnumerateArray().Last();
            Assert.Equal(("false_positive", "alice"), (last.GetProperty("state").GetString(), last.GetProperty("reviewer").GetString()));
        }
        await Problem.ReadAsync(await Post(bob, $"/api/v1/alerts/{id}/approve", new { reason = "twice" }), HttpStatusCode.NotFound);

        using var store = SqliteStore.Open(Path.Combine(home.Home, "vigil.db"));
        var entries = store.Audit.Read(null, null).Select(e => e.Entry).Where(e => e.Detail.Contains($"\"alert\":{id},", StringComparison.Ordinal)).ToList();
        Assert.Equal(["alert.propose", "alert.approve", "alert.decide"], entries.Select(e => e.Action).Where(a => a != "alert.raise"));
        Assert.Contains("\"reviewer\":\"bob\"", entries.Single(e => e.Action == "alert.approve").Detail, StringComparison.Ordinal);
        Assert.Contains("\"approved_by\":\"bob\"", entries.Single(e => e.Action == "alert.decide").Detail, StringComparison.Ordinal);
        Assert.True(store.Audit.Verify().Ok);
    }

    [Fact]
    public async Task A_rejected_proposal_leaves_the_alert_open_escalating_needs_no_second_analyst_and_a_screener_cannot_review()
    {
        var id = await OpenAlertOf("quill2");
        using var alice = home.Factory.Client(home.Alice);
        using var bob = home.Factory.Client(home.Bob);
        using var screener = home.Factory.Client(home.Screener);

        Assert.Equal(HttpStatusCode.Accepted, (await Post(bob, $"/api/v1/alerts/{id}/decision", new { @as = "true-match", reason = "same name" })).StatusCode);
        var refused = await Problem.ReadAsync(await Post(screener, $"/api/v1/alerts/{id}/reject", new { reason = "x" }), HttpStatusCode.Forbidden);
        Assert.Contains("needs the 'analyst' role", Problem.Detail(refused));
        var rejected = await Post(alice, $"/api/v1/alerts/{id}/reject", new { reason = "name only; no other identifier matches" });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        using (var body = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync()))
            Assert.Equal("open", body.RootElement.GetProperty("alert").GetProperty("state").GetString());

        var escalated = await Post(alice, $"/api/v1/alerts/{id}/decision", new { @as = "escalated", reason = "ask compliance" });
        Assert.Equal(HttpStatusCode.OK, escalated.StatusCode);
        using (var body = JsonDocument.Parse(await escalated.Content.ReadAsStringAsync()))
            Assert.Equal("escalated", body.RootElement.GetProperty("alert").GetProperty("state").GetString());
        using var store = SqliteStore.Open(Path.Combine(home.Home, "vigil.db"));
        Assert.Contains(store.Audit.Read(null, null), e => e.Entry.Action == "alert.reject" && e.Entry.Detail.Contains("\"reviewer\":\"alice\"", StringComparison.Ordinal));
    }
}
