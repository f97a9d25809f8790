using System.Diagnostics;
using System.Net.Sockets;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Scale;

/// <summary>
/// A real <c>nats-server -js</c> on a free port of 127.0.0.1 with its store in a temporary directory, started for the
/// scale tests and stopped at the end. A machine without nats-server fails these tests (it is installed by
/// <c>.ci/run</c> with apt); they are never skipped.
/// </summary>
public sealed class NatsServer : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);
    private readonly TempDirectory _dir = new("vigil-nats-");
    private readonly Process _process;

    public NatsServer()
    {
        var binary = Find() ?? throw new InvalidOperationException(
            "nats-server not found on $PATH, in /usr/sbin or /usr/bin: install it (Debian: apt-get install nats-server; .ci/run does) to run the NATS tests");
        Port = Loopback.FreePort();
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-js", "-a", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-sd", _dir.Path })
            start.ArgumentList.Add(arg);
        _process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {binary}");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (Log) Log.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var clock = Stopwatch.StartNew();
        while (!Listening())
        {
            if (_process.HasExited) throw new InvalidOperationException($"nats-server exited with {_process.ExitCode}:\n{Log}");
            if (clock.Elapsed > StartTimeout) throw new TimeoutException($"nats-server did not listen on 127.0.0.1:{Port} within {StartTimeout}:\n{Log}");
            Thread.Sleep(50);
        }
    }

    public int Port { get; }

    public string Url => $"nats://127.0.0.1:{Port}";

    /// <summary>What the server wrote (its log goes to standard error).</summary>
    public System.Text.StringBuilder Log { get; } = new();

    private bool Listening()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Append("/usr/sbin").Append("/usr/bin"))
        {
            if (dir.Length == 0) continue;
            var candidate = Path.Combine(dir, "nats-server");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        finally
        {
            _process.Dispose();
            _dir.Dispose();
        }
    }
}

/// <summary>The scale tests share one broker and run one at a time (each uses both cores).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NatsCollection : ICollectionFixture<NatsServer>
{
    public const string Name = "nats";
}
