using System.Text;
using Vigil.Store;

namespace Vigil.Workflows.Customers;

/// <summary>What <see cref="CustomerRegister.Import"/> did: the rows read and the records added, updated and unchanged, and
/// the warnings about rows imported (a name holding invisible characters), each naming its line.</summary>
public sealed record CustomerImportReport(int Rows, CustomerImportResult Result, IReadOnlyList<string>? Warnings = null);

/// <summary>
/// The customer register: import a file, read records and history. Screening what an import changed is the next step of
/// <see cref="Pipeline.UpdatePipeline.ImportCustomers"/>, which is what the front ends call.
/// </summary>
public sealed class CustomerRegister(VigilHome home, TimeProvider time)
{
    /// <summary>Reads and checks the whole file, then saves it in one transaction; new and changed customers wait to be screened.</summary>
    /// <param name="path">The customer file.</param>
    /// <param name="encoding">Its encoding; null: UTF-8.</param>
    public CustomerImportReport Import(string path, Encoding? encoding = null)
    {
        var warnings = new List<string>();
        var records = CustomerFile.Read(path, encoding, warnings);
        CustomerImportResult result;
        using (var store = home.OpenStore())
            result = store.Customers.Import(records, Path.GetFullPath(path), time.GetUtcNow());
        return new CustomerImportReport(records.Count, result, warnings);
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
        var customer = store.Find(id) ?? throw new VigilException($"there is no customer '{id}'");
        return (customer, store.History(id));
    }
}
