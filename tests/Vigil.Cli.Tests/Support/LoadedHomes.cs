using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Support;

/// <summary>
/// Two VIGIL_HOMEs loaded once through the real CLI and shared by the tests of the "loaded lists" collection:
/// <see cref="Current"/> as the evaluation loads it (SDN 2021-07, then UN; timed), and <see cref="Updated"/>
/// with SDN 2019-01 then 2021-07 (a list update) plus UN.
/// </summary>
public sealed class LoadedHomes : IDisposable
{
    private readonly TempDirectory _current = new();
    private readonly TempDirectory _updated = new();

    public LoadedHomes()
    {
        CurrentSdn = Load(_current, "ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));
        CurrentUn = Load(_current, "un", SharedData.Path("un/consolidated-2026-02.xml"));

        UpdatedSdn2019 = Load(_updated, "ofac-sdn", SharedData.Path("ofac-sdn/2019-01"));
        UpdatedSdn2021 = Load(_updated, "ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));
        UpdatedUn = Load(_updated, "un", SharedData.Path("un/consolidated-2026-02.xml"));
    }

    /// <summary>SDN 2021-07 and UN, loaded into a fresh home in that order.</summary>
    public string Current => _current.Path;
    internal VigilResult CurrentSdn { get; }
    internal VigilResult CurrentUn { get; }

    /// <summary>SDN 2019-01, then SDN 2021-07, then UN.</summary>
    public string Updated => _updated.Path;
    internal VigilResult UpdatedSdn2019 { get; }
    internal VigilResult UpdatedSdn2021 { get; }
    internal VigilResult UpdatedUn { get; }

    private static VigilResult Load(TempDirectory home, string source, string path)
    {
        var result = VigilRunner.Run(home.Path, "lists", "load", source, path);
        return result.ExitCode == 0
            ? result
            : throw new InvalidOperationException($"fixture load of {source} from {path} failed: {result}");
    }

    public void Dispose()
    {
        _current.Dispose();
        _updated.Dispose();
    }
}
