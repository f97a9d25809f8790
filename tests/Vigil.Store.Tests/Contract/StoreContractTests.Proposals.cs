namespace Vigil.Store.Tests.Contract;

/// <summary>Four-eyes review: a proposal leaves the alert as it is; a second reviewer approves (applied) or rejects it; the proposer cannot.</summary>
public abstract partial class StoreContractTests
{
    private long OpenAlert()
    {
        var version = SeedListAndCustomers();
        Screening.ApplyBatch(StartJob(), [Outcome("C1", "fp-John Doe", Hit("1", version))], [], T1);
        return Assert.Single(Screening.Alerts()).Id;
    }

    [Fact]
    public void A_proposal_leaves_the_alert_open_is_audited_and_a_second_proposal_or_a_direct_decision_is_refused()
    {
        var alert = OpenAlert();

        var proposal = Screening.Propose(alert, "false_positive", "alice", "different birth year", T2);

        Assert.Equal((alert, "false_positive", "alice", AlertProposal.Pending), (proposal.AlertId, proposal.State, proposal.Proposer, proposal.Status));
        Assert.Equal("open", Screening.Alert(alert)!.State);
        Assert.Equal([proposal], Screening.Proposals());
        var audit = Store.Audit.Latest(1)[0];
        Assert.Equal("alert.propose", audit.Action);
        Assert.Contains("\"proposer\":\"alice\"", audit.Detail, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Screening.Propose(alert, "true_match", "bob", "same person", T2));
        Assert.Throws<ArgumentException>(() => Screening.Decide(alert, "escalated", "bob", "unsure", T2));
        Assert.Throws<ArgumentException>(() => Screening.Propose(alert, "escalated", "bob", "escalations need no approval", T2));
        Assert.Single(Screening.Proposals(null));
    }

    [Fact]
    public void The_proposer_cannot_approve_and_a_second_reviewers_approval_applies_the_decision_with_both_audited()
    {
        var alert = OpenAlert();
        Screening.Propose(alert, "false_positive", "alice", "different birth year", T2);

        var self = Assert.Throws<FourEyesException>(() => Screening.Review(alert, approve: true, "Alice", "looks right", T2));
        Assert.Contains("alice", self.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("open", Screening.Alert(alert)!.State);

        var approved = Screening.Review(alert, approve: true, "bob", "agreed", T3);

        Assert.Equal((AlertProposal.Approved, "bob", "agreed", (DateTimeOffset?)T3), (approved.Status, approved.Reviewer, approved.ReviewNote, approved.ReviewedAt));
        Assert.Equal("false_positive", Screening.Alert(alert)!.State);
        var decision = Screening.Decisions(alert)[^1];
        Assert.Equal(("false_positive", "alice", "different birth year"), (decision.State, decision.Reviewer, decision.Reason));
        Assert.Empty(Screening.Proposals());
        var actions = Store.Audit.Read(null, null).Select(e => e.Entry.Action).ToList();
        Assert.Equal(["alert.propose", "alert.approve", "alert.decide"], actions[^3..]);
        Assert.Contains("\"approved_by\":\"bob\"", Store.Audit.Latest(1)[0].Detail, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Screening.Review(alert, approve: true, "carol", "again", T3));
        Assert.True(Store.Audit.Verify().Ok);
    }

    [Fact]
    public void A_rejected_proposal_leaves_the_alert_as_it_was_and_a_new_one_may_follow()
    {
        var alert = OpenAlert();
        Screening.Propose(alert, "true_match", "alice", "same passport", T2);

        var rejected = Screening.Review(alert, approve: false, "bob", "passport differs in one digit", T3);

        Assert.Equal(AlertProposal.Rejected, rejected.Status);
        Assert.Equal("open", Screening.Alert(alert)!.State);
        Assert.Equal("alert.reject", Store.Audit.Latest(1)[0].Action);
        Assert.Equal([rejected], Screening.Proposals(AlertProposal.Rejected, alert));
        Screening.Propose(alert, "false_positive", "bob", "passport differs", T3);
        Assert.Single(Screening.Proposals());
    }
}
