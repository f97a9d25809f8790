using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Vigil.Fuzz.Tests.Api;

/// <summary>Keeps the exceptions the server logs as errors (a 500's cause), so a failing input is reported with its stack trace.</summary>
public sealed class ErrorLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _errors = new();

    /// <summary>Takes the errors logged since the last call.</summary>
    public IReadOnlyList<string> Drain()
    {
        var list = new List<string>();
        while (_errors.TryDequeue(out var e)) list.Add(e);
        return list;
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose() { }

    private sealed class Logger(ErrorLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error) log._errors.Enqueue(formatter(state, exception) + Environment.NewLine + exception);
        }
    }
}
