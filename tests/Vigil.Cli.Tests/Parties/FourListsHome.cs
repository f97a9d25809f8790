using Vigil.Cli.Tests.Customers;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Parties;

/// <summary>A home with the real UN 2026-02, UK OFSI 2025-04-14 (workbook), Canada SEMA 2025-05 and OFAC SDN 2021-07 lists,
/// loaded once through the CLI for the party tests.</summary>
public sealed class FourListsHome : IDisposable
{
    private readonly TempDirectory _home = new();

    public FourListsHome()
    {
        VigilCli.Ok(_home.Path, "lists", "load", "un", SharedData.Path("un/consolidated-2026-02.xml"));
        VigilCli.Ok(_home.Path, "lists", "load", "uk-ofsi", SharedData.Path("uk-ofsi/2025-04-14/ConList.xlsx"));
        VigilCli.Ok(_home.Path, "lists", "load", "ca-sema", SharedData.Path("ca-sema/2025-05"));
        VigilCli.Ok(_home.Path, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));
    }

    public string Path => _home.Path;

    public void Dispose() => _home.Dispose();
}
