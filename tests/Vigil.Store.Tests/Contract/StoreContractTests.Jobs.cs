namespace Vigil.Store.Tests.Contract;

/// <summary>Screening jobs: started with their scope, engine and profile; each batch moves the checkpoint; finished or superseded.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public void A_started_job_records_its_scope_engine_and_profile_and_is_the_unfinished_one()
    {
        var job = Screening.StartJob("lists", "ofac-sdn:2", ["ofac-sdn:9", "ofac-sdn:10"], ["ofac-sdn:3"], "vigil-core 1.0", "tuned@2", T1);

        Assert.Equal(("lists", "ofac-sdn:2", "vigil-core 1.0", "tuned@2"), (job.Kind, job.ListKey, job.EngineVersion, job.Profile));
        Assert.Equal(["ofac-sdn:10", "ofac-sdn:9"], job.Targets);
        Assert.Equal(["ofac-sdn:3"], job.Removed);
        Assert.Null(job.LastCustomer);
        Assert.Null(job.FinishedAt);
        Assert.Equal(T1, job.StartedAt);
        Assert.Equal(job.Id, Screening.UnfinishedJob()!.Id);
        var audit = Store.Audit.Latest(1)[0];
        Assert.Equal("screening.start", audit.Action);
        Assert.Contains("\"profile\":\"tuned@2\"", audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_job_killed_after_a_batch_resumes_in_another_session_after_the_last_committed_customer()
    {
        var version = SeedListAndCustomers();
        var job = StartJob();

        Screening.ApplyBatch(job, [Outcome("C1", "fp-John Doe", Hit("1", version)), Outcome("C2", "fp-Richard Roe")], [], T1);

        // As a rerun after a kill sees it: a new session, the job still unfinished, its checkpoint at the batch's end.
        using var rerun = OpenAnotherSession();
        var resumed = rerun.Screening.UnfinishedJob()!;
        Assert.Equal(job.Id, resumed.Id);
        Assert.Equal(("C2", 2L, 1L), (resumed.LastCustomer, resumed.CustomersDone, resumed.Raised));
        Assert.Equal("default@1", resumed.Profile);
        Assert.Equal(["C3"], rerun.Customers.Page(resumed.LastCustomer, 10, pendingOnly: false).Select(c => c.Record.Id));
    }

    [Fact]
    public void A_finished_job_records_the_versions_screened_and_is_no_longer_unfinished()
    {
        var version = SeedListAndCustomers();
        var job = StartJob();
        Screening.ApplyBatch(job, [Outcome("C1", "fp-John Doe", Hit("1", version))], [], T1);

        var done = Screening.FinishJob(job, new Dictionary<string, long> { ["ofac-sdn"] = version }, new Dictionary<string, string>(), T2);

        Assert.Equal(T2, done.FinishedAt);
        Assert.Equal((1L, 1L, 0L), (done.CustomersDone, done.Raised, done.Closed));
        Assert.Null(Screening.UnfinishedJob());
        Assert.Equal(version, Screening.ScreeningState()["ofac-sdn"]);
        Assert.Equal((done.Id, T2), (Screening.Jobs(1)[0].Id, Screening.Jobs(1)[0].FinishedAt));
        Assert.Equal("screening.finish", Store.Audit.Latest(1)[0].Action);
    }

    [Fact]
    public void Finishing_a_list_change_closes_the_live_alerts_of_removed_entries_with_the_reason_given()
    {
        var version = SeedListAndCustomers();
        var first = StartJob();
        Screening.ApplyBatch(first, [Outcome("C2", "fp-Richard Roe", Hit("2", version))], [], T1);
        Screening.FinishJob(first, new Dictionary<string, long> { ["ofac-sdn"] = version }, new Dictionary<string, string>(), T1);

        var change = Screening.StartJob("lists", "ofac-sdn:1", [], ["ofac-sdn:2"], "vigil-core test", "default@1", T2);
        var done = Screening.FinishJob(change, null, new Dictionary<string, string> { ["ofac-sdn:2"] = "ofac-sdn:2 was removed from ofac-sdn" }, T2);

        var alert = Assert.Single(Screening.Alerts());
        Assert.Equal("closed", alert.State);
        Assert.Equal("ofac-sdn:2 was removed from ofac-sdn", alert.ClosedReason);
        Assert.Equal(1, done.Closed);
        Assert.Equal(version, Screening.ScreeningState()["ofac-sdn"]);
    }

    [Fact]
    public void A_superseded_job_is_finished_without_being_done_and_audited()
    {
        var job = StartJob();

        Screening.Supersede(job, T2);

        Assert.Null(Screening.UnfinishedJob());
        Assert.Equal(T2, Screening.Jobs(1)[0].FinishedAt);
        Assert.Equal("screening.superseded", Store.Audit.Latest(1)[0].Action);
        Assert.Empty(Screening.ScreeningState());
    }
}
