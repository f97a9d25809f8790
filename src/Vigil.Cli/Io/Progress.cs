using System.Diagnostics;

namespace Vigil.Cli.Io;

/// <summary>A one-line progress counter on stderr, shown only when stderr is a terminal.</summary>
internal sealed class Progress
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastTick;

    private Progress() { }

    /// <summary>A progress line, or null when stderr is redirected (logs stay clean).</summary>
    public static Progress? ToStandardError() => Console.IsErrorRedirected ? null : new Progress();

    public void Report(int done)
    {
        var now = _clock.ElapsedMilliseconds;
        if (now - _lastTick < 200) return;
        _lastTick = now;
        Console.Error.Write($"\r  screened {done:N0} rows, {done / Math.Max(_clock.Elapsed.TotalSeconds, 1e-9):N0} rows/s   ");
    }

    public void Done() => Console.Error.Write("\r" + new string(' ', 60) + "\r");
}
