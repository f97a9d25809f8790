using System.Diagnostics;
using System.Text.Json;
using Vigil.Cli.Tests.Support;

namespace Vigil.Cli.Tests.Customers;

/// <summary>Runs the real <c>vigil</c> process with extra environment variables, and reads its JSON-lines output.</summary>
internal static class VigilCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    public static VigilResult Run(string home, IReadOnlyDictionary<string, string>? env, params string[] args)
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
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"vigil {string.Join(' ', args)} did not finish within {Timeout}");
        }
        process.WaitForExit();
        return new VigilResult(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed, null);
    }

    public static VigilResult Ok(string home, params string[] args)
    {
        var result = Run(home, null, args);
        Assert.True(result.ExitCode == 0, $"vigil {string.Join(' ', args)}: {result}");
        return result;
    }

    /// <summary>The alerts as <c>vigil alerts --json</c> lists them.</summary>
    public static List<AlertLine> Alerts(string home, string? state = null)
    {
        var args = new List<string> { "alerts", "--json" };
        if (state is not null) args.AddRange(["--state", state]);
        var result = Ok(home, [.. args]);
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
