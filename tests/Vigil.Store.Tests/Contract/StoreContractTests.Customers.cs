namespace Vigil.Store.Tests.Contract;

/// <summary>The customer register: imports add and revise, equal records are left alone, every revision is kept.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public void A_first_import_adds_every_customer_at_revision_one_pending_screening()
    {
        var result = Customers.Import([Customer("C2", "Richard Roe"), Customer("C1", "John Doe", "1970")], "a.csv", T1);

        Assert.Equal(new CustomerImportResult(2, 0, 0), result);
        Assert.Equal((2L, 2L), Customers.Counts());
        var c1 = Customers.Find("C1")!;
        Assert.Equal(Customer("C1", "John Doe", "1970"), c1.Record);
        Assert.Equal(1, c1.Revision);
        Assert.Equal(0, c1.ScreenedRevision);
        Assert.Null(Customers.Find("C9"));
        var audit = Store.Audit.Latest(1)[0];
        Assert.Equal("customers.import", audit.Action);
        Assert.Contains("\"added\":2", audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reimport_revises_changed_customers_keeps_each_revision_and_leaves_equal_ones_alone()
    {
        Customers.Import([Customer("C1", "John Doe"), Customer("C2", "Richard Roe")], "a.csv", T1);

        var result = Customers.Import([Customer("C1", "John Doe", "1970"), Customer("C2", "Richard Roe"), Customer("C3", "New One")], "b.csv", T2);

        Assert.Equal(new CustomerImportResult(1, 1, 1), result);
        Assert.Equal(2, Customers.Find("C1")!.Revision);
        Assert.Equal(1, Customers.Find("C2")!.Revision);
        var history = Customers.History("C1");
        Assert.Equal([1L, 2L], history.Select(h => h.Revision));
        Assert.Equal(["", "1970"], history.Select(h => h.Record.BirthDate));
        Assert.Equal(["a.csv", "b.csv"], history.Select(h => h.File));
        Assert.Equal([T1, T2], history.Select(h => h.ImportedAt));
        Assert.Empty(Customers.History("C9"));
    }

    [Fact]
    public void Pages_come_in_id_order_after_the_given_id_and_pending_only_skips_screened_customers()
    {
        Customers.Import([Customer("C3", "C"), Customer("C1", "A"), Customer("C2", "B")], "a.csv", T1);

        Assert.Equal(["C1", "C2"], Customers.Page(null, 2, pendingOnly: false).Select(c => c.Record.Id));
        Assert.Equal(["C3"], Customers.Page("C2", 2, pendingOnly: false).Select(c => c.Record.Id));
        Assert.Empty(Customers.Page("C3", 2, pendingOnly: false));

        var job = StartJob();
        Screening.ApplyBatch(job, [Outcome("C2", "fp-B")], [], T1);

        Assert.Equal(["C1", "C3"], Customers.Page(null, 10, pendingOnly: true).Select(c => c.Record.Id));
        Assert.Equal((3L, 2L), Customers.Counts());
        Assert.Equal(1, Customers.Find("C2")!.ScreenedRevision);
    }
}
