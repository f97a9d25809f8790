using Vigil.Core.Alerts;

namespace Vigil.Store.Tests.Contract;

/// <summary>One alert per customer and party: it names every listing, follows the party's best listing, and absorbs earlier
/// per-listing alerts of the same party.</summary>
public abstract partial class StoreContractTests
{
    private static AlertHit PartyHit(string sourceId, long versionId, string party, params string[] listings) =>
        Hit(sourceId, versionId) with { Party = party, Listings = listings };

    [Fact]
    public void A_party_hit_raises_one_alert_naming_every_listing_and_its_party()
    {
        var version = SeedListAndCustomers();

        var counts = Screening.ApplyBatch(StartJob(), [Outcome("C1", "fp-John Doe", PartyHit("1", version, "P-0123456789", "ofac-sdn:1", "un:QDi.001", "uk-ofsi:7"))], [], T1);

        Assert.Equal(new AlertCounts(1, 0, 0, 0), counts);
        var alert = Assert.Single(Screening.Alerts());
        Assert.Equal("P-0123456789", alert.Party);
        Assert.Equal(["ofac-sdn:1", "un:QDi.001", "uk-ofsi:7"], alert.Listings);
        Assert.Equal(alert.Listings, Screening.Alert(alert.Id)!.Listings);
    }

    [Fact]
    public void A_later_hit_through_another_listing_of_the_party_refreshes_the_same_alert_and_keeps_its_decision()
    {
        var version = SeedListAndCustomers();
        Screening.ApplyBatch(StartJob(), [Outcome("C1", "fp-John Doe", PartyHit("1", version, "P-0123456789", "ofac-sdn:1", "ofac-sdn:2"))], [], T1);
        var id = Screening.Alerts()[0].Id;
        Screening.Decide(id, "escalated", "alice", "same person as the UN listing", T1);

        var counts = Screening.ApplyBatch(StartJob(at: T2), [Outcome("C1", "fp-John Doe", PartyHit("2", version, "P-0123456789", "ofac-sdn:2", "ofac-sdn:1"))], [], T2);

        Assert.Equal(new AlertCounts(0, 0, 0, 0), counts);
        var alert = Assert.Single(Screening.Alerts());
        Assert.Equal((id, "escalated", "2"), (alert.Id, alert.State, alert.SourceId));
        Assert.Equal(["ofac-sdn:2", "ofac-sdn:1"], alert.Listings);
    }

    [Fact]
    public void Per_listing_alerts_of_one_party_merge_into_one_and_the_others_close_naming_it()
    {
        var version = SeedListAndCustomers();
        Screening.ApplyBatch(StartJob(), [Outcome("C1", "fp-John Doe", Hit("1", version), Hit("2", version))], [], T1);
        Assert.Equal(2, Screening.Alerts(state: "open").Count);

        var counts = Screening.ApplyBatch(StartJob(at: T2), [Outcome("C1", "fp-John Doe", PartyHit("1", version, "P-0123456789", "ofac-sdn:1", "ofac-sdn:2"))], [], T2);

        Assert.Equal(1, counts.Closed);
        var open = Assert.Single(Screening.Alerts(state: "open"));
        Assert.Equal(["ofac-sdn:1", "ofac-sdn:2"], open.Listings);
        var closed = Assert.Single(Screening.Alerts(state: "closed"));
        Assert.Equal("2", closed.SourceId);
        Assert.Contains($"merged into alert {open.Id}", closed.ClosedReason, StringComparison.Ordinal);
    }
}
