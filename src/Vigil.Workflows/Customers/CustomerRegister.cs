using Vigil.Core.Alerts;
using Vigil.Store;

namespace Vigil.Workflows.Customers;

/// <summary>What <see cref="CustomerRegister.Import"/> did: records added/updated/unchanged and the screening that followed.</summary>
public sealed record CustomerImportReport(int Rows, CustomerImportResult Result, IReadOnlyList<ScreeningJob> Jobs);

/// <summary>The customer register: import a file (new and changed customers are screened at once), read records and history.</summary>
public sealed class CustomerRegister(VigilHome home, TimeProvider time)
{
    /// <summary>Reads and checks the whole file, saves it in one transaction, then screens what changed (when lists are loaded).</summary>
    public CustomerImportReport Import(string path, RegisterScreening? screening = null)
    {
        var records = CustomerFile.Read(path);
        CustomerImportResult result;
        using (var store = home.OpenStore())
            result = store.Customers.Import(records, Path.GetFullPath(path), time.GetUtcNow());
        var jobs = (screening ?? new RegisterScreening(home, time)).CatchUp();
        return new CustomerImportReport(records.Count, result, jobs);
    }

    /// <summary>How many customers there are, and how many wait for screening.</summary>
    public (long Total, long Pending) Counts()
    {
        using var store = home.OpenStore();
        return store.Customers.Counts();
    }

    /// <summary>One customer with every revision, oldest first.</summary>
    public (StoredCustomer Customer, IReadOnlyList<(long Revision, CustomerRecord Record, DateTimeOffset ImportedAt, string File)> History) Get(string id)
    {
        using var vigil = home.OpenStore();
        var store = vigil.Customers;
        var customer = store.Get(id) ?? throw new VigilException($"there is no customer '{id}'");
        return (customer, store.History(id));
    }
}
