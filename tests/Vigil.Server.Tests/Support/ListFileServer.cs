using Vigil.Tests.Shared;
using System.Collections.Concurrent;
using System.Net;

namespace Vigil.Server.Tests.Support;

/// <summary>A real HTTP server on 127.0.0.1 serving list files the way a publisher does: GET <c>/PREFIX/NAME</c>, 404 for
/// anything else. What it serves can be swapped while it runs, as a publisher's files change.</summary>
internal sealed class ListFileServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public ListFileServer()
    {
        var port = Loopback.FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public string BaseUrl { get; }

    /// <summary>Requests answered so far.</summary>
    public int Requests => _requests;

    private int _requests;

    /// <summary>Serves every non-empty file of <paramref name="directory"/> under <c>/<paramref name="prefix"/>/NAME</c>, replacing
    /// what was there. An empty file is not published (as OFAC leaves out its comments file when there are no comments).</summary>
    public void Serve(string prefix, string directory)
    {
        foreach (var key in _files.Keys.Where(k => k.StartsWith(prefix + "/", StringComparison.Ordinal))) _files.TryRemove(key, out _);
        foreach (var file in Directory.GetFiles(directory).Where(f => new FileInfo(f).Length > 0))
            _files[$"{prefix}/{Path.GetFileName(file)}"] = File.ReadAllBytes(file);
    }

    private async Task LoopAsync()
    {
        while (true)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            Interlocked.Increment(ref _requests);
            try
            {
                var path = context.Request.Url!.AbsolutePath.TrimStart('/');
                if (_files.TryGetValue(path, out var body))
                {
                    context.Response.StatusCode = 200;
                    context.Response.ContentType = "text/csv";
                    context.Response.ContentLength64 = body.Length;
                    await context.Response.OutputStream.WriteAsync(body);
                }
                else
                {
                    context.Response.StatusCode = 404;
                }
                context.Response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
            {
                // The client went away.
            }
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
