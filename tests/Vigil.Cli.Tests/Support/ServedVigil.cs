using Vigil.Tests.Shared;
using System.Diagnostics;

namespace Vigil.Cli.Tests.Support;

/// <summary>A running <c>vigil serve</c> child process, stopped (by its own pid) on dispose.</summary>
internal sealed class ServedVigil : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _stderr = new();
    private readonly System.Text.StringBuilder _stdout = new();

    private ServedVigil(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.ErrorDataReceived += (_, e) => { lock (_stderr) _stderr.AppendLine(e.Data); };
        process.OutputDataReceived += (_, e) => { lock (_stdout) _stdout.AppendLine(e.Data); };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
    }

    public Uri Address { get; }

    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    /// <summary>What the server wrote to stdout so far (its log lines).</summary>
    public string Stdout { get { lock (_stdout) return _stdout.ToString(); } }

    public static Task<ServedVigil> StartAsync(string home, params string[] extra) => StartAsync(home, new Dictionary<string, string>(), extra);

    /// <param name="environment">More environment variables for the process (e.g. <c>VIGIL_DB</c>).</param>
    public static async Task<ServedVigil> StartAsync(string home, IReadOnlyDictionary<string, string> environment, params string[] extra)
    {
        var port = Loopback.FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in (string[])[VigilRunner.VigilDll, "serve", "--urls", $"http://127.0.0.1:{port}", .. extra]) start.ArgumentList.Add(arg);
        start.Environment["VIGIL_HOME"] = home;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var served = new ServedVigil(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"));
        using var client = new HttpClient { BaseAddress = served.Address };
        var until = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            if (served._process.HasExited) throw new InvalidOperationException($"vigil serve exited with {served._process.ExitCode}: {served.Stderr}");
            try
            {
                if ((await client.GetAsync("healthz")).IsSuccessStatusCode) return served;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            if (DateTime.UtcNow > until) throw new TimeoutException("vigil serve did not answer /healthz within 2 minutes");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
