using Vigil.Core.Alerts;

namespace Vigil.Store.Tests.Contract;

/// <summary>The alert rules: raise, refresh, close, re-apply a false positive, re-open on a change; one batch commits whole.</summary>
public abstract partial class StoreContractTests
{
    private static readonly string[] Hooks = ["https://a.test/hook", "https://b.test/hook"];

    [Fact]
    public void A_new_hit_raises_an_open_alert_stamped_with_job_engine_profile_and_version_audited_and_queued_per_webhook()
    {
        var version = SeedListAndCustomers();
        var job = StartJob(profile: "default@1");

        var counts = Screening.ApplyBatch(job, [Outcome("C1", "fp-John Doe", Hit("1", version, 0.91))], Hooks, T2);

        Assert.Equal(new AlertCounts(1, 0, 0, 0), counts);
        var alert = Assert.Single(Screening.Alerts());
        Assert.Equal(("C1", "John Doe", "ofac-sdn", "1", "open"), (alert.CustomerId, alert.CustomerName, alert.Source, alert.SourceId, alert.State));
        Assert.Equal((version, job.Id, "vigil-core test", "default@1"), (alert.ListVersionId, alert.JobId, alert.EngineVersion, alert.Profile));
        Assert.Equal((T2, T2), (alert.RaisedAt, alert.UpdatedAt));
        Assert.Equal(0.91, alert.Score, 6);
        Assert.Equal(alert, Screening.Alert(alert.Id));
        Assert.Null(Screening.Alert(alert.Id + 100));
        var raise = Store.Audit.Latest(1)[0];
        Assert.Equal("alert.raise", raise.Action);
        Assert.Contains("\"profile\":\"default@1\"", raise.Detail, StringComparison.Ordinal);
        var queued = Store.Outbox.DueDeliveries(T2, 10);
        Assert.Equal(Hooks, queued.Select(q => q.Url));
        Assert.All(queued, q => Assert.Equal("alert.raised", q.Event));
    }

    [Fact]
    public void A_hit_on_a_live_alert_refreshes_it_with_the_new_jobs_profile_without_raising_again()
    {
        var version = SeedListAndCustomers();
        Screening.ApplyBatch(StartJob(profile: "default@1"), [Outcome("C1", "fp-John Doe", Hit("1", version, 0.85))], Hooks, T1);
        var later = StartJob(profile: "tuned@2", at: T2);

        var counts = Screening.ApplyBatch(later, [Outcome("C1", "fp-John Doe", Hit("1", version, 0.95))], Hooks, T2);

        Assert.Equal(new AlertCounts(0, 0, 0, 0), counts);
        var alert = Assert.Single(Screening.Alerts());
        Assert.Equal(("open", "tuned@2", later.Id, T1, T2), (alert.State, alert.Profile, alert.JobId, alert.RaisedAt, alert.UpdatedAt));
        Assert.Equal(0.95, alert.Score, 6);
        Assert.Equal(2, Store.Outbox.UndeliveredCount());
    }

    [Fact]
    public void A_live_alert_with_no_hit_closes_but_one_outside_the_screened_entries_is_left_alone()
    {
        var version = SeedListAndCustomers();
        Screening.ApplyBatch(StartJob(), [Outcome("C1", "fp-John Doe", Hit("1", version)), Outcome("C2", "fp-Richard Roe", Hit("2", version))], [], T1);
        var job = StartJob(kind: "lists", at: T2);
        var onlyEntryTwo = new CustomerOutcome("C1", 1, "fp-John Doe", [], [], key => key == "ofac-sdn:2");

        var counts = Screening.ApplyBatch(job, [onlyEntryTwo, Outcome("C2", "fp-Richard Roe")], [], T2);

        Assert.Equal(1, counts.Closed);
        Assert.Equal("open", Screening.Alerts(customerId: "C1").Single().State);
        var closed = Screening.Alerts(customerId: "C2").Single();
        Assert.Equal("closed", closed.State);
        Assert.Contains("no longer matches", closed.ClosedReason, StringComparison.Ordinal);
        var decision = Assert.Single(Screening.Decisions(closed.Id));
        Assert.Equal(("closed", IScreeningStore.EngineReviewer), (decision.State, decision.Reviewer));
        Assert.Equal(["C2"], Screening.Alerts(state: "closed").Select(a => a.CustomerId));
    }

    [Fact]
    public void A_reviewer_decision_changes_the_state_is_recorded_with_reviewer_and_reason_and_audited()
    {
        var version = SeedListAndCustomers();
        Screening.ApplyBatch(StartJob(), [Outcome("C1", "fp-John Doe", Hit("1", version))], [], T1);
        var id = Screening.Alerts()[0].Id;

        var decided = Screening.Decide(id, "escalated", "alice", "needs a second look", T2);

        Assert.Equal(("escalated", T2), (decided.State, decided.UpdatedAt));
        var decision = Assert.Single(Screening.Decisions(id));
        Assert.Equal((id, "escalated", "alice", "needs a second look", T2), (decision.AlertId, decision.State, decision.Reviewer, decision.Reason, decision.At));
        var audit = Store.Audit.Latest(1)[0];
        Assert.Equal("alert.decide", audit.Action);
        Assert.Contains("alice", audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Deciding_a_closed_alert_is_a_conflict_that_writes_nothing_and_unknown_alerts_or_states_are_refused()
    {
        var version = SeedListAndCustomers();
        Screening.ApplyBatch(StartJob(), [Outcome("C1", "fp-John Doe", Hit("1", version))], [], T1);
        var id = Screening.Alerts()[0].Id;
        Screening.ApplyBatch(StartJob(at: T2), [Outcome("C1", "fp-John Doe")], [], T2);
        var audited = AuditCount;

        var conflict = Assert.Throws<ArgumentException>(() => Screening.Decide(id, "true_match", "alice", "it is him", T3));

        Assert.Contains("closed", conflict.Message, StringComparison.Ordinal);
        Assert.Equal("closed", Screening.Alert(id)!.State);
        Assert.Equal(["closed"], Screening.Decisions(id).Select(d => d.State));
        Assert.Equal(audited, AuditCount);
        Assert.Throws<ArgumentException>(() => Screening.Decide(id + 100, "true_match", "alice", "who", T3));
        Assert.Throws<ArgumentException>(() => Screening.Decide(id, "open", "alice", "not a reviewer state", T3));
    }

    [Fact]
    public void A_false_positive_on_an_unchanged_customer_and_entry_is_reapplied_to_the_new_alert_without_an_event()
    {
        var version = SeedListAndCustomers();
        Screening.ApplyBatch(StartJob(), [Outcome("C1", "fp-John Doe", Hit("1", version))], [], T1);
        var first = Screening.Alerts()[0].Id;
        Screening.Decide(first, "false_positive", "alice", "different birth year", T1);
        Screening.ApplyBatch(StartJob(at: T2), [Outcome("C1", "fp-John Doe")], [], T2);

        var counts = Screening.ApplyBatch(StartJob(at: T3), [Outcome("C1", "fp-John Doe", Hit("1", version))], Hooks, T3);

        Assert.Equal(new AlertCounts(0, 0, 0, 1), counts);
        var again = Screening.Alerts(state: "false_positive").Single();
        Assert.NotEqual(first, again.Id);
        Assert.Equal(IScreeningStore.EngineReviewer, Assert.Single(Screening.Decisions(again.Id)).Reviewer);
        Assert.Equal("alert.reapply", Store.Audit.Latest(1)[0].Action);
        Assert.Equal(0, Store.Outbox.UndeliveredCount());
    }

    [Fact]
    public void A_false_positive_reopens_when_the_customer_changes_in_a_field_that_matters_and_the_event_is_queued()
    {
        var version = SeedListAndCustomers();
        Screening.ApplyBatch(StartJob(), [Outcome("C1", "fp-John Doe", Hit("1", version))], [], T1);
        var id = Screening.Alerts()[0].Id;
        Screening.Decide(id, "false_positive", "alice", "different person", T1);

        var counts = Screening.ApplyBatch(StartJob(at: T2), [Outcome("C1", "fp-John Doe born 1970", Hit("1", version))], Hooks, T2);

        Assert.Equal(1, counts.Reopened);
        Assert.Equal("open", Screening.Alert(id)!.State);
        Assert.Equal(["false_positive", "open"], Screening.Decisions(id).Select(d => d.State));
        Assert.Contains("the customer", Screening.Decisions(id)[^1].Reason, StringComparison.Ordinal);
        Assert.All(Store.Outbox.DueDeliveries(T2, 10), q => Assert.Equal("alert.reopened", q.Event));
        Assert.Equal(2, Store.Outbox.UndeliveredCount());
    }

    [Fact]
    public void A_batch_that_fails_midway_leaves_alerts_checkpoint_audit_and_outbox_as_they_were()
    {
        var version = SeedListAndCustomers();
        Screening.ApplyBatch(StartJob(), [Outcome("C2", "fp-Richard Roe", Hit("2", version))], Hooks, T1);
        var job = StartJob(kind: "lists", at: T2);
        var (audited, queued) = (AuditCount, Store.Outbox.UndeliveredCount());
        // C2's live alert is outside C2's hits, so the rules ask whether it was screened: the question fails.
        var failing = new CustomerOutcome("C2", 1, "fp-Richard Roe", [], [],
            _ => throw new InvalidOperationException("simulated failure mid-batch"));

        Assert.Throws<InvalidOperationException>(() =>
            Screening.ApplyBatch(job, [Outcome("C1", "fp-John Doe", Hit("1", version)), failing], Hooks, T2));

        Assert.Empty(Screening.Alerts(customerId: "C1"));
        Assert.Equal("open", Screening.Alerts(customerId: "C2").Single().State);
        var unfinished = Screening.UnfinishedJob()!;
        Assert.Equal((job.Id, null, 0L), (unfinished.Id, unfinished.LastCustomer, unfinished.CustomersDone));
        Assert.Equal(audited, AuditCount);
        Assert.Equal(queued, Store.Outbox.UndeliveredCount());
        Assert.Equal(0, Customers.Find("C1")!.ScreenedRevision);
    }

    [Fact]
    public void Live_alerts_and_near_misses_are_watched_with_their_scores_and_near_misses_are_replaced_by_the_next_screening()
    {
        var version = SeedListAndCustomers();
        var withNearMiss = new CustomerOutcome("C1", 1, "fp-John Doe", [Hit("1", version, 0.9)], [("ofac-sdn:2", 0.77)], null);
        Screening.ApplyBatch(StartJob(), [withNearMiss], [], T1);

        var watched = Screening.Watched(["C1", "C2"]);

        var c1 = Assert.Single(watched).Value;
        Assert.Equal(0.9, c1["ofac-sdn:1"], 6);
        Assert.Equal(0.77, c1["ofac-sdn:2"], 6);
        Assert.Empty(Screening.Watched([]));

        Screening.ApplyBatch(StartJob(at: T2), [Outcome("C1", "fp-John Doe", Hit("1", version, 0.9))], [], T2);

        Assert.Equal(["ofac-sdn:1"], Screening.Watched(["C1"])["C1"].Keys);
    }
}
