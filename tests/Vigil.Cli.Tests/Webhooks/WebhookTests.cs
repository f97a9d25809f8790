using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Vigil.Cli.Tests.Customers;
using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Webhooks;

/// <summary>New alerts are POSTed, signed, to a local receiver; a crash while sending loses nothing; failures are retried.</summary>
public sealed class WebhookTests : IDisposable
{
    private const string Secret = "s3cret-for-tests";
    private readonly TempDirectory _home = new();
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(string Body, string? Signature, string? Delivery, bool Valid)> _received = new();
    private readonly ConcurrentQueue<HttpListenerContext> _held = new();
    private readonly TaskCompletionSource _firstHeld = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _refuse;
    private volatile bool _hold;

    private readonly ConcurrentQueue<Exception> _receiverErrors = new();

    public WebhookTests()
    {
        var port = Loopback.FreePort();
        var url = $"http://127.0.0.1:{port}/hook/";
        _listener.Prefixes.Add(url);
        _listener.Start();
        // Its own threads, as in FaultyListServer: an accept loop on the thread pool could be starved by the test process's
        // blocked threads, and one request whose client died (the killed sender) must not end the loop for the next one.
        // CI once saw both deliveries of the redelivery test go unanswered for 15 s each after the kill.
        new Thread(Accept) { IsBackground = true, Name = "webhook receiver accept" }.Start();
        File.WriteAllText(_home.File("vigil.json"), $$"""{ "webhooks": [ { "url": "{{url}}", "secret": "{{Secret}}" } ] }""");
        File.WriteAllText(_home.File("c.csv"),
            "id,name,type\nc1,Corporación China de Importaciones y Exportaciones Electrónicas,organization\nc2,Nicolas Maduro Moros,person\n");
    }

    private void Accept()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = _listener.GetContext(); }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                // Stopped by Dispose: done. Anything else (a client that went away while its request was read) is noted
                // and the loop goes on to the next request.
                if (!_listener.IsListening) return;
                _receiverErrors.Enqueue(ex);
                continue;
            }
            if (_hold)
            {
                // Never answered: the sender waits for its answer until the test kills it.
                _held.Enqueue(context);
                _firstHeld.TrySetResult();
                continue;
            }
            new Thread(() => Answer(context)) { IsBackground = true, Name = "webhook receiver request" }.Start();
        }
    }

    private void Answer(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = reader.ReadToEnd();
            var signature = context.Request.Headers["X-Vigil-Signature"];
            // The receiver's side of the contract: HMAC-SHA256 of the raw body under the shared secret.
            var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(body)));
            if (_refuse)
            {
                context.Response.StatusCode = 503;
            }
            else
            {
                _received.Enqueue((body, signature, context.Request.Headers["X-Vigil-Delivery"], signature == expected));
                context.Response.StatusCode = 204;
            }
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            _receiverErrors.Enqueue(ex); // the client went away: nothing to answer
        }
    }

    /// <summary>What the receiver saw go wrong, for a failure message.</summary>
    private string ReceiverErrors => _receiverErrors.IsEmpty ? "receiver: no errors" : "receiver errors:\n" + string.Join("\n", _receiverErrors);

    [Fact]
    public void New_alerts_are_posted_with_a_valid_signature()
    {
        VigilCli.Ok(_home.Path, "customers", "import", _home.File("c.csv"));
        var load = VigilCli.Ok(_home.Path, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));
        Assert.Contains("webhooks: 2 delivered, 0 failed, 0 pending", load.Stderr);

        var alerts = VigilCli.Alerts(_home.Path);
        Assert.Equal(alerts.Count, _received.Count);
        Assert.All(_received, r => Assert.True(r.Valid, $"bad signature {r.Signature} for {r.Body}"));
        var events = _received.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.All(events, e => Assert.Equal("alert.raised", e.GetProperty("event").GetString()));
        Assert.Contains(events, e => e.GetProperty("customer_id").GetString() == "c1" && e.GetProperty("source_id").GetString() == "30502");
        Assert.Equal(alerts.Select(a => a.Id).Order(), events.Select(e => e.GetProperty("alert_id").GetInt64()).Order());
    }

    [Fact]
    public void A_process_killed_while_sending_after_the_alerts_commit_loses_no_event()
    {
        VigilCli.Ok(_home.Path, "customers", "import", _home.File("c.csv"));
        _hold = true;
        // The alerts and their outbox rows are committed before the first POST; kill the process while that POST waits.
        var killed = VigilCli.RunAndKill(_home.Path, () => _firstHeld.Task.IsCompleted,
            "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));
        Assert.Equal(137, killed.ExitCode); // SIGKILL
        Assert.Empty(_received);
        Assert.Equal(2, VigilCli.Alerts(_home.Path).Count);

        _hold = false;
        var deliver = VigilCli.Run(_home.Path, null, "webhooks", "deliver");
        Assert.True(deliver.ExitCode == 0, $"{deliver}\n{ReceiverErrors}");
        Assert.Contains("2 delivered, 0 failed, 0 pending", deliver.Stdout);
        Assert.Equal(2, _received.Count);
        Assert.All(_received, r => Assert.True(r.Valid));
        Assert.Equal(2, _received.Select(r => r.Delivery).Distinct().Count());
    }

    [Fact]
    public void A_refused_delivery_stays_in_the_outbox_and_is_reported()
    {
        _refuse = true;
        VigilCli.Ok(_home.Path, "customers", "import", _home.File("c.csv"));
        var load = VigilCli.Ok(_home.Path, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));
        Assert.Contains("0 delivered, 2 failed, 2 pending", load.Stderr);
        Assert.Contains("HTTP 503", load.Stderr);
        Assert.Empty(_received);
    }

    public void Dispose()
    {
        foreach (var context in _held) context.Response.Abort();
        _listener.Close();
        _home.Dispose();
    }
}
