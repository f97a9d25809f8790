using System.Diagnostics;
using System.Text;
using Vigil.Cli.Tests.Support;

namespace Vigil.Cli.Tests.Scale;

/// <summary>A long-running <c>vigil</c> process (a worker) started from the built vigil.dll; killed on dispose if still running.</summary>
internal sealed class VigilProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private VigilProcess(Process process) => _process = process;

    public int Id => _process.Id;

    /// <summary>The worker's name in the chunk rows (<c>host:pid</c>).</summary>
    public string WorkerName => $"{Environment.MachineName}:{_process.Id}";

    public bool HasExited => _process.HasExited;

    /// <summary>Standard output and error so far.</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    public static VigilProcess Start(string home, IReadOnlyDictionary<string, string> env, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(VigilRunner.VigilDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["VIGIL_HOME"] = home;
        start.Environment["NO_COLOR"] = "1";
        foreach (var (k, v) in env) start.Environment[k] = v;
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var started = new VigilProcess(process);
        process.OutputDataReceived += (_, e) => started.Append(e.Data);
        process.ErrorDataReceived += (_, e) => started.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    /// <summary>Kills the process from outside, as a crash or an OOM killer would.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) Kill();
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
        _process.Dispose();
    }
}

/// <summary>Bounded waits: a condition that does not come true in time fails the test instead of hanging it.</summary>
internal static class Wait
{
    public static void Until(Func<bool> condition, TimeSpan timeout, Func<string> describe)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout) throw new TimeoutException($"not within {timeout}: {describe()}");
            Thread.Sleep(20);
        }
    }
}
