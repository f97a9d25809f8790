namespace Vigil.Store.Tests.Contract;

/// <summary>The webhook outbox: queued with the alerts, due until delivered, a failed attempt waits for its retry time.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public void A_failed_attempt_waits_for_its_retry_time_and_a_delivered_event_is_never_due_again()
    {
        var version = SeedListAndCustomers();
        Screening.ApplyBatch(StartJob(), [Outcome("C1", "fp-John Doe", Hit("1", version)), Outcome("C2", "fp-Richard Roe", Hit("2", version))],
            ["https://a.test/hook"], T1);
        var due = Store.Outbox.DueDeliveries(T1, 10);
        Assert.Equal(2, due.Count);
        Assert.True(due[0].Id < due[1].Id);
        Assert.All(due, d => Assert.Equal(0, d.Attempts));
        Assert.Empty(Store.Outbox.DueDeliveries(T1.AddSeconds(-1), 10));
        Assert.Single(Store.Outbox.DueDeliveries(T1, 1));

        Store.Outbox.RecordAttempt(due[0].Id, T1, "HTTP 500 Internal Server Error", T1.AddHours(1));
        Store.Outbox.RecordAttempt(due[1].Id, T1, null, null);

        Assert.Empty(Store.Outbox.DueDeliveries(T1.AddMinutes(30), 10));
        var retry = Assert.Single(Store.Outbox.DueDeliveries(T1.AddHours(1), 10));
        Assert.Equal((due[0].Id, 1), (retry.Id, retry.Attempts));
        Assert.Equal(1, Store.Outbox.UndeliveredCount());

        Store.Outbox.RecordAttempt(retry.Id, T2, null, null);

        Assert.Empty(Store.Outbox.DueDeliveries(T3, 10));
        Assert.Equal(0, Store.Outbox.UndeliveredCount());
    }
}
