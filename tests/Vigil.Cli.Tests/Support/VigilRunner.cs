using System.Diagnostics;

namespace Vigil.Cli.Tests.Support;

/// <summary>What one run of the real <c>vigil</c> process did.</summary>
/// <param name="Elapsed">Wall time from start to exit, process start-up included.</param>
/// <param name="Cpu">
/// CPU time the process used, all threads, where the OS tells it (Linux); other load on the machine does not stretch it.
/// Exact only when no other child of the test process ends meanwhile, which the non-parallel test collection ensures.
/// </param>
internal sealed record VigilResult(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed, TimeSpan? Cpu)
{
    public override string ToString() =>
        $"exit {ExitCode} after {Elapsed.TotalSeconds:0.00} s{(Cpu is { } cpu ? $" ({cpu.TotalSeconds:0.00} s CPU)" : "")}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>Runs the real CLI (<c>dotnet vigil.dll</c>, copied next to the tests by the project reference) in a child process.</summary>
internal static class VigilRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The built CLI next to the test assembly.</summary>
    public static string VigilDll { get; } = Path.Combine(AppContext.BaseDirectory, "vigil.dll");

    /// <summary>Runs <c>vigil ARGS</c> with <c>VIGIL_HOME=<paramref name="home"/></c>, stdout and stderr redirected.</summary>
    public static VigilResult Run(string home, params string[] args) => RunWithInput(home, null, args);

    /// <summary>Like <see cref="Run"/>, writing <paramref name="input"/> (when given) to the process's standard input.</summary>
    public static VigilResult RunWithInput(string home, string? input, params string[] args)
    {
        if (!File.Exists(VigilDll)) throw new InvalidOperationException($"{VigilDll} not found; build Vigil.Cli.Tests first");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(VigilDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["VIGIL_HOME"] = home;
        start.Environment["NO_COLOR"] = "1";

        var childCpuBefore = ReapedChildrenCpu();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        if (input is not null) process.StandardInput.Write(input);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"vigil {string.Join(' ', args)} did not finish within {Timeout}");
        }
        process.WaitForExit();
        clock.Stop();
        var childCpuAfter = ReapedChildrenCpu();
        var cpu = childCpuBefore is { } before && childCpuAfter is { } after ? after - before : (TimeSpan?)null;
        return new VigilResult(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed, cpu);
    }

    /// <summary>
    /// User + system CPU time of this process's children that have ended and been reaped: fields 16 and 17 (cutime,
    /// cstime) of <c>/proc/self/stat</c>, in clock ticks of 1/100 s. Null where there is no /proc.
    /// </summary>
    private static TimeSpan? ReapedChildrenCpu()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            // The command name (field 2) is in parentheses and may hold spaces; count fields after its closing one.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[16 - 3], System.Globalization.CultureInfo.InvariantCulture)
                      + long.Parse(fields[17 - 3], System.Globalization.CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The dotnet host running these tests (the SDK sets DOTNET_HOST_PATH), else <c>dotnet</c> on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
