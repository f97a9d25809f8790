using System.CommandLine;

namespace Vigil.Cli.Commands;

/// <summary>`vigil lists` (not yet implemented).</summary>
internal static class ListsCommand
{
    public static Command Create()
    {
        var command = new Command("lists", "not yet implemented");
        command.SetAction(_ => { Console.Error.WriteLine("vigil lists: not implemented yet"); return ExitCodes.Error; });
        return command;
    }
}
