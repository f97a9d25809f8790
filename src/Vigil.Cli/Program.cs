using System.CommandLine;

namespace Vigil.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("Vigil — sanctions screening engine");
        return root.Parse(args).Invoke();
    }
}
