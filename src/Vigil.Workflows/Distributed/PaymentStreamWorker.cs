using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using Vigil.Contracts;
using Vigil.Core.FreeText;
using Vigil.Core.Screening;
using Vigil.Store;
using Vigil.Workflows.Audit;
using Vigil.Workflows.Screening;
using Vigil.Workflows.Text;

namespace Vigil.Workflows.Distributed;

/// <summary>
/// <c>vigil worker --stream</c>: screens payment messages (MT103, pacs.008 or a Vigil JSON record) from
/// <c>vigil.payments.in.KEY</c> and publishes a decision to <c>vigil.payments.out.KEY</c> (docs/workers.md).
/// </summary>
/// <remarks>
/// <para>The input is acknowledged only after the broker acknowledged the decision, and the decision carries the input's
/// id as <c>Nats-Msg-Id</c>: a worker killed between the two has the input delivered again, and the decision published
/// again is dropped by the decisions stream's duplicate window. Nothing is lost across a restart (the consumer is durable)
/// and nothing is decided twice within the window.</para>
/// <para>Order per key: the worker takes a batch, screens it in parallel, then publishes per key in stream order, one
/// message of a key at a time (keys in parallel), and takes the next batch only when the batch is settled. A publish
/// that fails stops its key: that message and the later ones of its key are returned to the broker, unacknowledged, in
/// order. A worker starting while a stopped one's messages are unacknowledged waits one ack wait, so that they are
/// delivered again before anything newer. One process per consumer keeps the order; to spread keys over several processes give each its own consumer
/// and a filter covering a partition of the keys (<c>--filter</c>, <c>--consumer</c>).</para>
/// <para>A message that cannot be read (not UTF-8, not an MT103, a pacs.008 or a JSON record, a field at fault) goes to
/// <c>vigil.payments.dead</c> with its original body and the reason in the <c>Vigil-Reason</c> header, and is acknowledged.</para>
/// </remarks>
public sealed partial class PaymentStreamWorker(VigilHome home, TimeProvider time, TextWriter log)
{
    /// <summary>How long the broker waits for an acknowledgement before delivering a message again.</summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Messages taken per batch.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>The subjects this worker consumes.</summary>
    public string Filter { get; init; } = NatsNames.PaymentsInPrefix + ">";

    /// <summary>The durable consumer's name.</summary>
    public string Consumer { get; init; } = NatsNames.PaymentsConsumer;

    /// <summary>Decisions published (and inputs acknowledged) by this process.</summary>
    public long Decided { get; private set; }

    /// <summary>Messages sent to the dead-letter subject by this process.</summary>
    public long Dead { get; private set; }

    private Loaded? _loaded;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    private sealed record Loaded(string Key, IndexLoader Index, FreeTextScreener Text);

    /// <summary>What one message came to: a decision to publish, or a reason to send it to the dead letters.</summary>
    private sealed record Result(string? Id, PaymentDecision? Decision, string? DeadReason, string Input, int Hits);

    /// <summary>Consumes until <paramref name="cancel"/> fires (or, with <paramref name="exitWhenIdle"/>, until nothing came for that long).</summary>
    public async Task Run(string natsUrl, TimeSpan? exitWhenIdle, CancellationToken cancel)
    {
        await using var nats = NatsNames.Connect(natsUrl, "vigil-worker-stream");
        var js = new NatsJSContext(nats);
        INatsJSConsumer consumer;
        try
        {
            await NatsNames.EnsurePaymentStreams(js, cancel);
            consumer = await js.CreateOrUpdateConsumerAsync(NatsNames.PaymentsStream, new ConsumerConfig(Consumer)
            {
                AckPolicy = ConsumerConfigAckPolicy.Explicit,
                AckWait = AckWait,
                MaxDeliver = -1, // never give up on a message that could be read: nothing is lost
                FilterSubject = Filter,
                MaxAckPending = BatchSize * 4,
            }, cancel);
        }
        catch (Exception e) when (e is NatsJSException or NatsException or TimeoutException)
        {
            throw NatsNames.Unreachable(natsUrl, e);
        }
        await log.WriteLineAsync($"worker stream: consuming {Filter} as {Consumer} at {natsUrl}");
        // Messages a stopped worker took and did not acknowledge come back only when their ack wait runs out, while newer
        // ones would be delivered at once: wait for them, so they are delivered first (the broker redelivers before it
        // delivers anything new) and the order per key holds across a restart.
        if (consumer.Info.NumAckPending > 0)
        {
            var wait = AckWait + AckWait / 5 + TimeSpan.FromSeconds(1);
            await log.WriteLineAsync($"worker stream: {consumer.Info.NumAckPending} messages are held by a stopped worker; waiting {wait.TotalSeconds:F0} s for them to come back first");
            await Task.Delay(wait, cancel);
        }
        var idleSince = time.GetUtcNow();
        var recorder = new ScreeningRecorder(home, time);
        while (!cancel.IsCancellationRequested)
        {
            // Wait (up to 1 s) for one message only, then take what else is already waiting: a fetch of a full batch waits
            // until the batch fills or its expiry ends, which held every message of a quiet stream for that second
            // (p50 0.8 s at 200 msg/s, docs/performance-scale.md); under load the batch still fills at once.
            var batch = new List<INatsJSMsg<byte[]>>(BatchSize);
            if (await consumer.NextAsync<byte[]>(opts: new NatsJSNextOpts { Expires = TimeSpan.FromSeconds(1) }, cancellationToken: cancel) is { } first)
            {
                batch.Add(first);
                await foreach (var msg in consumer.FetchNoWaitAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = BatchSize - 1 }, cancellationToken: cancel))
                    batch.Add(msg);
            }
            if (batch.Count == 0)
            {
                if (exitWhenIdle is { } idle && time.GetUtcNow() - idleSince >= idle) break;
                continue;
            }
            idleSince = time.GetUtcNow();
            var loaded = Index();
            var results = new Result[batch.Count];
            Parallel.For(0, batch.Count, i => results[i] = Screen(loaded, batch[i]));
            // Proof of screening for every message decided, written before the decisions leave.
            recorder.Record(IScreeningStore.EngineReviewer, "stream.payment", loaded.Index.Lists.Versions, loaded.Index.Screener.Index.Profile.Id,
                [.. results.Where(r => r.Decision is not null).Select(r => new ScreenedItem(r.Id, r.Input, r.Hits, r.Hits))]);
            var byKey = Enumerable.Range(0, batch.Count).GroupBy(i => batch[i].Subject, StringComparer.Ordinal);
            await Task.WhenAll(byKey.Select(group => Settle(js, batch, results, [.. group], cancel)));
        }
    }

    /// <summary>Publishes the results of one key in order, acknowledging each input after its publish was acknowledged.</summary>
    private async Task Settle(NatsJSContext js, List<INatsJSMsg<byte[]>> batch, Result[] results, int[] order, CancellationToken cancel)
    {
        for (var n = 0; n < order.Length; n++)
        {
            var msg = batch[order[n]];
            var result = results[order[n]];
            try
            {
                var seq = msg.Metadata?.Sequence.Stream ?? 0;
                if (result.Decision is { } decision)
                {
                    var key = msg.Subject.StartsWith(NatsNames.PaymentsInPrefix, StringComparison.Ordinal) ? msg.Subject[NatsNames.PaymentsInPrefix.Length..] : msg.Subject;
                    var body = JsonSerializer.SerializeToUtf8Bytes(decision, VigilJson.Compact.PaymentDecision);
                    await Publish(js, NatsNames.PaymentsOutPrefix + key, body, decision.Id, null, cancel);
                }
                else
                {
                    var headers = new NatsHeaders { ["Vigil-Reason"] = Header(result.DeadReason!), ["Vigil-Subject"] = msg.Subject };
                    if (result.Id is not null) headers["Vigil-Id"] = Header(result.Id);
                    await Publish(js, NatsNames.DeadSubject, msg.Data ?? [], $"dead-{result.Id ?? "seq-" + seq.ToString(CultureInfo.InvariantCulture)}", headers, cancel);
                }
                await msg.AckAsync(cancellationToken: cancel);
                if (result.Decision is not null) Decided++;
                else Dead++;
            }
            catch (Exception e) when (e is NatsJSException or NatsException or TimeoutException)
            {
                await log.WriteLineAsync($"worker stream: {msg.Subject}: publishing failed ({e.Message}); the message and the later ones of its key go back to the broker");
                for (var rest = n; rest < order.Length; rest++)
                {
                    try { await batch[order[rest]].NakAsync(cancellationToken: cancel); }
                    catch (Exception nak) when (nak is NatsException or TimeoutException) { break; } // not acknowledged: redelivered after the ack wait
                }
                return;
            }
        }
    }

    private static async Task Publish(NatsJSContext js, string subject, byte[] body, string id, NatsHeaders? headers, CancellationToken cancel)
    {
        var ack = await js.PublishAsync(subject, body, opts: new NatsJSPubOpts { MsgId = id }, headers: headers, cancellationToken: cancel);
        if (!ack.Duplicate) ack.EnsureSuccess();
    }

    /// <summary>A header value on one line.</summary>
    private static string Header(string value) => value.Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>Screens one message; never throws for a message that cannot be read.</summary>
    private Result Screen(Loaded loaded, INatsJSMsg<byte[]> msg)
    {
        var headerId = msg is NatsJSMsg<byte[]> { Headers: { } h } && h.TryGetValue("Nats-Msg-Id", out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString() : null;
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(msg.Data ?? []);
        }
        catch (DecoderFallbackException e)
        {
            return new Result(headerId, null, $"not UTF-8 text: {e.Message}", "", 0);
        }
        if (string.IsNullOrWhiteSpace(text)) return new Result(headerId, null, "empty message", text, 0);
        var profile = loaded.Index.Screener.Index.Profile;
        try
        {
            // An MT103 starts with '{' too ({1:...}): the message formats are recognised first.
            var format = ScreenText.Detect(text);
            if (format == TextFormat.Text && text.TrimStart().StartsWith('{')) return ScreenRecord(loaded, text, headerId);
            if (format == TextFormat.Text) return new Result(headerId, null, "not an MT103, a pacs.008 or a JSON record", text, 0);
            var id = headerId ?? Reference(text, format);
            if (id is null) return new Result(null, null, format == TextFormat.Mt103 ? "no message id: no Nats-Msg-Id header and no field 20" : "no message id: no Nats-Msg-Id header and no MsgId", text, 0);
            var hits = ScreenText.Run(loaded.Text, text, format, new FreeTextOptions(profile.AlertThreshold, Explain: true))
                .Where(hit => hit.Mention.Hit.Score >= profile.AlertThreshold).ToList();
            return new Result(id, Decide(loaded, id, format == TextFormat.Mt103 ? "mt103" : "pacs008", [.. hits.Select(hit => Mention.From(hit.Mention, hit.Field, explain: true))]), null, text, hits.Count);
        }
        catch (VigilException e)
        {
            return new Result(headerId, null, e.Message, text, 0);
        }
    }

    /// <summary>A Vigil JSON record: <c>{"id", "name", "type", "birth_date", "country", "id_number"}</c> as <c>POST /api/v1/screen</c> takes it.</summary>
    private Result ScreenRecord(Loaded loaded, string text, string? headerId)
    {
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(text);
            root = doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return new Result(headerId, null, $"not JSON: {e.Message}", text, 0);
        }
        string? Field(string name) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var p)
            ? p.ValueKind switch { JsonValueKind.String => p.GetString(), JsonValueKind.Number => p.GetRawText(), _ => null } : null;
        var id = headerId ?? Field("id");
        if (id is null) return new Result(null, null, "no message id: no Nats-Msg-Id header and no \"id\" field", text, 0);
        var fields = new QueryFields(Field("name"), Field("type"), Field("birth_date"), Field("country"), Field("id_number"));
        if (!fields.TryCreate(out var query, out var error)) return new Result(id, null, error, text, 0);
        var profile = loaded.Index.Screener.Index.Profile;
        var hits = loaded.Index.Screener.Search(query, new SearchOptions(Top: 10, MinScore: profile.AlertThreshold, Explain: true));
        var mentions = hits.Select(hit => new Mention(0, query.Name.Length, query.Name, hit.Entity.Source, hit.Entity.SourceId, hit.MatchedName,
            Wire.Round(hit.Score), "name", hit.Profile.Id, Wire.Name(MentionRule.Name),
            hit.Explanation is { } e ? HitExplanation.From(e, hit.MatchedRole) : null, hit.Version?.Number, hit.Version?.Id)).ToList();
        return new Result(id, Decide(loaded, id, "record", mentions), null, ScreeningRecorder.Canonical(query), hits.Count);
    }

    private PaymentDecision Decide(Loaded loaded, string id, string format, List<Mention> hits) =>
        new(id, hits.Count > 0 ? "hold" : "pass", format, hits, loaded.Key, loaded.Index.Screener.Index.Profile.Id, time.GetUtcNow());

    /// <summary>The message's own reference: MT103 field 20, pacs.008 group header <c>MsgId</c>.</summary>
    private static string? Reference(string text, TextFormat format)
    {
        var match = format == TextFormat.Mt103 ? Mt103Reference().Match(text) : Pacs008Reference().Match(text);
        return match.Success && match.Groups[1].Value.Trim() is { Length: > 0 } id ? id : null;
    }

    [GeneratedRegex(@"(?m)^:20:([^\r\n]+)")]
    private static partial Regex Mt103Reference();

    [GeneratedRegex(@"<(?:\w+:)?MsgId>\s*([^<]+?)\s*</(?:\w+:)?MsgId>")]
    private static partial Regex Pacs008Reference();

    /// <summary>The index of the active lists, reloaded when they moved (checked every 5 seconds).</summary>
    private Loaded Index()
    {
        if (_loaded is not null && time.GetUtcNow() - _checkedAt < TimeSpan.FromSeconds(5)) return _loaded;
        _checkedAt = time.GetUtcNow();
        string key;
        using (var vigil = home.OpenStore()) key = string.Join(",", vigil.Lists.ActiveVersions().Select(v => $"{v.Source}:{v.Id}"));
        if (_loaded?.Key == key) return _loaded;
        var index = IndexLoader.Load(home);
        _loaded = new Loaded(index.Lists.Key, index, new FreeTextScreener(index.Screener));
        log.WriteLine($"worker stream: index loaded for {_loaded.Key} ({index.Screener.Index.Profile.Id})");
        return _loaded;
    }
}
