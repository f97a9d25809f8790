using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Vigil.Cli.Io;
using Vigil.Server.Mcp;
using Vigil.Workflows;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil mcp</c>: the Model Context Protocol server over stdio (tools search, screen, entity, lists).</summary>
internal static class McpCommand
{
    public static Command Create()
    {
        var profile = ProfileOption.Create();
        var command = new Command("mcp",
            "Serve the Model Context Protocol over stdin/stdout for an AI assistant that starts vigil as its tool server: tools " +
            "search, screen, entity and lists over the lists in $VIGIL_HOME. stdout carries only the protocol; messages go to stderr. " +
            "Over HTTP, 'vigil serve' answers the same tools at /mcp.")
        {
            profile,
        };
        command.SetAction(parse => CommandGuard.Run("mcp", () =>
        {
            var home = VigilHome.FromEnvironment();
            var file = parse.GetValue(profile) is { } path ? Path.GetFullPath(path) : null;
            if (file is not null) Workflows.Screening.ProfileFile.Load(file); // a bad file: one line, not a host crash
            using var host = McpStdioHost.Create(home, file);
            host.Run();
            return ExitCodes.Ok;
        }));
        return command;
    }
}
