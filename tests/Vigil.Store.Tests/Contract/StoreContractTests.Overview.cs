namespace Vigil.Store.Tests.Contract;

/// <summary>The overview's figures: live alerts by age bucket and state, reviewers' decisions and screenings per UTC day.</summary>
public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Six alerts raised 40 d, 10 d, exactly 7 d, 3 d, 12 h and 1 h before <see cref="Now"/>: the first escalated 35 days
    /// ago (outside the window), the second escalated 2 days ago, the fourth proposed as a false positive, the last decided
    /// a false positive today; screenings 40 days ago (outside), two 2 days ago and one today.
    /// </summary>
    private long[] SeedOverview()
    {
        var version = SeedListAndCustomers();
        var job = StartJob(at: Now.AddDays(-41));
        void Batch(string customer, DateTimeOffset at, params string[] entries) =>
            Screening.ApplyBatch(job, [Outcome(customer, "fp-" + customer, [.. entries.Select(e => Hit(e, version))])], [], at);
        Batch("C1", Now.AddDays(-40), "1");
        Batch("C1", Now.AddDays(-10), "1", "2");
        Batch("C2", Now.AddDays(-7), "1");
        Batch("C2", Now.AddDays(-3), "1", "2");
        Batch("C3", Now.AddHours(-12), "1");
        Batch("C3", Now.AddHours(-1), "1", "2");
        var ids = Screening.Alerts().Select(a => a.Id).ToArray();
        Assert.Equal(6, ids.Length);
        Screening.Decide(ids[0], "escalated", "alice", "old", Now.AddDays(-35));
        var c1e2 = Screening.Alerts(customerId: "C1").Single(a => a.SourceId == "2").Id;
        Screening.Decide(c1e2, "escalated", "alice", "needs the passport", Now.AddDays(-2));
        var c2e2 = Screening.Alerts(customerId: "C2").Single(a => a.SourceId == "2").Id;
        Screening.Propose(c2e2, "false_positive", "alice", "other birth year", Now.AddDays(-1));
        var c3e2 = Screening.Alerts(customerId: "C3").Single(a => a.SourceId == "2").Id;
        Screening.Decide(c3e2, "false_positive", "bob", "other country", Now.AddMinutes(-30));
        Store.Screenings.Append([Proof("C1", Now.AddDays(-40))], Now.AddDays(-40));
        Store.Screenings.Append([Proof("C1", Now.AddDays(-2), alerts: 1), Proof("C2", Now.AddDays(-2))], Now.AddDays(-2));
        Store.Screenings.Append([Proof(null, Now.AddHours(-2), alerts: 2)], Now.AddHours(-2));
        return ids;
    }

    [Fact]
    public void Open_alerts_are_counted_by_age_bucket_and_state_with_a_pending_proposal_shown_as_pending_approval()
    {
        SeedOverview();

        var figures = Store.Overview.Figures(Now, 30);

        Assert.Equal(
            [("lt_1d", "open", 1L), ("1_7d", "pending_approval", 1L), ("7_30d", "escalated", 1L), ("7_30d", "open", 1L), ("gt_30d", "escalated", 1L)],
            figures.OpenAlerts.Select(c => (c.Bucket, c.State, c.Count)));
    }

    [Fact]
    public void Decisions_count_reviewers_only_per_utc_day_and_outcome_within_the_window()
    {
        SeedOverview();

        var figures = Store.Overview.Figures(Now, 30);

        Assert.Equal((new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 31)), (figures.From, figures.To));
        // The engine's own raise decisions ('vigil') and the escalation 35 days ago are not counted; a proposal is no decision.
        Assert.Equal([(new DateOnly(2026, 3, 29), "escalated", 1L), (new DateOnly(2026, 3, 31), "false_positive", 1L)],
            figures.Decisions.Select(d => (d.Day, d.Outcome, d.Count)));
    }

    [Fact]
    public void Screenings_are_counted_per_utc_day_with_their_hits_and_alerts_within_the_window()
    {
        SeedOverview();

        var figures = Store.Overview.Figures(Now, 30);

        Assert.Equal([(new DateOnly(2026, 3, 29), 2L, 3L, 1L), (new DateOnly(2026, 3, 31), 1L, 3L, 2L)],
            figures.Screenings.Select(s => (s.Day, s.Count, s.Hits, s.Alerts)));
        var week = Store.Overview.Figures(Now, 1);
        Assert.Equal([new DateOnly(2026, 3, 31)], week.Screenings.Select(s => s.Day));
    }

    [Fact]
    public void An_empty_store_has_no_figures_and_a_window_under_one_day_is_refused()
    {
        var figures = Store.Overview.Figures(Now, 30);

        Assert.Empty(figures.OpenAlerts);
        Assert.Empty(figures.Decisions);
        Assert.Empty(figures.Screenings);
        Assert.Throws<ArgumentOutOfRangeException>(() => Store.Overview.Figures(Now, 0));
    }

    [Theory]
    [InlineData(0, "lt_1d")]
    [InlineData(23.9, "lt_1d")]
    [InlineData(24, "1_7d")]
    [InlineData(167.9, "1_7d")]
    [InlineData(168, "7_30d")]
    [InlineData(720, "gt_30d")]
    public void An_age_falls_in_the_bucket_whose_lower_edge_it_reaches(double hours, string bucket) =>
        Assert.Equal(bucket, AlertAge.Of(TimeSpan.FromHours(hours)));
}
