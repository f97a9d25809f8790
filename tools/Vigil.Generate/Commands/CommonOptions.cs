using System.CommandLine;

namespace Vigil.Generate.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<int> Seed() => new("--seed") { Description = "random seed: the same seed gives the same output", DefaultValueFactory = _ => 1 };

    public static Option<string> ListsDir() => new("--lists-dir")
    {
        Description = "the shared data folder holding ofac-sdn/2021-07/ and un/consolidated-2026-02.xml",
        DefaultValueFactory = _ => "../shared/data",
    };

    /// <summary>Runs a command body; a <see cref="GenerateException"/> or I/O failure becomes a message and exit code 1.</summary>
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is GenerateException or IOException or UnauthorizedAccessException or Vigil.Core.Model.ListFormatException)
        {
            Console.Error.WriteLine($"vigil-generate: {e.Message}");
            return 1;
        }
    }
}
