using System.CommandLine;

namespace Vigil.Cli.Commands;

/// <summary>`vigil search` (not yet implemented).</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var command = new Command("search", "not yet implemented");
        command.SetAction(_ => { Console.Error.WriteLine("vigil search: not implemented yet"); return ExitCodes.Error; });
        return command;
    }
}
