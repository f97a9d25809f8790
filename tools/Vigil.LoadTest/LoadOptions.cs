using System.Globalization;

namespace Vigil.LoadTest;

/// <summary>What to send, how hard and for how long. Every run is bounded by <see cref="Duration"/> and <see cref="MaxRequests"/>.</summary>
internal sealed record LoadOptions(
    Uri Url, string? Key, int Connections, TimeSpan Duration, TimeSpan WarmUp, long MaxRequests, IReadOnlyList<string> Names, bool HealthOnly)
{
    public const string Usage =
        "vigil-loadtest --url http://127.0.0.1:8080 [--key KEY] [--connections 64] [--duration 30] [--warmup 5] " +
        "[--max-requests 5000000] [--names FILE (one name a line)] [--healthz (GET /healthz only: the HTTP stack without a search)]";

    public static LoadOptions Parse(string[] args)
    {
        Uri? url = null;
        string? key = null, names = null;
        int connections = 64;
        double duration = 30, warmUp = 5;
        long max = 5_000_000;
        var healthOnly = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]}: a value is missing");
            switch (args[i])
            {
                case "--url": url = new Uri(Next()); break;
                case "--key": key = Next(); break;
                case "--connections": connections = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--duration": duration = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--warmup": warmUp = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--max-requests": max = long.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--names": names = Next(); break;
                case "--healthz": healthOnly = true; break;
                default: throw new ArgumentException($"{args[i]}: unknown option");
            }
        }
        if (url is null) throw new ArgumentException("--url is required");
        if (!url.IsLoopback) throw new ArgumentException($"--url: {url} is not a loopback address; this tool only loads a server on this machine");
        if (connections is < 1 or > 1024) throw new ArgumentException("--connections: 1 to 1024");
        if (duration is <= 0 or > 600) throw new ArgumentException("--duration: more than 0 and at most 600 seconds");
        if (warmUp is < 0 or > 60) throw new ArgumentException("--warmup: 0 to 60 seconds");
        if (max < 1) throw new ArgumentException("--max-requests: at least 1");
        IReadOnlyList<string> list = names is null
            ? ["CEIEC", "Nicolas Maduro", "Corporacion China de Importaciones", "MV SEA STAR III", "Mohammed Ali Ahmad Hassan", "Xqzvbn Wrtplk"]
            : [.. File.ReadLines(names).Select(l => l.Trim()).Where(l => l.Length > 0)];
        if (list.Count == 0) throw new ArgumentException($"--names: {names} holds no name");
        return new LoadOptions(url, key, connections, TimeSpan.FromSeconds(duration), TimeSpan.FromSeconds(warmUp), max, list, healthOnly);
    }
}
