using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigil.Cli.Tests.Support;

namespace Vigil.Cli.Tests.Customers;

/// <summary>Runs the real <c>vigil</c> process with extra environment variables, and reads its JSON-lines output.</summary>
internal static class VigilCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    public static VigilResult Run(string home, IReadOnlyDictionary<string, string>? env, params string[] args)
    {
        var clock = Stopwatch.StartNew();
        using var process = Start(home, env, args, out var stdout, out var stderr);
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"vigil {string.Join(' ', args)} did not finish within {Timeout}");
        }
        process.WaitForExit();
        return new VigilResult(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed, null);
    }

    /// <summary>
    /// Runs <c>vigil ARGS</c> and kills it from outside (the whole process tree, as an OOM killer or a power cut would stop
    /// it) as soon as <paramref name="killWhen"/> holds, polled every 10 ms for at most <see cref="Timeout"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The process ended on its own first: the kill did not land mid-work.</exception>
    public static VigilResult RunAndKill(string home, Func<bool> killWhen, params string[] args)
    {
        var clock = Stopwatch.StartNew();
        using var process = Start(home, null, args, out var stdout, out var stderr);
        while (!killWhen())
        {
            if (process.WaitForExit(10))
            {
                process.WaitForExit();
                throw new InvalidOperationException($"vigil {string.Join(' ', args)} ended before it could be killed mid-work:\n" +
                    new VigilResult(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed, null));
            }
            if (clock.Elapsed > Timeout)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"vigil {string.Join(' ', args)}: the moment to kill it did not come within {Timeout}");
            }
        }
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return new VigilResult(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed, null);
    }

    private static Process Start(string home, IReadOnlyDictionary<string, string>? env, string[] args, out Task<string> stdout, out Task<string> stderr)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(VigilRunner.VigilDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["VIGIL_HOME"] = home;
        start.Environment["NO_COLOR"] = "1";
        start.Environment["USER"] = "test-reviewer";
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) start.Environment[k] = v;
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        process.StandardInput.Close();
        stdout = process.StandardOutput.ReadToEndAsync();
        stderr = process.StandardError.ReadToEndAsync();
        return process;
    }

    /// <summary>
    /// The unfinished screening job in <paramref name="home"/>'s store, read as another process sees it (the job's
    /// checkpoint commits with each batch); null when there is none.
    /// </summary>
    public static (long Id, string Kind, long CustomersDone)? UnfinishedJob(string home)
    {
        var path = Path.Combine(home, "vigil.db");
        if (!File.Exists(path)) return null;
        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadWrite;Pooling=false");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id, kind, customers_done FROM screening_jobs WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1";
            using var reader = command.ExecuteReader();
            return reader.Read() ? (reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2)) : null;
        }
        catch (SqliteException)
        {
            return null; // the tables are not created yet, or the writer holds a lock for a moment: ask again
        }
    }

    public static VigilResult Ok(string home, params string[] args) => Ok(home, null, args);

    public static VigilResult Ok(string home, IReadOnlyDictionary<string, string>? env, params string[] args)
    {
        var result = Run(home, env, args);
        Assert.True(result.ExitCode == 0, $"vigil {string.Join(' ', args)}: {result}");
        return result;
    }

    /// <summary>The alerts as <c>vigil alerts --json</c> lists them.</summary>
    public static List<AlertLine> Alerts(string home, string? state = null) => Alerts(home, null, state);

    /// <summary>The alerts as <c>vigil alerts --json</c> lists them, run with extra environment (<c>VIGIL_DB</c>, ...).</summary>
    public static List<AlertLine> Alerts(string home, IReadOnlyDictionary<string, string>? env, string? state = null)
    {
        var args = new List<string> { "alerts", "--json" };
        if (state is not null) args.AddRange(["--state", state]);
        var result = Ok(home, env, [.. args]);
        var list = new List<AlertLine>();
        foreach (var line in result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            list.Add(new AlertLine(r.GetProperty("id").GetInt64(), r.GetProperty("state").GetString()!, r.GetProperty("customer_id").GetString()!,
                r.GetProperty("source").GetString() + ":" + r.GetProperty("source_id").GetString(), r.GetProperty("score").GetDouble(),
                r.GetProperty("list_version_id").GetInt64(), r.GetProperty("engine_version").GetString()!,
                r.TryGetProperty("closed_reason", out var reason) ? reason.GetString() : null));
        }
        return list;
    }

    /// <summary>Copies a home that no process has open (the database and its WAL files).</summary>
    public static void CopyHome(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
    }
}

/// <summary>One line of <c>vigil alerts --json</c>.</summary>
internal sealed record AlertLine(long Id, string State, string CustomerId, string Entry, double Score, long ListVersionId, string EngineVersion, string? ClosedReason)
{
    public string Pair => CustomerId + "|" + Entry;
}
