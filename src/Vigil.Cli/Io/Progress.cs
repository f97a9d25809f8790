using System.Diagnostics;

namespace Vigil.Cli.Io;

/// <summary>A one-line progress counter on stderr, shown only when stderr is a terminal.</summary>
internal sealed class Progress
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly string _unit;
    private long _lastTick;
    private bool _shown;

    private Progress(string unit) => _unit = unit;

    /// <summary>A progress line counting <paramref name="unit"/>, or null when stderr is redirected (logs stay clean).</summary>
    public static Progress? ToStandardError(string unit = "rows") => Console.IsErrorRedirected ? null : new Progress(unit);

    public void Report(long done)
    {
        var now = _clock.ElapsedMilliseconds;
        if (now - _lastTick < 200) return;
        _lastTick = now;
        _shown = true;
        Console.Error.Write($"\r  screened {done:N0} {_unit}, {done / Math.Max(_clock.Elapsed.TotalSeconds, 1e-9):N0} {_unit}/s   ");
    }

    /// <summary>Clears the progress line, if one was shown.</summary>
    public void Done()
    {
        if (_shown) Console.Error.Write("\r" + new string(' ', 60) + "\r");
        _shown = false;
    }
}
