using Vigil.Core.Alerts;
using Vigil.Store;
using Vigil.Store.Sqlite;
using Vigil.Tests.Shared;
using Vigil.Workflows;
using Vigil.Workflows.Keys;

namespace Vigil.Server.Tests.Support;

/// <summary>
/// A home whose overview figures are known: the <c>ofac-cons</c> fixture loaded 10 days before <see cref="Now"/>, alerts
/// raised, decided and proposed and screenings recorded at known instants, and the server over it with its clock at
/// <see cref="Now"/>.
/// </summary>
/// <remarks>
/// Alerts: A 40 d old (open), B 10 d (escalated 2 days ago), C exactly 7 d (open), D 3 d (a false positive proposed:
/// pending approval), E 12 h (open), F 2 d (decided a false positive 1 h ago), G 6 d (decided a true match 5 days ago).
/// Screenings: one 40 days ago (outside 30 days), three 2 days ago (4 hits, 1 alert), one 2 h ago (3 hits, 2 alerts).
/// </remarks>
public sealed class OverviewHome : IAsyncLifetime, IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _home = new();

    public string Home => _home.Path;
    public string Analyst { get; private set; } = "";
    public ApiFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var home = new VigilHome(Home);
        new LoadList(home, new FixedClock(Now.AddDays(-10))).Run("ofac-cons", Fixtures.ConsV1);
        using (var store = SqliteStore.Open(home.DatabasePath))
            Fill(store);
        Analyst = new ApiKeys(home, TimeProvider.System).Create("overview-analyst", "analyst");
        Factory = new ApiFactory(Home, clock: new FixedClock(Now));
        await Factory.WaitReadyAsync();
    }

    private static void Fill(SqliteStore store)
    {
        var version = store.Lists.ActiveVersion("ofac-cons")!.Id;
        string[] customers = ["A", "B", "C", "D", "E", "F", "G"];
        store.Customers.Import([.. customers.Select(c => new CustomerRecord(c, "Customer " + c, "person", "", "", "", "fp-" + c))], "customers.csv", Now.AddDays(-41));
        var job = store.Screening.StartJob("full", "ofac-cons:1", null, [], "vigil-core test", "default@1", Now.AddDays(-41));
        var raised = new Dictionary<string, long>();
        void Raise(string customer, TimeSpan age)
        {
            var hit = new AlertHit("ofac-cons", "9000" + customer, 0.9, "ZORBULAN TRADING", """{"features":[]}""", version, "efp");
            store.Screening.ApplyBatch(job, [new CustomerOutcome(customer, 1, "fp-" + customer, [hit], [], null)], [], Now - age);
            raised[customer] = store.Screening.Alerts(customerId: customer).Single().Id;
        }
        Raise("A", TimeSpan.FromDays(40));
        Raise("B", TimeSpan.FromDays(10));
        Raise("C", TimeSpan.FromDays(7));
        Raise("D", TimeSpan.FromDays(3));
        Raise("E", TimeSpan.FromHours(12));
        Raise("F", TimeSpan.FromDays(2));
        Raise("G", TimeSpan.FromDays(6));
        store.Screening.Decide(raised["B"], "escalated", "alice", "needs the passport", Now.AddDays(-2));
        store.Screening.Propose(raised["D"], "false_positive", "alice", "other birth year", Now.AddDays(-1));
        store.Screening.Decide(raised["F"], "false_positive", "bob", "other country", Now.AddHours(-1));
        store.Screening.Decide(raised["G"], "true_match", "bob", "same passport", Now.AddDays(-5));

        ScreeningProof Proof(DateTimeOffset at, int hits, int alerts)
        {
            var (sha, size) = ScreeningProofJson.Digest("""{"name":"John Doe"}""");
            return new ScreeningProof(0, at, "desk", "api.search", null, sha, size, null, [new ScreenedVersion("ofac-cons", 1, version)],
                "vigil-core test", "default@1", hits, alerts);
        }
        store.Screenings.Append([Proof(Now.AddDays(-40), 1, 1)], Now.AddDays(-40));
        store.Screenings.Append([Proof(Now.AddDays(-2), 2, 1), Proof(Now.AddDays(-2), 2, 0), Proof(Now.AddDays(-2), 0, 0)], Now.AddDays(-2));
        store.Screenings.Append([Proof(Now.AddHours(-2), 3, 2)], Now.AddHours(-2));
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Dispose();
    }

    /// <summary>Removes the home folder (again harmless: xUnit may call both disposals).</summary>
    public void Dispose() => _home.Dispose();
}
