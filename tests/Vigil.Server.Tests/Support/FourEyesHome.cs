using Vigil.Tests.Shared;
using Vigil.Workflows;
using Vigil.Workflows.Keys;
using Vigil.Workflows.Pipeline;

namespace Vigil.Server.Tests.Support;

/// <summary>
/// A small home with four-eyes review on (<c>alerts.four_eyes</c>): the <c>ofac-cons</c> fixture, two customers with open
/// alerts, analyst keys for alice and bob and a screener key; the server over it through the test host.
/// </summary>
public sealed class FourEyesHome : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _home = new();

    public string Home => _home.Path;
    public string Alice { get; private set; } = "";
    public string Bob { get; private set; } = "";
    public string Screener { get; private set; } = "";
    public ApiFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var home = new VigilHome(Home);
        File.WriteAllText(_home.File("vigil.json"), """{ "alerts": { "four_eyes": true } }""");
        new LoadList(home, TimeProvider.System).Run("ofac-cons", Fixtures.ConsV1);
        File.WriteAllText(_home.File("customers.csv"), """
            id,name,type,birth_date,country
            quill,Quillmore Shipping & Logistics,organization,,
            quill2,Quillmore Shipping and Logistics Ltd,organization,,

            """);
        new UpdatePipeline(home, TimeProvider.System).ImportCustomers(_home.File("customers.csv"));
        var keys = new ApiKeys(home, TimeProvider.System);
        Alice = keys.Create("alice", "analyst");
        Bob = keys.Create("bob", "analyst");
        Screener = keys.Create("desk", "screener");
        Factory = new ApiFactory(Home);
        await Factory.WaitReadyAsync();
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Dispose();
    }

    /// <summary>Removes the home folder (again harmless: xUnit may call both disposals).</summary>
    public void Dispose() => _home.Dispose();
}
