using System.CommandLine;
using Vigil.Cli.Commands;

namespace Vigil.Cli;

/// <summary>Builds the command tree and runs it. Exit codes: 0 ok, 1 error, 2 usage.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("Vigil — sanctions screening engine. State lives in $VIGIL_HOME (default ~/.vigil).");
        root.Subcommands.Add(ListsCommand.Create());
        root.Subcommands.Add(EntityCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(ScreenCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(ProfileCommand.Create());
        root.Subcommands.Add(CustomersCommand.Create());
        root.Subcommands.Add(AlertsCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(WebhooksCommand.Create());
        root.Subcommands.Add(TextCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(McpCommand.Create());
        root.Subcommands.Add(JobsCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create());

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine($"vigil: {error.Message}");
            Console.Error.WriteLine("Run 'vigil --help' for usage.");
            return ExitCodes.Usage;
        }
        return parse.Invoke();
    }
}
