using System.CommandLine;
using Vigil.Generate.Commands;

namespace Vigil.Generate;

/// <summary>
/// <c>vigil-generate</c>: test data at any scale (customer files, synthetic sanctions lists) and the in-process scale
/// measurement of the screening index. Exit codes: 0 ok, 1 error, 2 usage.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("Generates customer files and synthetic sanctions lists, and measures the screening index at scale.");
        root.Subcommands.Add(CustomersCommand.Create());
        root.Subcommands.Add(ListCommand.Create());
        root.Subcommands.Add(ScaleCommand.Create());
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine($"vigil-generate: {error.Message}");
            return 2;
        }
        return parse.Invoke();
    }
}
