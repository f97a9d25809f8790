using Vigil.Core.Alerts;
using Vigil.Store.Tests.Support;

namespace Vigil.Store.Tests.Contract;

/// <summary>
/// What every store backend must do, written against the seam only (<see cref="IVigilStore"/>): list versions, the
/// audit chain, customers, screening jobs, alerts and decisions, the webhook outbox, API keys and sync state.
/// </summary>
/// <remarks>
/// One partial file per concern. A backend runs all of them by adding one subclass that supplies an empty store
/// (<see cref="SqliteStoreContractTests"/> uses a real SQLite file in a temp directory).
/// </remarks>
public abstract partial class StoreContractTests
{
    protected static readonly DateTimeOffset T1 = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    protected static readonly DateTimeOffset T2 = T1.AddDays(1);
    protected static readonly DateTimeOffset T3 = T2.AddDays(1);

    /// <summary>The store under test: empty when the test starts; the subclass disposes it.</summary>
    protected abstract IVigilStore Store { get; }

    /// <summary>A second session on the same data, as another process (or a rerun after a kill) would open it; the subclass disposes it.</summary>
    protected abstract IVigilStore OpenAnotherSession();

    protected IListVersionStore Lists => Store.Lists;
    protected ICustomerStore Customers => Store.Customers;
    protected IScreeningStore Screening => Store.Screening;

    /// <summary>How many audit entries there are (read through the seam).</summary>
    protected long AuditCount => Store.Audit.Read(null, null).LongCount();

    /// <summary>A list version of two persons (<c>ofac-sdn:1</c>, <c>ofac-sdn:2</c>) and customers C1, C2, C3: what alerts refer to.</summary>
    protected long SeedListAndCustomers()
    {
        var version = Lists.SaveVersion("ofac-sdn", "h1", null, [Some.Person("DOE, John", "1"), Some.Person("ROE, Richard", "2")], [], T1);
        Customers.Import([Customer("C1", "John Doe"), Customer("C2", "Richard Roe"), Customer("C3", "Nobody Special")], "customers.csv", T1);
        return version.Version.Id;
    }

    protected static CustomerRecord Customer(string id, string name, string birthDate = "", string fingerprint = "") =>
        new(id, name, "person", birthDate, "", "", fingerprint.Length > 0 ? fingerprint : "fp-" + name);

    protected static AlertHit Hit(string sourceId, long versionId, double score = 0.9, string entityFp = "efp") =>
        new("ofac-sdn", sourceId, score, "DOE, John", """{"features":[]}""", versionId, entityFp);

    /// <summary>One customer's outcome; <paramref name="inScope"/> null = screened against every entry.</summary>
    protected static CustomerOutcome Outcome(string customerId, string customerFp, params AlertHit[] hits) =>
        new(customerId, 1, customerFp, hits, [], null);

    protected ScreeningJob StartJob(string kind = "full", string profile = "default@1", DateTimeOffset? at = null) =>
        Screening.StartJob(kind, "ofac-sdn:1", null, [], "vigil-core test", profile, at ?? T1);
}
