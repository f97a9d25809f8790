using Vigil.Tests.Shared;
using Vigil.Workflows;
using Vigil.Workflows.Keys;
using Vigil.Workflows.Pipeline;

namespace Vigil.Server.Tests.Support;

/// <summary>
/// One VIGIL_HOME for the API and browser tests: OFAC SDN 2021-07, the UN list, and the <c>ofac-cons</c> fixture in two
/// versions; three customers with open alerts; a live API key and a revoked one; the server over it through the test host, started and ready.
/// </summary>
public sealed class LoadedHome : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _home = new();

    public const string ApiCustomer = "cust-api-ceiec";
    public const string UiCustomer = "cust-ui-ceiec";
    public const string OpenCustomer = "cust-open-maduro";

    public string Home => _home.Path;
    public string Key { get; private set; } = "";
    public string RevokedKey { get; private set; } = "";
    public ApiFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var home = new VigilHome(Home);
        var load = new LoadList(home, TimeProvider.System);
        load.Run("ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));
        load.Run("un", SharedData.Path("un/consolidated-2026-02.xml"));
        load.Run("ofac-cons", Fixtures.ConsV1);
        load.Run("ofac-cons", Fixtures.ConsV2);
        // A small customer register whose imports raise alerts: the API tests decide one, the browser test another, and
        // Maduro's stays open.
        File.WriteAllText(_home.File("customers.csv"), $"""
            id,name,type,birth_date,country
            {ApiCustomer},Corporación China de Importaciones y Exportaciones Electrónicas,organization,,
            {UiCustomer},China National Electronics Import and Export Corp,organization,,
            {OpenCustomer},Nicolas Maduro Moros,person,1962-11-23,VE

            """);
        new UpdatePipeline(home, TimeProvider.System).ImportCustomers(_home.File("customers.csv"));
        var keys = new ApiKeys(home, TimeProvider.System);
        Key = keys.Create("tests");
        RevokedKey = keys.Create("retired");
        keys.Revoke("retired");

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
