using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Customers;

/// <summary>
/// Homes built once for the register tests, through the real CLI, with a generated file of 10,000 customers:
/// <see cref="Incremental"/> imports them, loads SDN 2019-01, then 2021-07 (a full rescreen: it adds and removes entries);
/// <see cref="Interrupted"/> does the same but the process is killed from outside during the 2021-07 rescreen, then rerun;
/// <see cref="Fresh"/> loads 2021-07 only, then imports and screens everything.
/// </summary>
public sealed class RegisterHomes : IDisposable
{
    public const int CustomerCount = 10_000;
    private readonly TempDirectory _dir = new("vigil-register-tests-");

    public RegisterHomes()
    {
        CustomersFile = _dir.File("customers.csv");
        Planted = CustomerFileGenerator.Write(CustomersFile, CustomerCount);
        Incremental = Path.Combine(_dir.Path, "incremental");
        Interrupted = Path.Combine(_dir.Path, "interrupted");
        Fresh = Path.Combine(_dir.Path, "fresh");

        Import = VigilCli.Ok(Incremental, "customers", "import", CustomersFile);
        Load2019 = VigilCli.Ok(Incremental, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2019-01"));
        VigilCli.CopyHome(Incremental, Interrupted);
        Load2021 = VigilCli.Ok(Incremental, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));
        AfterIncremental = VigilCli.Alerts(Incremental);

        // Killed from outside once the rescreen of 2021-07 has committed its first batch (of 500; 20 make the job).
        InterruptedLoad = VigilCli.RunAndKill(Interrupted, () => VigilCli.UnfinishedJob(Interrupted) is { Kind: "full", CustomersDone: > 0 },
            "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));
        KilledJob = VigilCli.UnfinishedJob(Interrupted);
        AfterInterruption = VigilCli.Alerts(Interrupted);
        InterruptedStatus = VigilCli.Ok(Interrupted, "lists");
        Rerun = VigilCli.Ok(Interrupted, "customers", "rescreen");
        AfterRerun = VigilCli.Alerts(Interrupted);

        VigilCli.Ok(Fresh, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));
        FreshImport = VigilCli.Ok(Fresh, "customers", "import", CustomersFile);
        AfterFresh = VigilCli.Alerts(Fresh);

        FullRescreen = VigilCli.Ok(Incremental, "customers", "screen");
        AfterFullRescreen = VigilCli.Alerts(Incremental);
    }

    public string CustomersFile { get; }
    /// <summary>Planted customer id → the listed entry it was made from.</summary>
    public IReadOnlyDictionary<string, string> Planted { get; }
    public string Incremental { get; }
    public string Interrupted { get; }
    public string Fresh { get; }

    internal VigilResult Import { get; }
    internal VigilResult Load2019 { get; }
    internal VigilResult Load2021 { get; }
    internal List<AlertLine> AfterIncremental { get; }
    internal VigilResult InterruptedLoad { get; }
    /// <summary>The job the kill interrupted, as its last committed checkpoint left it; null if none was left unfinished.</summary>
    internal (long Id, string Kind, long CustomersDone)? KilledJob { get; }
    internal List<AlertLine> AfterInterruption { get; }
    internal VigilResult InterruptedStatus { get; }
    internal VigilResult Rerun { get; }
    internal List<AlertLine> AfterRerun { get; }
    internal VigilResult FreshImport { get; }
    internal List<AlertLine> AfterFresh { get; }
    internal VigilResult FullRescreen { get; }
    internal List<AlertLine> AfterFullRescreen { get; }

    public void Dispose() => _dir.Dispose();
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RegisterCollection : ICollectionFixture<RegisterHomes>
{
    public const string Name = "customer register";
}
