using System.CommandLine;
using Spectre.Console;
using Vigil.Cli.Io;
using Vigil.Sources;
using Vigil.Workflows;
using Vigil.Workflows.Pipeline;
using Vigil.Workflows.Sync;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil lists sync [--source S]... [--from DIR] [--max-removed PCT]</c>: download the published lists and load
/// what changed; a shrunken or older version is held and reported, never accepted.</summary>
internal static class SyncCommand
{
    public static Command Create()
    {
        var source = new Option<string[]>("--source") { Description = $"Only this source (repeatable): {string.Join(", ", ListSources.Names)}. Default: all.", AllowMultipleArgumentsPerToken = false };
        var from = new Option<string?>("--from") { Description = "Load from an offline copy instead: DIR/SOURCE is the list's folder (or, for un, its XML file).", HelpName = "DIR" };
        var command = new Command("sync",
            "Download each source from its publisher (URLs: built-in defaults, or sources.NAME.url in $VIGIL_HOME/vigil.json) with " +
            "conditional requests, timeouts, retries and a size limit, and load it when it changed. A failed source keeps its active " +
            "version and is reported; the exit code is 1 if any source failed. The customer register is then screened against what changed. " +
            "A version that removes more than the allowed share of entries, or is older than the active one, is held and reported " +
            "(exit code 1), never activated by sync: 'vigil lists accept SOURCE VERSION' does that.")
            { source, from };
        var maxRemoved = ListsCommand.MaxRemovedOption();
        command.Options.Add(maxRemoved);
        command.SetAction(parse => CommandGuard.Run("lists sync", () =>
        {
            var result = PipelineOutput.For(VigilHome.FromEnvironment(), WriteSources, parse.GetValue(maxRemoved)).Sync(parse.GetValue(source), parse.GetValue(from));
            return result.AnySourceFailed || result.AnyHeld ? ExitCodes.Error : ExitCodes.Ok;
        }));
        return command;
    }

    private static void WriteSources(UpdateResult result)
    {
        foreach (var r in result.Sources)
        {
            Terminal.Out.WriteLine($"{r.Source}: {r.Status.ToString().ToLowerInvariant()}: {r.Message}");
            if (r.Status is SyncStatus.Failed or SyncStatus.Held) Console.Error.WriteLine($"vigil lists sync: {r.Source}: {r.Message}");
        }
    }
}
