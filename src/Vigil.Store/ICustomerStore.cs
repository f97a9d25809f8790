namespace Vigil.Store;

/// <summary>The customer register: current records plus every revision.</summary>
public interface ICustomerStore
{
    /// <summary>
    /// Adds new customers and updates changed ones (a new revision, kept in the history), in one transaction with its
    /// audit entry. Records equal to the stored ones are left alone.
    /// </summary>
    CustomerImportResult Import(IReadOnlyList<CustomerRecord> records, string file, DateTimeOffset at);

    /// <summary>Customers in id order after <paramref name="afterId"/> (null: from the start); <paramref name="pendingOnly"/>: those not screened since they changed.</summary>
    IReadOnlyList<StoredCustomer> Page(string? afterId, int count, bool pendingOnly);

    /// <summary>One customer, or null.</summary>
    StoredCustomer? Find(string id);

    /// <summary>How many customers there are, and how many changed since they were last screened.</summary>
    (long Total, long Pending) Counts();

    /// <summary>The revisions of one customer, oldest first.</summary>
    IReadOnlyList<(long Revision, CustomerRecord Record, DateTimeOffset ImportedAt, string File)> History(string id);
}
