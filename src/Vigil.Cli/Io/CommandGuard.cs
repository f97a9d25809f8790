using Vigil.Workflows;

namespace Vigil.Cli.Io;

/// <summary>Runs a command's action and turns a <see cref="VigilException"/> into its message on stderr and exit code 1.</summary>
/// <remarks>Other exceptions are bugs; they reach System.CommandLine's handler, which prints the stack trace and exits 1.</remarks>
internal static class CommandGuard
{
    public static int Run(string command, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (VigilException ex)
        {
            Console.Error.WriteLine($"vigil {command}: {ex.Message}");
            return ExitCodes.Error;
        }
    }
}
