using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NATS.Client.Core;
using NATS.Client.JetStream;
using Vigil.Store;
using Vigil.Workflows.Customers;
using Vigil.Workflows.Distributed;

namespace Vigil.Benchmarks;

/// <summary>
/// A paced load on the payment stream: payment messages published to <c>vigil.payments.in.KEY</c> at a fixed offered
/// rate for a fixed time, each decision's latency measured as it arrives on <c>vigil.payments.out.KEY</c>. A running
/// <c>vigil worker --stream</c> on the same broker does the deciding (docs/workers.md); scripts/bench-workers.sh starts both.
/// </summary>
/// <remarks>
/// <para><c>stream --names CUSTOMERS.csv [--nats URL] [--rate N] [--seconds S] [--keys K] [--drain S] [--fixtures DIR]</c>.
/// The mix: of every 100 messages, one MT103 with a listed beneficiary, one clean MT103, one pacs.008 with a listed
/// beneficiary, one clean pacs.008 (tests/Vigil.Cli.Tests/Fixtures/text), and 96 Vigil JSON records
/// (<c>{"id","name","type","birth_date","country"}</c>) made from the rows of the customer file in turn (vigil-generate
/// customers: generated names, and listed names in the share it was generated with). Every message has a unique
/// <c>Nats-Msg-Id</c> (<c>RUN-N</c>, RUN taken from the clock) and goes to one of K keys in turn.</para>
/// <para>Message N is due at N / rate seconds after the start; it is published (not waiting for the broker's
/// acknowledgement, which is checked afterwards) when due, and its send time is taken just before. The decisions are read
/// from a plain subscription to <c>vigil.payments.out.&gt;</c> and <c>vigil.payments.dead</c> opened before the first
/// message: latency = arrival − send time, on this process's one clock. Achieved decisions/s = decisions over the time from
/// the first send to the last decision. After the sending the run waits up to the drain time for the remaining
/// decisions; a message without a decision (or sent to the dead letters, or a subscription that dropped messages) fails the
/// run with exit status 1 and its ids. Results go to stdout, progress to stderr.</para>
/// </remarks>
internal static class StreamRun
{
    private const string Usage = "usage: stream --names CUSTOMERS.csv [--nats URL] [--rate N] [--seconds S] [--keys K] [--drain S] [--fixtures DIR]";

    public static int Run(string[] args)
    {
        string? names = null;
        string? url = null;
        var rate = 500.0;
        var seconds = 30.0;
        var keys = 64;
        var drain = 60.0;
        var fixtures = BenchData.RepoPath(Path.Combine("tests", "Vigil.Cli.Tests", "Fixtures", "text"));
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--names" when i + 1 < args.Length: names = Path.GetFullPath(args[++i]); break;
                case "--nats" when i + 1 < args.Length: url = args[++i]; break;
                case "--rate" when i + 1 < args.Length: rate = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seconds" when i + 1 < args.Length: seconds = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--keys" when i + 1 < args.Length: keys = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--drain" when i + 1 < args.Length: drain = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--fixtures" when i + 1 < args.Length: fixtures = Path.GetFullPath(args[++i]); break;
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }
        if (names is null || rate <= 0 || seconds <= 0 || keys < 1 || drain < 0)
        {
            Console.Error.WriteLine(Usage + "\n--names is required; --rate, --seconds and --keys must be positive");
            return 2;
        }
        var count = (int)Math.Round(rate * seconds);
        var run = "b" + DateTime.UtcNow.ToString("yyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var messages = Messages(run, count, keys, CustomerFile.Read(names), fixtures);
        Console.Error.WriteLine($"{count:N0} messages ({messages.Count(m => m.Format != "json"):N0} MT103/pacs.008) over {keys} keys, run id {run}");
        return Measure(NatsNames.Url(url), rate, seconds, TimeSpan.FromSeconds(drain), run, messages).GetAwaiter().GetResult();
    }

    /// <summary>One message to publish: its subject, id, body and format (for the report).</summary>
    private sealed record Message(string Subject, string Id, byte[] Body, string Format);

    private static List<Message> Messages(string run, int count, int keys, IReadOnlyList<CustomerRecord> customers, string fixtures)
    {
        if (customers.Count == 0) throw new InvalidOperationException("the customer file has no rows to make payment records from");
        byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(fixtures, name));
        var texts = new (byte[] Body, string Format)[]
        {
            (Fixture("mt103-listed-beneficiary.txt"), "mt103"), (Fixture("mt103-clean-beneficiary.txt"), "mt103"),
            (Fixture("pacs008-listed-beneficiary.xml"), "pacs008"), (Fixture("pacs008-clean-beneficiary.xml"), "pacs008"),
        };
        var list = new List<Message>(count);
        var next = 0;
        for (var n = 0; n < count; n++)
        {
            var id = run + "-" + n.ToString(CultureInfo.InvariantCulture);
            var subject = NatsNames.PaymentsInPrefix + "k" + (n % keys).ToString(CultureInfo.InvariantCulture);
            if (n % 100 < texts.Length)
            {
                var (body, format) = texts[n % 100];
                list.Add(new Message(subject, id, body, format));
                continue;
            }
            var c = customers[next++ % customers.Count];
            var buffer = new ArrayBufferWriter<byte>(256);
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteString("name", c.Name);
                if (c.Type.Length > 0) json.WriteString("type", c.Type);
                if (c.BirthDate.Length > 0) json.WriteString("birth_date", c.BirthDate);
                if (c.Country.Length > 0) json.WriteString("country", c.Country);
                json.WriteEndObject();
            }
            list.Add(new Message(subject, id, buffer.WrittenSpan.ToArray(), "json"));
        }
        return list;
    }

    // Over 80 lines on purpose: one measurement read top to bottom (subscribe, paced sending, drain, report), sharing the
    // arrays of send and arrival times.
    private static async Task<int> Measure(string url, double rate, double seconds, TimeSpan drain, string run, List<Message> messages)
    {
        var count = messages.Count;
        var sentAt = new long[count];
        var decidedAt = new long[count];
        var holds = 0;
        var dropped = 0;
        var duplicates = 0;
        var others = 0;
        var dead = new List<string>();
        var decided = 0;
        var deadCount = 0;
        // A large pending buffer: the reader only stamps arrivals, but a slow consumer would drop messages, and a drop
        // is reported as a failure rather than lost silently.
        await using var nats = new NatsConnection(new NatsOpts
        {
            Url = url, Name = "vigil-bench-stream", ConnectTimeout = TimeSpan.FromSeconds(5), RequestTimeout = TimeSpan.FromSeconds(10),
            SubPendingChannelCapacity = Math.Max(count, 1024) * 2,
        });
        nats.MessageDropped += (_, _) => { Interlocked.Increment(ref dropped); return ValueTask.CompletedTask; };
        var js = new NatsJSContext(nats);
        try
        {
            await nats.ConnectAsync();
            await NatsNames.EnsurePaymentStreams(js, CancellationToken.None);
        }
        catch (Exception e) when (e is NatsException or NatsJSException or TimeoutException)
        {
            Console.Error.WriteLine($"NATS at {url}: {e.Message}");
            return 1;
        }
        var prefix = run + "-";
        var all = new TaskCompletionSource();
        await using var outs = await nats.SubscribeCoreAsync<byte[]>(NatsNames.PaymentsOutPrefix + ">", cancellationToken: CancellationToken.None);
        await using var letters = await nats.SubscribeCoreAsync<byte[]>(NatsNames.DeadSubject, cancellationToken: CancellationToken.None);
        // Both readers end when their subscription is closed after the drain; an exception in one fails the run.
        var reader = Task.Run(async () =>
        {
            await foreach (var msg in outs.Msgs.ReadAllAsync())
            {
                var arrived = Stopwatch.GetTimestamp();
                if (Index(Header(msg.Headers, "Nats-Msg-Id"), prefix) is not { } n || n >= count) { Interlocked.Increment(ref others); continue; }
                if (decidedAt[n] != 0) { duplicates++; continue; }
                decidedAt[n] = arrived;
                using (var doc = JsonDocument.Parse(msg.Data))
                    if (doc.RootElement.GetProperty("decision").GetString() == "hold") holds++;
                if (Interlocked.Increment(ref decided) + Volatile.Read(ref deadCount) >= count) all.TrySetResult();
            }
        });
        var deadReader = Task.Run(async () =>
        {
            await foreach (var msg in letters.Msgs.ReadAllAsync())
            {
                if (Index(Header(msg.Headers, "Vigil-Id"), prefix) is null) { Interlocked.Increment(ref others); continue; }
                dead.Add($"{Header(msg.Headers, "Vigil-Id")}: {Header(msg.Headers, "Vigil-Reason")}");
                if (Interlocked.Increment(ref deadCount) + Volatile.Read(ref decided) >= count) all.TrySetResult();
            }
        });

        // Paced sending: message n is due n / rate s after the start; the acknowledgements are collected, not awaited.
        var acks = new Task<NATS.Client.JetStream.Models.PubAckResponse>[count];
        var frequency = Stopwatch.Frequency;
        var start = Stopwatch.GetTimestamp();
        long lagMax = 0;
        for (var n = 0; n < count; n++)
        {
            var due = start + (long)(n * frequency / rate);
            var now = Stopwatch.GetTimestamp();
            if (due > now) await Task.Delay(TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond, (due - now) * TimeSpan.TicksPerSecond / frequency)));
            var m = messages[n];
            sentAt[n] = Stopwatch.GetTimestamp();
            lagMax = Math.Max(lagMax, sentAt[n] - due);
            acks[n] = js.PublishAsync(m.Subject, m.Body, opts: new NatsJSPubOpts { MsgId = m.Id }).AsTask();
            if (n > 0 && n % (int)Math.Max(rate * 5, 1) == 0) Console.Error.WriteLine($"sent {n:N0}, decided {Volatile.Read(ref decided):N0}");
        }
        var sendEnd = Stopwatch.GetTimestamp();
        var refused = 0;
        foreach (var ack in acks)
        {
            try
            {
                var response = await ack;
                response.EnsureSuccess();
                if (response.Duplicate) refused++;
            }
            catch (Exception e) when (e is NatsException or NatsJSException or TimeoutException)
            {
                refused++;
                if (refused <= 5) Console.Error.WriteLine($"publish failed: {e.Message}");
            }
        }
        Console.Error.WriteLine($"sent {count:N0} in {Seconds(sendEnd - start):0.0} s; waiting up to {drain.TotalSeconds:0} s for the remaining decisions");
        await Task.WhenAny(all.Task, Task.Delay(drain));
        var waited = Stopwatch.GetTimestamp();
        await outs.UnsubscribeAsync();
        await letters.UnsubscribeAsync();
        await Task.WhenAll(reader, deadReader);

        var latencies = new List<long>(count);
        long last = 0;
        var missing = new List<string>();
        for (var n = 0; n < count; n++)
        {
            if (decidedAt[n] == 0) { missing.Add(messages[n].Id); continue; }
            latencies.Add(decidedAt[n] - sentAt[n]);
            last = Math.Max(last, decidedAt[n]);
        }
        latencies.Sort();
        var got = latencies.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"offered_rate {rate:0} msg/s for {seconds:0} s: sent {count} ({messages.Count(m => m.Format == "mt103")} MT103, {messages.Count(m => m.Format == "pacs008")} pacs.008), publisher lag max {Millis(lagMax):0.0} ms, sending took {Seconds(sendEnd - start):0.00} s"));
        Console.WriteLine($"decided {got} of {count} (hold {holds}, pass {got - holds}); dead letters {dead.Count}; missing {missing.Count}; publish refused or duplicate {refused}; dropped by the subscription {dropped}; repeated decisions {duplicates}");
        if (got > 0)
        {
            var achieved = got / Seconds(last - start);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"decisions_per_s {achieved:0} (first send to last decision: {Seconds(last - start):0.00} s)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"latency_ms p50 {Millis(Percentile(latencies, 0.50)):0.0} p90 {Millis(Percentile(latencies, 0.90)):0.0} p99 {Millis(Percentile(latencies, 0.99)):0.0} max {Millis(latencies[^1]):0.0}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {rate:N0} | {achieved:N0} | {Millis(Percentile(latencies, 0.50)):N0} ms | {Millis(Percentile(latencies, 0.90)):N0} ms | {Millis(Percentile(latencies, 0.99)):N0} ms | {Millis(latencies[^1]):N0} ms | {got:N0} / {count:N0} |"));
        }
        var failed = missing.Count > 0 || dead.Count > 0 || refused > 0 || dropped > 0;
        if (missing.Count > 0)
            Console.Error.WriteLine($"FAILED: {missing.Count} messages got no decision within {Seconds(waited - sendEnd):0} s after the sending, e.g. {string.Join(", ", missing.Take(10))}");
        foreach (var letter in dead.Take(10)) Console.Error.WriteLine($"FAILED: dead letter {letter}");
        if (refused > 0) Console.Error.WriteLine($"FAILED: {refused} publishes were refused or taken as duplicates by the broker");
        if (dropped > 0) Console.Error.WriteLine($"FAILED: the subscription dropped {dropped} messages; the latencies are incomplete");
        if (others > 0) Console.Error.WriteLine($"note: {others} decisions of other runs arrived meanwhile");
        return failed ? 1 : 0;
    }

    private static string? Header(NatsHeaders? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var value) ? value.ToString() : null;

    /// <summary>N of a <c>RUN-N</c> message id of this run, else null.</summary>
    private static int? Index(string? id, string prefix) =>
        id is not null && id.StartsWith(prefix, StringComparison.Ordinal)
        && int.TryParse(id.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>Nearest-rank percentile of a sorted sample.</summary>
    private static long Percentile(List<long> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;

    private static double Millis(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
