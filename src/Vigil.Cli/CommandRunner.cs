using Vigil.Core.Model;
using Vigil.Workflows;

namespace Vigil.Cli;

/// <summary>Runs a command body and turns failures into a message on stderr and the right exit code.</summary>
internal static class CommandRunner
{
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"vigil: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (VigilException e)
        {
            Console.Error.WriteLine($"vigil: {e.Message}");
            return ExitCodes.Error;
        }
        catch (ListFormatException e)
        {
            Console.Error.WriteLine($"vigil: {e.Message}");
            return ExitCodes.Error;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"vigil: {e.Message}");
            return ExitCodes.Error;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine($"vigil: {e.Message}");
            return ExitCodes.Error;
        }
    }
}
