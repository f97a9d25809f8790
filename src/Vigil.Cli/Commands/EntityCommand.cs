using System.CommandLine;

namespace Vigil.Cli.Commands;

/// <summary>`vigil entity` (not yet implemented).</summary>
internal static class EntityCommand
{
    public static Command Create()
    {
        var command = new Command("entity", "not yet implemented");
        command.SetAction(_ => { Console.Error.WriteLine("vigil entity: not implemented yet"); return ExitCodes.Error; });
        return command;
    }
}
