using Vigil.Tests.Shared;
using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;

namespace Vigil.Cli.Tests.Sync;

/// <summary>How the server misbehaves for one path.</summary>
internal enum Fault { None, Status500, Truncate, Stall, Html }

/// <summary>
/// A real HTTP server on 127.0.0.1 serving list files the way the publishers do (ETag, 304 to a matching If-None-Match),
/// which misbehaves on demand: HTTP 500, a body cut short, a stalled connection, an HTML error page.
/// </summary>
internal sealed class FaultyListServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private int _failFirst;

    public FaultyListServer()
    {
        var port = Loopback.FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        // Its own threads, not the thread pool: while the machine or the test process is busy (parallel test classes block
        // pool threads on child processes), an answer queued behind them arrived after the client's timeout and a test
        // about an HTML page saw a timeout instead (issue 13, finding 8).
        new Thread(Loop) { IsBackground = true, Name = "FaultyListServer accept" }.Start();
    }

    public string BaseUrl { get; }
    public ConcurrentDictionary<string, Fault> Faults { get; } = new(StringComparer.Ordinal);
    /// <summary>Every request: path, the If-None-Match it sent, the status answered.</summary>
    public ConcurrentQueue<(string Path, string? IfNoneMatch, int Status)> Log { get; } = new();
    /// <summary>Set when a stalled answer has started (headers and part of the body sent).</summary>
    public TaskCompletionSource StallStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Serves every file of <paramref name="directory"/> under <c>/<paramref name="prefix"/>/NAME</c>, replacing what was there.</summary>
    public void Serve(string prefix, string directory)
    {
        foreach (var key in _files.Keys.Where(k => k.StartsWith(prefix + "/", StringComparison.Ordinal))) _files.TryRemove(key, out _);
        foreach (var file in Directory.GetFiles(directory)) _files[$"{prefix}/{Path.GetFileName(file)}"] = File.ReadAllBytes(file);
    }

    /// <summary>The next <paramref name="count"/> requests (any path) get HTTP 500, then the server recovers.</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failFirst, count);

    private void Loop()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = _listener.GetContext(); }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            new Thread(() => Handle(context)) { IsBackground = true, Name = "FaultyListServer request" }.Start();
        }
    }

    private void Handle(HttpListenerContext context)
    {
        try
        {
            HandleAsync(context).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The client or the server went away: nothing to answer.
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath.TrimStart('/');
        var response = context.Response;
        var ifNoneMatch = context.Request.Headers["If-None-Match"];
        try
        {
            if (!_files.TryGetValue(path, out var content))
            {
                Answer(404);
                return;
            }
            var fault = Faults.TryGetValue(path, out var f) ? f : Fault.None;
            if (fault == Fault.Status500 || (Interlocked.Decrement(ref _failFirst) >= 0))
            {
                Answer(500);
                return;
            }
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..16] + "\"";
            if (ifNoneMatch == etag)
            {
                Answer(304);
                return;
            }
            if (fault == Fault.Html)
            {
                var page = "<!DOCTYPE html><html><body>Service temporarily unavailable</body></html>"u8.ToArray();
                response.ContentType = "text/html";
                Log.Enqueue((path, ifNoneMatch, 200));
                response.ContentLength64 = page.Length;
                await response.OutputStream.WriteAsync(page).ConfigureAwait(false);
                response.Close();
                return;
            }
            response.Headers["ETag"] = etag;
            response.ContentLength64 = content.Length;
            Log.Enqueue((path, ifNoneMatch, 200));
            switch (fault)
            {
                case Fault.Truncate:
                    await response.OutputStream.WriteAsync(content.AsMemory(0, content.Length / 2)).ConfigureAwait(false);
                    await response.OutputStream.FlushAsync().ConfigureAwait(false);
                    response.Abort();
                    return;
                case Fault.Stall:
                    await response.OutputStream.WriteAsync(content.AsMemory(0, Math.Min(4096, content.Length))).ConfigureAwait(false);
                    await response.OutputStream.FlushAsync().ConfigureAwait(false);
                    StallStarted.TrySetResult();
                    try { await Task.Delay(TimeSpan.FromMinutes(2), _stop.Token).ConfigureAwait(false); }
                    catch (OperationCanceledException) { }
                    response.Abort();
                    return;
                default:
                    await response.OutputStream.WriteAsync(content).ConfigureAwait(false);
                    response.Close();
                    return;
            }
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client went away (a timeout or a killed process): nothing to answer.
        }

        void Answer(int status)
        {
            Log.Enqueue((path, ifNoneMatch, status));
            response.StatusCode = status;
            response.ContentLength64 = 0;
            response.Close();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }
}
