using System.Globalization;
using NATS.Client.Core;
using NATS.Client.JetStream;
using Vigil.Cli.Tests.Customers;
using Vigil.Tests.Shared;
using Vigil.Workflows.Distributed;

namespace Vigil.Cli.Tests.Scale;

/// <summary>
/// 10,000 payment messages (JSON records, MT103, pacs.008) through a real <c>vigil worker --stream</c> that is killed
/// and restarted in the middle: every input gets exactly one decision, in the order of its key, and the messages that
/// cannot be read land on the dead-letter subject with their reason and original body.
/// </summary>
[Collection(NatsCollection.Name)]
public sealed class PaymentStreamTests(NatsServer nats)
{
    private const int MessageCount = 10_000;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Every_payment_gets_one_decision_in_key_order_across_a_worker_restart()
    {
        using var dir = new TempDirectory("vigil-stream-");
        var home = Path.Combine(dir.Path, "home");
        VigilCli.Ok(home, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));
        var env = new Dictionary<string, string> { ["VIGIL_NATS"] = nats.Url };

        await using var connection = new NatsConnection(new NatsOpts { Url = nats.Url });
        var js = new NatsJSContext(connection);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await NatsNames.EnsurePaymentStreams(js, cancel.Token);
        var stream = new PaymentStreamDriver(i => "k" + (i % 16).ToString(CultureInfo.InvariantCulture));

        // Two messages that cannot be read, among the first half.
        await stream.PublishDead(js, "bad-text", 1, cancel.Token);
        await stream.PublishRange(js, 0, MessageCount / 2, cancel.Token);
        await stream.PublishDead(js, "bad-json", 2, cancel.Token);

        string[] worker = ["worker", "--stream", "--ack-wait", "5", "--exit-when-idle", "60"];
        using (var first = VigilProcess.Start(home, env, worker))
        {
            Wait.Until(() => PaymentStreamDriver.Decided(js) >= 1_000, Timeout, () => "1,000 decisions\n" + first.Output);
            first.Kill();
        }
        var atKill = PaymentStreamDriver.Decided(js);
        await stream.PublishRange(js, MessageCount / 2, MessageCount / 2, cancel.Token);
        using var second = VigilProcess.Start(home, env, worker);
        Wait.Until(() => PaymentStreamDriver.Decided(js) >= MessageCount + stream.Dead.Count && PaymentStreamDriver.Settled(js, NatsNames.PaymentsConsumer), Timeout,
            () => $"{MessageCount + stream.Dead.Count} messages decided and acknowledged; {PaymentStreamDriver.Decided(js)} so far\n{second.Output}");
        Assert.True(atKill < MessageCount, $"the worker was killed after {atKill} decisions");

        await stream.VerifyAsync(js, MessageCount, "ofac-sdn:1", cancel.Token);
    }
}
