using System.CommandLine;

namespace Vigil.Cli.Commands;

/// <summary>`vigil screen` (not yet implemented).</summary>
internal static class ScreenCommand
{
    public static Command Create()
    {
        var command = new Command("screen", "not yet implemented");
        command.SetAction(_ => { Console.Error.WriteLine("vigil screen: not implemented yet"); return ExitCodes.Error; });
        return command;
    }
}
