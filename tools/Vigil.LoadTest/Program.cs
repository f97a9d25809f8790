using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Vigil.LoadTest;

/// <summary>
/// Sends <c>GET /api/v1/search</c> from N connections in closed loops (each sends its next request when the last one
/// answered) for a bounded time, then prints throughput, latency percentiles, failures, and the list versions that
/// answered (so a reload during the run shows as two versions).
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or IOException or UriFormatException)
        {
            Console.Error.WriteLine($"vigil-loadtest: {ex.Message}\nusage: {LoadOptions.Usage}");
            return 2;
        }

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(30) };
        if (options.Key is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", options.Key);
        var paths = options.HealthOnly ? ["healthz"] : options.Names.Select(n => "api/v1/search?name=" + Uri.EscapeDataString(n)).ToArray();

        Console.Error.WriteLine($"warm-up {options.WarmUp.TotalSeconds:0} s, then {options.Duration.TotalSeconds:0} s with {options.Connections} connections, {paths.Length} names");
        await Run(client, paths, options, options.WarmUp, long.MaxValue, record: false);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var result = await Run(client, paths, options, options.Duration, options.MaxRequests, record: true);
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        result.Print(Console.Out);
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"client_cpu_ms_per_request {cpu.TotalMilliseconds / Math.Max(1, result.Requests):0.000}"));
        return result.Failures == 0 ? 0 : 1;
    }

    private static async Task<RunResult> Run(HttpClient client, string[] paths, LoadOptions options, TimeSpan duration, long maxRequests, bool record)
    {
        var workers = new Worker[options.Connections];
        var clock = Stopwatch.StartNew();
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        long issued = 0;
        var tasks = new Task[workers.Length];
        for (var w = 0; w < workers.Length; w++)
        {
            var worker = workers[w] = new Worker();
            var next = w;
            tasks[w] = Task.Run(async () =>
            {
                while (Stopwatch.GetTimestamp() < deadline && Interlocked.Increment(ref issued) <= maxRequests)
                {
                    var path = paths[next % paths.Length];
                    next += workers.Length;
                    var start = Stopwatch.GetTimestamp();
                    try
                    {
                        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                        var body = await response.Content.ReadAsStringAsync();
                        var elapsed = Stopwatch.GetTimestamp() - start;
                        if (response.StatusCode == HttpStatusCode.OK) worker.Ok(elapsed, options.HealthOnly ? "healthz" : VersionsOf(body));
                        else worker.Fail($"HTTP {(int)response.StatusCode}");
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                    {
                        worker.Fail(ex.GetType().Name + ": " + ex.Message);
                    }
                }
            });
        }
        await Task.WhenAll(tasks);
        var seconds = clock.Elapsed.TotalSeconds;
        return record ? RunResult.Of(workers, seconds, options.Connections) : RunResult.Of([], seconds, options.Connections);
    }

    /// <summary>The <c>list_versions</c> value of a search answer, without parsing the whole document.</summary>
    private static string VersionsOf(string body)
    {
        const string Marker = "\"list_versions\":\"";
        var at = body.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0) return "?";
        at += Marker.Length;
        var end = body.IndexOf('"', at);
        return end < 0 ? "?" : body[at..end];
    }

    /// <summary>One connection's loop: its latencies (in Stopwatch ticks), failures and the versions that answered.</summary>
    private sealed class Worker
    {
        public List<long> Latencies { get; } = new(1 << 16);
        public Dictionary<string, long> Versions { get; } = [];
        public Dictionary<string, long> Failures { get; } = [];

        public void Ok(long ticks, string versions)
        {
            Latencies.Add(ticks);
            Versions[versions] = Versions.GetValueOrDefault(versions) + 1;
        }

        public void Fail(string what) => Failures[what] = Failures.GetValueOrDefault(what) + 1;
    }

    private sealed record RunResult(long Requests, long Failures, double Seconds, int Connections, long[] SortedTicks,
        IReadOnlyDictionary<string, long> Versions, IReadOnlyDictionary<string, long> FailureKinds)
    {
        public static RunResult Of(Worker[] workers, double seconds, int connections)
        {
            var ticks = workers.SelectMany(w => w.Latencies).ToArray();
            Array.Sort(ticks);
            var versions = workers.SelectMany(w => w.Versions).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
            var failures = workers.SelectMany(w => w.Failures).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
            return new RunResult(ticks.Length + failures.Values.Sum(), failures.Values.Sum(), seconds, connections, ticks, versions, failures);
        }

        private double Ms(double q) =>
            SortedTicks.Length == 0 ? double.NaN
                : SortedTicks[Math.Min(SortedTicks.Length - 1, (int)Math.Ceiling(q * SortedTicks.Length) - 1)] * 1000.0 / Stopwatch.Frequency;

        public void Print(TextWriter o)
        {
            var inv = CultureInfo.InvariantCulture;
            o.WriteLine(string.Create(inv, $"connections      {Connections}"));
            o.WriteLine(string.Create(inv, $"duration_s       {Seconds:0.0}"));
            o.WriteLine(string.Create(inv, $"requests         {Requests}"));
            o.WriteLine(string.Create(inv, $"failed           {Failures}"));
            o.WriteLine(string.Create(inv, $"throughput_rps   {SortedTicks.Length / Seconds:0}"));
            o.WriteLine(string.Create(inv, $"p50_ms           {Ms(0.50):0.00}"));
            o.WriteLine(string.Create(inv, $"p90_ms           {Ms(0.90):0.00}"));
            o.WriteLine(string.Create(inv, $"p99_ms           {Ms(0.99):0.00}"));
            o.WriteLine(string.Create(inv, $"max_ms           {Ms(1.0):0.00}"));
            foreach (var (versions, count) in Versions.OrderBy(v => v.Key, StringComparer.Ordinal))
                o.WriteLine(string.Create(inv, $"answered_by      {versions} {count}"));
            foreach (var (kind, count) in FailureKinds)
                o.WriteLine(string.Create(inv, $"failure          {count} x {kind}"));
        }
    }
}
