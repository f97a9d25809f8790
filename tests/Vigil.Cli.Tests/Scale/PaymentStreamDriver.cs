using System.Globalization;
using System.Text;
using System.Text.Json;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using Vigil.Tests.Shared;
using Vigil.Workflows.Distributed;

namespace Vigil.Cli.Tests.Scale;

/// <summary>
/// A stream of payment messages for <c>vigil worker --stream</c> and the checks on what comes out: message <c>i</c> is
/// <c>pay-i</c> on the subject its key gives (JSON records, MT103, pacs.008; 4 % name a listed party), plus two messages
/// that cannot be read. <see cref="VerifyAsync"/> checks exactly one decision per readable message, in the order of
/// its key, each the screening's (hold with explained hits, or pass), and each unreadable one dead-lettered once.
/// </summary>
internal sealed class PaymentStreamDriver(Func<int, string> keyOf)
{
    private readonly string _mt103 = Fixture("mt103-listed-beneficiary.txt");
    private readonly string _pacs = Fixture("pacs008-listed-beneficiary.xml");
    private readonly string _cleanMt = Fixture("mt103-clean-beneficiary.txt");
    private readonly HashSet<string> _listed = new(StringComparer.Ordinal);

    /// <summary>The two messages no worker can read, by id: published on the keys of messages 1 and 2.</summary>
    public Dictionary<string, byte[]> Dead { get; } = new(StringComparer.Ordinal)
    {
        ["bad-text"] = Encoding.UTF8.GetBytes("this is not a payment message at all"),
        ["bad-json"] = Encoding.UTF8.GetBytes("{\"id\": \"bad-json\", \"name\": "),
    };

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(SharedData.RepoRoot, "tests", "Vigil.Cli.Tests", "Fixtures", "text", name));

    public (string Subject, string Id, byte[] Body) Message(int i)
    {
        var id = "pay-" + i.ToString(CultureInfo.InvariantCulture);
        var subject = NatsNames.PaymentsInPrefix + keyOf(i);
        string body;
        switch (i % 100)
        {
            case 0: body = _mt103; _listed.Add(id); break;
            case 1: body = _pacs; _listed.Add(id); break;
            case 2: body = _cleanMt; break;
            case 3 or 4: body = JsonSerializer.Serialize(new { id, name = "Banco Nacional de Cuba", type = "organization" }); _listed.Add(id); break;
            default: body = JsonSerializer.Serialize(new { id, name = $"Anna Lindqvist {i}", type = "person", country = "SE" }); break;
        }
        return (subject, id, Encoding.UTF8.GetBytes(body));
    }

    /// <summary>Publishes one of <see cref="Dead"/> on the key of message <paramref name="i"/>.</summary>
    public Task PublishDead(NatsJSContext js, string id, int i, CancellationToken cancel) =>
        Publish(js, NatsNames.PaymentsInPrefix + keyOf(i), id, Dead[id], cancel);

    public static async Task Publish(NatsJSContext js, string subject, string id, byte[] body, CancellationToken cancel)
    {
        var ack = await js.PublishAsync(subject, body, opts: new NatsJSPubOpts { MsgId = id }, cancellationToken: cancel);
        ack.EnsureSuccess();
    }

    /// <summary>Publishes messages <paramref name="from"/>.. in order, 16 at a time: the order of each key in the stream is the order given.</summary>
    public async Task PublishRange(NatsJSContext js, int from, int count, CancellationToken cancel)
    {
        foreach (var chunk in Enumerable.Range(from, count).Select(Message).Chunk(16))
            await Task.WhenAll(chunk.Select(m => Publish(js, m.Subject, m.Id, m.Body, cancel)));
    }

    /// <summary>Messages in the decisions stream (decisions and dead letters).</summary>
    public static long Decided(NatsJSContext js)
    {
        var stream = js.GetStreamAsync(NatsNames.DecisionsStream).AsTask().GetAwaiter().GetResult();
        return (long)stream.Info.State.Messages;
    }

    /// <summary>Every named consumer has nothing pending and nothing unacknowledged.</summary>
    public static bool Settled(NatsJSContext js, params string[] consumers) => consumers.All(name =>
    {
        var consumer = js.GetConsumerAsync(NatsNames.PaymentsStream, name).AsTask().GetAwaiter().GetResult();
        return consumer.Info.NumPending == 0 && consumer.Info.NumAckPending == 0;
    });

    /// <summary>Checks the decisions of messages 0..<paramref name="count"/> and the dead letters (see the class summary).</summary>
    public async Task VerifyAsync(NatsJSContext js, int count, string listVersions, CancellationToken cancel)
    {
        var inputs = await ReadAll(js, NatsNames.PaymentsStream, cancel);
        var outputs = await ReadAll(js, NatsNames.DecisionsStream, cancel);
        var decisions = outputs.Where(m => m.Subject.StartsWith(NatsNames.PaymentsOutPrefix, StringComparison.Ordinal)).ToList();
        var letters = outputs.Where(m => m.Subject == NatsNames.DeadSubject).ToList();

        // Exactly one decision per readable input, none for anything else.
        var ids = decisions.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Enumerable.Range(0, count).Select(i => "pay-" + i.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal),
            ids.Order(StringComparer.Ordinal));
        // In the order of their key, on the key's own out subject.
        foreach (var key in inputs.Select(m => m.Subject[NatsNames.PaymentsInPrefix.Length..]).Distinct(StringComparer.Ordinal))
        {
            var sent = inputs.Where(m => m.Subject == NatsNames.PaymentsInPrefix + key && !Dead.ContainsKey(m.Id)).Select(m => m.Id).ToList();
            var got = decisions.Where(m => m.Subject == NatsNames.PaymentsOutPrefix + key).Select(m => m.Id).ToList();
            Assert.Equal(sent, got);
        }
        // Each decision is the screening's: listed parties held, with their hits explained; the others pass.
        foreach (var d in decisions)
        {
            using var doc = JsonDocument.Parse(d.Body);
            var root = doc.RootElement;
            Assert.Equal(d.Id, root.GetProperty("id").GetString());
            Assert.Equal(_listed.Contains(d.Id) ? "hold" : "pass", root.GetProperty("decision").GetString());
            Assert.Equal(listVersions, root.GetProperty("list_versions").GetString());
            if (_listed.Contains(d.Id))
                Assert.All(root.GetProperty("hits").EnumerateArray(), h => Assert.True(h.TryGetProperty("explanation", out _), d.Body));
        }
        // The unreadable ones: once each, original body, with the reason.
        Assert.Equal(Dead.Keys.Order(StringComparer.Ordinal), letters.Select(l => l.Headers!["Vigil-Id"].ToString()).Order(StringComparer.Ordinal));
        foreach (var letter in letters)
        {
            var id = letter.Headers!["Vigil-Id"].ToString();
            Assert.Equal(Dead[id], Encoding.UTF8.GetBytes(letter.Body));
            Assert.False(string.IsNullOrWhiteSpace(letter.Headers["Vigil-Reason"].ToString()));
        }
        Assert.Contains("not an MT103", letters.Single(l => l.Headers!["Vigil-Id"] == "bad-text").Headers!["Vigil-Reason"].ToString(), StringComparison.Ordinal);
        Assert.StartsWith("not JSON", letters.Single(l => l.Headers!["Vigil-Id"] == "bad-json").Headers!["Vigil-Reason"].ToString(), StringComparison.Ordinal);
    }

    private sealed record Stored(string Subject, string Id, string Body, NatsHeaders? Headers);

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
