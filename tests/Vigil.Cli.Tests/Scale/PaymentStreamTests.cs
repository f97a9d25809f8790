using System.Globalization;
using System.Text;
using System.Text.Json;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
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
    private const int Keys = 16;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(SharedData.RepoRoot, "tests", "Vigil.Cli.Tests", "Fixtures", "text", name));

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

        var mt103 = Fixture("mt103-listed-beneficiary.txt");
        var pacs = Fixture("pacs008-listed-beneficiary.xml");
        var cleanMt = Fixture("mt103-clean-beneficiary.txt");
        var listed = new HashSet<string>(StringComparer.Ordinal);
        (string Subject, string Id, byte[] Body) Message(int i)
        {
            var id = "pay-" + i.ToString(CultureInfo.InvariantCulture);
            var subject = NatsNames.PaymentsInPrefix + "k" + (i % Keys).ToString(CultureInfo.InvariantCulture);
            string body;
            switch (i % 100)
            {
                case 0: body = mt103; listed.Add(id); break;
                case 1: body = pacs; listed.Add(id); break;
                case 2: body = cleanMt; break;
                case 3 or 4: body = JsonSerializer.Serialize(new { id, name = "Banco Nacional de Cuba", type = "organization" }); listed.Add(id); break;
                default: body = JsonSerializer.Serialize(new { id, name = $"Anna Lindqvist {i}", type = "person", country = "SE" }); break;
            }
            return (subject, id, Encoding.UTF8.GetBytes(body));
        }

        // Two messages that cannot be read, among the first half.
        var dead = new Dictionary<string, byte[]>
        {
            ["bad-text"] = Encoding.UTF8.GetBytes("this is not a payment message at all"),
            ["bad-json"] = Encoding.UTF8.GetBytes("{\"id\": \"bad-json\", \"name\": "),
        };
        await Publish(js, NatsNames.PaymentsInPrefix + "k1", "bad-text", dead["bad-text"], cancel.Token);
        await PublishRange(js, Enumerable.Range(0, MessageCount / 2).Select(Message), cancel.Token);
        await Publish(js, NatsNames.PaymentsInPrefix + "k2", "bad-json", dead["bad-json"], cancel.Token);

        string[] worker = ["worker", "--stream", "--ack-wait", "5", "--exit-when-idle", "60"];
        using (var first = VigilProcess.Start(home, env, worker))
        {
            Wait.Until(() => Decided(js) >= 1_000, Timeout, () => "1,000 decisions\n" + first.Output);
            first.Kill();
        }
        var atKill = Decided(js);
        await PublishRange(js, Enumerable.Range(MessageCount / 2, MessageCount / 2).Select(Message), cancel.Token);
        using var second = VigilProcess.Start(home, env, worker);
        Wait.Until(() => Decided(js) >= MessageCount + dead.Count && Settled(js), Timeout,
            () => $"{MessageCount + dead.Count} messages decided and acknowledged; {Decided(js)} so far\n{second.Output}");
        Assert.True(atKill < MessageCount, $"the worker was killed after {atKill} decisions");

        var inputs = await ReadAll(js, NatsNames.PaymentsStream, cancel.Token);
        var outputs = await ReadAll(js, NatsNames.DecisionsStream, cancel.Token);
        var decisions = outputs.Where(m => m.Subject.StartsWith(NatsNames.PaymentsOutPrefix, StringComparison.Ordinal)).ToList();
        var letters = outputs.Where(m => m.Subject == NatsNames.DeadSubject).ToList();

        // Exactly one decision per readable input, none for anything else.
        var ids = decisions.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Enumerable.Range(0, MessageCount).Select(i => "pay-" + i.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal),
            ids.Order(StringComparer.Ordinal));
        // In the order of their key, on the key's own out subject.
        foreach (var key in Enumerable.Range(0, Keys).Select(k => "k" + k.ToString(CultureInfo.InvariantCulture)))
        {
            var sent = inputs.Where(m => m.Subject == NatsNames.PaymentsInPrefix + key && !dead.ContainsKey(m.Id)).Select(m => m.Id).ToList();
            var got = decisions.Where(m => m.Subject == NatsNames.PaymentsOutPrefix + key).Select(m => m.Id).ToList();
            Assert.Equal(sent, got);
        }
        // Each decision is the screening's: listed parties held, with their hits explained; the others pass.
        foreach (var d in decisions)
        {
            using var doc = JsonDocument.Parse(d.Body);
            var root = doc.RootElement;
            Assert.Equal(d.Id, root.GetProperty("id").GetString());
            Assert.Equal(listed.Contains(d.Id) ? "hold" : "pass", root.GetProperty("decision").GetString());
            Assert.Equal("ofac-sdn:1", root.GetProperty("list_versions").GetString());
            if (listed.Contains(d.Id))
                Assert.All(root.GetProperty("hits").EnumerateArray(), h => Assert.True(h.TryGetProperty("explanation", out _), d.Body));
        }
        // The unreadable ones: once each, original body, with the reason.
        Assert.Equal(dead.Keys.Order(StringComparer.Ordinal), letters.Select(l => l.Headers!["Vigil-Id"].ToString()).Order(StringComparer.Ordinal));
        foreach (var letter in letters)
        {
            var id = letter.Headers!["Vigil-Id"].ToString();
            Assert.Equal(dead[id], Encoding.UTF8.GetBytes(letter.Body));
            Assert.False(string.IsNullOrWhiteSpace(letter.Headers["Vigil-Reason"].ToString()));
        }
        Assert.Contains("not an MT103", letters.Single(l => l.Headers!["Vigil-Id"] == "bad-text").Headers!["Vigil-Reason"].ToString(), StringComparison.Ordinal);
        Assert.StartsWith("not JSON", letters.Single(l => l.Headers!["Vigil-Id"] == "bad-json").Headers!["Vigil-Reason"].ToString(), StringComparison.Ordinal);
    }

    private sealed record Stored(string Subject, string Id, string Body, NatsHeaders? Headers);

    private static async Task Publish(NatsJSContext js, string subject, string id, byte[] body, CancellationToken cancel)
    {
        var ack = await js.PublishAsync(subject, body, opts: new NatsJSPubOpts { MsgId = id }, cancellationToken: cancel);
        ack.EnsureSuccess();
    }

    /// <summary>Publishes in order, one at a time per key: the order of each key in the stream is the order given.</summary>
    private static async Task PublishRange(NatsJSContext js, IEnumerable<(string Subject, string Id, byte[] Body)> messages, CancellationToken cancel)
    {
        foreach (var chunk in messages.Chunk(Keys))
            await Task.WhenAll(chunk.Select(m => Publish(js, m.Subject, m.Id, m.Body, cancel)));
    }

    private static long Decided(NatsJSContext js)
    {
        var stream = js.GetStreamAsync(NatsNames.DecisionsStream).AsTask().GetAwaiter().GetResult();
        return (long)stream.Info.State.Messages;
    }

    private static bool Settled(NatsJSContext js)
    {
        var consumer = js.GetConsumerAsync(NatsNames.PaymentsStream, NatsNames.PaymentsConsumer).AsTask().GetAwaiter().GetResult();
        return consumer.Info.NumPending == 0 && consumer.Info.NumAckPending == 0;
    }

    /// <summary>Every message of a stream in stream order (an ordered consumer, bounded by the stream's count).</summary>
    private static async Task<List<Stored>> ReadAll(NatsJSContext js, string streamName, CancellationToken cancel)
    {
        var stream = await js.GetStreamAsync(streamName, cancellationToken: cancel);
        var count = (long)stream.Info.State.Messages;
        var consumer = await js.CreateOrderedConsumerAsync(streamName, cancellationToken: cancel);
        var list = new List<Stored>();
        if (count == 0) return list;
        await foreach (var msg in consumer.ConsumeAsync<byte[]>(cancellationToken: cancel))
        {
            list.Add(new Stored(msg.Subject, msg.Headers?["Nats-Msg-Id"].ToString() ?? "", Encoding.UTF8.GetString(msg.Data ?? []), msg.Headers));
            if (list.Count == count) break;
        }
        return list;
    }
}
