using System.CommandLine;
using System.Runtime.InteropServices;
using Vigil.Cli.Io;
using Vigil.Workflows;
using Vigil.Workflows.Distributed;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil worker [--stream] [--nats URL]</c>: screens rescreening chunks, or payment messages, from NATS JetStream (docs/workers.md).</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var stream = new Option<bool>("--stream") { Description = "screen payment messages from vigil.payments.in.> instead of rescreening chunks" };
        var nats = NatsOption();
        var ackWait = new Option<int>("--ack-wait")
        {
            Description = "seconds the broker waits for an acknowledgement before it delivers the work to another worker (default 30)",
            DefaultValueFactory = _ => 30,
        };
        var maxDeliver = new Option<int>("--max-deliver") { Description = "deliveries of a chunk before it is marked failed (default 5)", DefaultValueFactory = _ => 5 };
        var idle = new Option<int?>("--exit-when-idle") { Description = "stop after this many seconds without work (default: run until stopped)" };
        var filter = new Option<string>("--filter")
        {
            Description = "with --stream: the subjects to consume (default vigil.payments.in.>; a partition of the keys per worker keeps order per key)",
            DefaultValueFactory = _ => NatsNames.PaymentsInPrefix + ">",
        };
        var consumer = new Option<string>("--consumer") { Description = "with --stream: the durable consumer's name (default vigil-payments)", DefaultValueFactory = _ => NatsNames.PaymentsConsumer };
        var command = new Command("worker",
            "Take work from NATS JetStream until stopped: chunks of register rescreenings ('customers rescreen --via nats'), or with " +
            "--stream payment messages (MT103, pacs.008, JSON records), deciding pass or hold. Any number of workers may run, on any node " +
            "sharing the database.") { stream, nats, ackWait, maxDeliver, idle, filter, consumer };
        command.SetAction(parse => CommandGuard.Run("worker", () =>
        {
            var wait = parse.GetValue(ackWait);
            if (wait is < 3 or > 3600) throw new UsageException($"--ack-wait: {wait}; between 3 and 3600 seconds");
            var deliver = parse.GetValue(maxDeliver);
            if (deliver < 1) throw new UsageException($"--max-deliver: {deliver}; at least 1");
            var exitIdle = parse.GetValue(idle) is { } s ? TimeSpan.FromSeconds(s) : (TimeSpan?)null;
            var home = VigilHome.FromEnvironment();
            var url = NatsNames.Url(parse.GetValue(nats));
            using var stop = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
            using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
            try
            {
                if (parse.GetValue(stream))
                {
                    var worker = new PaymentStreamWorker(home, TimeProvider.System, Console.Error)
                    {
                        AckWait = TimeSpan.FromSeconds(wait), Filter = parse.GetValue(filter)!, Consumer = parse.GetValue(consumer)!,
                    };
                    worker.Run(url, exitIdle, stop.Token).GetAwaiter().GetResult();
                    Console.Error.WriteLine($"worker stream: {worker.Decided:N0} decisions, {worker.Dead:N0} dead letters");
                }
                else
                {
                    var worker = new RescreenWorker(home, TimeProvider.System, Console.Error) { AckWait = TimeSpan.FromSeconds(wait), MaxDeliver = deliver };
                    worker.Run(url, exitIdle, stop.Token).GetAwaiter().GetResult();
                    Console.Error.WriteLine($"worker {worker.Name}: {worker.ChunksDone:N0} chunks done");
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // stopped by a signal: the chunk or batch in hand is left unacknowledged and goes to another worker
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary><c>--nats URL</c>: the broker (default: <c>VIGIL_NATS</c>, else nats://127.0.0.1:4222).</summary>
    internal static Option<string?> NatsOption() =>
        new("--nats") { Description = $"the NATS server (default: $VIGIL_NATS, else {NatsNames.DefaultUrl})" };
}
