namespace Vigil.Store.Tests.Contract;

/// <summary>
/// Several reviewers, processes or nodes on one store: a decision naming the state it saw wins only while the alert is
/// still in it (the loser gets <see cref="AlertConflictException"/> and writes nothing), and concurrent writers from
/// different sessions still make one verifiable audit chain.
/// </summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public void A_decision_naming_the_state_it_saw_is_refused_with_the_current_state_once_someone_else_decided()
    {
        var version = SeedListAndCustomers();
        Screening.ApplyBatch(StartJob(), [Outcome("C1", "fp-John Doe", Hit("1", version))], [], T1);
        var id = Screening.Alerts()[0].Id;
        Screening.Decide(id, "escalated", "alice", "needs a second look", T2, expectedState: "open");
        var audited = AuditCount;

        var conflict = Assert.Throws<AlertConflictException>(
            () => Screening.Decide(id, "false_positive", "bob", "different birth year", T3, expectedState: "open"));

        Assert.Equal((id, "escalated"), (conflict.AlertId, conflict.CurrentState));
        Assert.Equal("escalated", Screening.Alert(id)!.State);
        Assert.Equal(["escalated"], Screening.Decisions(id).Select(d => d.State));
        Assert.Equal(audited, AuditCount);
        // Named right, or not named at all, it is decided as before.
        Assert.Equal("false_positive", Screening.Decide(id, "false_positive", "bob", "different birth year", T3, expectedState: "escalated").State);
        Assert.Equal("true_match", Screening.Decide(id, "true_match", "carol", "same passport", T3).State);
    }

    [Fact]
    public void A_proposal_or_review_naming_a_state_the_alert_left_is_refused_and_writes_nothing()
    {
        var version = SeedListAndCustomers();
        Screening.ApplyBatch(StartJob(), [Outcome("C1", "fp-John Doe", Hit("1", version))], [], T1);
        var id = Screening.Alerts()[0].Id;
        var audited = AuditCount;

        var proposeConflict = Assert.Throws<AlertConflictException>(
            () => Screening.Propose(id, "true_match", "alice", "same person", T2, expectedState: "escalated"));

        Assert.Equal("open", proposeConflict.CurrentState);
        Assert.Empty(Screening.Proposals(status: null, alertId: id));
        Assert.Equal(audited, AuditCount);

        Screening.Propose(id, "true_match", "alice", "same person", T2, expectedState: "open");
        var reviewConflict = Assert.Throws<AlertConflictException>(
            () => Screening.Review(id, approve: true, "bob", "agreed", T3, expectedState: "escalated"));

        Assert.Equal((id, "open"), (reviewConflict.AlertId, reviewConflict.CurrentState));
        Assert.Equal(AlertProposal.Pending, Assert.Single(Screening.Proposals(status: null, alertId: id)).Status);
        Screening.Review(id, approve: true, "bob", "agreed", T3, expectedState: "open");
        Assert.Equal("true_match", Screening.Alert(id)!.State);
    }

    [Fact]
    public async Task Two_sessions_deciding_one_alert_at_once_make_exactly_one_winner_per_round()
    {
        const int Rounds = 12;
        var version = SeedListAndCustomers();
        Screening.ApplyBatch(StartJob(), [Outcome("C1", "fp-John Doe", Hit("1", version))], [], T1);
        var id = Screening.Alerts()[0].Id;
        IVigilStore[] sessions = [OpenAnotherSession(), OpenAnotherSession()];
        string[] states = ["true_match", "false_positive", "escalated"];
        var seen = "open";

        for (var round = 0; round < Rounds; round++)
        {
            // Both saw the same state and each sets a different one: only one can have seen the truth when it writes.
            var targets = states.Where(s => s != seen).ToArray();
            using var start = new Barrier(2);
            var expected = seen;
            var outcomes = sessions.Select((session, i) => Task.Run(() =>
            {
                start.SignalAndWait(TimeSpan.FromSeconds(30));
                try
                {
                    return (Won: true, State: session.Screening.Decide(id, targets[i], $"reviewer{i}", $"round {round}", T2, expected).State);
                }
                catch (AlertConflictException conflict)
                {
                    return (Won: false, State: conflict.CurrentState);
                }
            })).ToArray();
            var results = await Task.WhenAll(outcomes).WaitAsync(TimeSpan.FromSeconds(60));

            var winner = Assert.Single(results, r => r.Won);
            var loser = Assert.Single(results, r => !r.Won);
            Assert.Equal(winner.State, loser.State);
            seen = Screening.Alert(id)!.State;
            Assert.Equal(winner.State, seen);
        }

        Assert.Equal(Rounds, Screening.Decisions(id).Count);
        Assert.True(Store.Audit.Verify().Ok);
    }

    [Fact]
    public async Task Audit_entries_appended_from_several_sessions_at_once_form_one_verifiable_chain()
    {
        const int Writers = 3, Each = 15;
        var before = AuditCount;
        var sessions = Enumerable.Range(0, Writers).Select(_ => OpenAnotherSession()).ToArray();

        var writers = sessions.Select((session, w) => Task.Run(() =>
        {
            for (var i = 0; i < Each; i++) session.Audit.Append("test.concurrent", $$"""{"writer":{{w}},"i":{{i}}}""", T1);
        })).ToArray();
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(120));

        var verified = Store.Audit.Verify();
        Assert.True(verified.Ok, verified.Problem);
        Assert.Equal(before + Writers * Each, verified.RowsChecked);
        var ids = Store.Audit.Read(null, null).Select(e => e.Entry.Id).ToList();
        Assert.Equal(Enumerable.Range(1, ids.Count).Select(i => (long)i), ids);
    }
}
