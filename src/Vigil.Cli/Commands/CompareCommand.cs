using System.CommandLine;

namespace Vigil.Cli.Commands;

/// <summary>`vigil compare` (not yet implemented).</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var command = new Command("compare", "not yet implemented");
        command.SetAction(_ => { Console.Error.WriteLine("vigil compare: not implemented yet"); return ExitCodes.Error; });
        return command;
    }
}
