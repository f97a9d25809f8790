using System.Security.Cryptography;
using System.Text;
using Vigil.Store;

namespace Vigil.Workflows.Webhooks;

/// <summary>What one delivery round did.</summary>
/// <param name="Pending">Events still undelivered after the round (failed ones wait for their next attempt).</param>
public sealed record WebhookDeliveryReport(int Delivered, int Failed, long Pending, IReadOnlyList<string> Errors);

/// <summary>
/// Delivers the webhook outbox: each event is POSTed as JSON to its URL with <c>X-Vigil-Signature: sha256=HEX</c>, the
/// HMAC-SHA256 of the exact body under the URL's secret from <c>vigil.json</c>.
/// </summary>
/// <remarks>
/// Events are written to the outbox in the transaction that raised the alert, so a crash cannot lose one; delivery is
/// at least once (a crash between the POST and recording it sends it again): receivers deduplicate by
/// <c>X-Vigil-Delivery</c>. A failed POST (network, timeout, non-2xx) is retried with exponential backoff up to
/// <see cref="MaxAttempts"/> times.
/// </remarks>
public sealed class WebhookSender(VigilHome home, TimeProvider time)
{
    public const string SignatureHeader = "X-Vigil-Signature";
    public const string DeliveryHeader = "X-Vigil-Delivery";
    public const string EventHeader = "X-Vigil-Event";

    public int MaxAttempts { get; init; } = 10;
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);
    public HttpMessageHandler? Handler { get; init; }

    /// <summary><c>sha256=</c> and the lower-case hex HMAC-SHA256 of <paramref name="body"/> under <paramref name="secret"/>.</summary>
    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public WebhookDeliveryReport Deliver() => DeliverAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Sends every due event once; returns what happened.</summary>
    public async Task<WebhookDeliveryReport> DeliverAsync(CancellationToken cancel)
    {
        var secrets = VigilConfig.Load(home).Webhooks.ToDictionary(w => w.Url, w => w.Secret, StringComparer.Ordinal);
        using var vigil = home.OpenStore();
        var store = vigil.Outbox;
        var due = store.DueDeliveries(time.GetUtcNow(), 1000).Where(d => d.Attempts < MaxAttempts).ToList();
        if (due.Count == 0) return new WebhookDeliveryReport(0, 0, store.UndeliveredCount(), []);
        using var client = new HttpClient(Handler ?? new SocketsHttpHandler(), disposeHandler: Handler is null) { Timeout = Timeout };
        int delivered = 0, failed = 0;
        var errors = new List<string>();
        foreach (var item in due)
        {
            string? error;
            if (!secrets.TryGetValue(item.Url, out var secret))
            {
                error = "the URL is no longer in vigil.json (webhooks)";
            }
            else
            {
                var body = Encoding.UTF8.GetBytes(item.Payload);
                using var request = new HttpRequestMessage(HttpMethod.Post, item.Url) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                request.Headers.Add(SignatureHeader, Sign(secret, body));
                request.Headers.Add(DeliveryHeader, item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                request.Headers.Add(EventHeader, item.Event);
                try
                {
                    using var response = await client.SendAsync(request, cancel).ConfigureAwait(false);
                    error = response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                {
                    error = ex is TaskCanceledException ? $"no answer within {Timeout.TotalSeconds:0.#} s" : ex.Message;
                }
            }
            var now = time.GetUtcNow();
            store.RecordAttempt(item.Id, now, error, error is null ? null : now + RetryDelay * Math.Pow(2, item.Attempts));
            if (error is null) delivered++;
            else
            {
                failed++;
                errors.Add($"{item.Url}: event {item.Id}: {error}");
            }
        }
        return new WebhookDeliveryReport(delivered, failed, store.UndeliveredCount(), errors);
    }
}
