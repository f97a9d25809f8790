using Vigil.Workflows;

namespace Vigil.Cli.Io;

/// <summary>
/// Runs a command's action and turns expected failures into their message on stderr: exit code 2 for a
/// <see cref="UsageException"/> or a list selection naming an inactive source, 1 for a <see cref="VigilException"/>, an unusable list file or an I/O error.
/// </summary>
/// <remarks>Other exceptions are bugs; they reach System.CommandLine's handler, which prints the stack trace and exits 1.</remarks>
internal static class CommandGuard
{
    public static int Run(string command, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (UsageException ex)
        {
            Console.Error.WriteLine($"vigil {command}: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (Core.Lists.ListSelectionException ex)
        {
            Console.Error.WriteLine($"vigil {command}: --lists: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is VigilException or Core.Model.ListFormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"vigil {command}: {ex.Message}");
            return ExitCodes.Error;
        }
    }
}
