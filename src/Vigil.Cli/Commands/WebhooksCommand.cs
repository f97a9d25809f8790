using System.CommandLine;
using Spectre.Console;
using Vigil.Cli.Io;
using Vigil.Workflows;
using Vigil.Workflows.Webhooks;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil webhooks deliver</c>: send the pending events of the webhook outbox.</summary>
internal static class WebhooksCommand
{
    public static Command Create()
    {
        var command = new Command("webhooks", "Signed POSTs of new and re-opened alerts to the URLs in $VIGIL_HOME/vigil.json (webhooks).");
        var deliver = new Command("deliver",
            "Send every due event of the outbox now (screening commands do this themselves; use it after a failure or a crash). " +
            "Exit 1 if an event failed; it is retried later with backoff.");
        deliver.SetAction(_ => CommandGuard.Run("webhooks deliver", () =>
        {
            var report = new WebhookSender(VigilHome.FromEnvironment(), TimeProvider.System).Deliver();
            Terminal.Out.WriteLine($"{report.Delivered} delivered, {report.Failed} failed, {report.Pending} pending");
            foreach (var error in report.Errors) Console.Error.WriteLine($"vigil webhooks deliver: {error}");
            return report.Failed > 0 ? ExitCodes.Error : ExitCodes.Ok;
        }));
        command.Subcommands.Add(deliver);
        return command;
    }
}
