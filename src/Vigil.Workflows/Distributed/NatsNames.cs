using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Vigil.Workflows.Distributed;

/// <summary>The broker's address and the streams, subjects and consumers Vigil uses on it (docs/workers.md).</summary>
public static class NatsNames
{
    /// <summary>The broker when neither <c>--nats</c> nor <c>VIGIL_NATS</c> names one.</summary>
    public const string DefaultUrl = "nats://127.0.0.1:4222";

    /// <summary>The work-queue stream of rescreening chunks: each message is taken by one worker and removed when acked.</summary>
    public const string WorkStream = "VIGIL_WORK";

    /// <summary>Chunks of job N are published to <c>vigil.rescreen.N</c>.</summary>
    public const string RescreenPrefix = "vigil.rescreen.";

    /// <summary>The durable pull consumer every rescreen worker shares.</summary>
    public const string RescreenConsumer = "vigil-rescreen";

    /// <summary>The stream payment messages arrive on (<c>vigil.payments.in.KEY</c>).</summary>
    public const string PaymentsStream = "VIGIL_PAYMENTS";

    /// <summary>Payment messages of key K arrive on <c>vigil.payments.in.K</c>.</summary>
    public const string PaymentsInPrefix = "vigil.payments.in.";

    /// <summary>The stream the decisions and dead letters are published to, with a duplicate window.</summary>
    public const string DecisionsStream = "VIGIL_DECISIONS";

    /// <summary>The decision on a message of key K goes to <c>vigil.payments.out.K</c>.</summary>
    public const string PaymentsOutPrefix = "vigil.payments.out.";

    /// <summary>Messages that cannot be read: the original body, the reason in the <c>Vigil-Reason</c> header.</summary>
    public const string DeadSubject = "vigil.payments.dead";

    /// <summary>The durable pull consumer of the payment stream.</summary>
    public const string PaymentsConsumer = "vigil-payments";

    /// <summary>How long the decisions stream remembers a message id: a decision published again within it is dropped.</summary>
    public static readonly TimeSpan DuplicateWindow = TimeSpan.FromMinutes(10);

    /// <summary><paramref name="option"/>, else <c>VIGIL_NATS</c>, else <see cref="DefaultUrl"/>.</summary>
    public static string Url(string? option) =>
        !string.IsNullOrWhiteSpace(option) ? option
        : Environment.GetEnvironmentVariable("VIGIL_NATS") is { Length: > 0 } env ? env
        : DefaultUrl;

    /// <summary>A connection to <paramref name="url"/> that fails a first connect within 5 s instead of retrying forever.</summary>
    public static NatsConnection Connect(string url, string name) => new(new NatsOpts
    {
        Url = url,
        Name = name,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        RequestTimeout = TimeSpan.FromSeconds(10),
    });

    /// <summary>Creates (or updates) the work stream: file storage, work-queue retention.</summary>
    public static async Task EnsureWorkStream(INatsJSContext js, CancellationToken cancel) =>
        await js.CreateOrUpdateStreamAsync(new StreamConfig(WorkStream, [RescreenPrefix + ">"])
        {
            Retention = StreamConfigRetention.Workqueue,
            Storage = StreamConfigStorage.File,
            DuplicateWindow = DuplicateWindow,
        }, cancel);

    /// <summary>Creates (or updates) the payment input stream and the decisions stream.</summary>
    public static async Task EnsurePaymentStreams(INatsJSContext js, CancellationToken cancel)
    {
        await js.CreateOrUpdateStreamAsync(new StreamConfig(PaymentsStream, [PaymentsInPrefix + ">"])
        {
            Storage = StreamConfigStorage.File,
            DuplicateWindow = DuplicateWindow,
        }, cancel);
        await js.CreateOrUpdateStreamAsync(new StreamConfig(DecisionsStream, [PaymentsOutPrefix + ">", DeadSubject])
        {
            Storage = StreamConfigStorage.File,
            DuplicateWindow = DuplicateWindow,
        }, cancel);
    }

    /// <summary>Turns a broker that cannot be reached into an error naming it.</summary>
    public static VigilException Unreachable(string url, Exception e) =>
        new($"NATS at {url}: {e.Message} (set --nats or VIGIL_NATS; docs/workers.md)", e);
}
