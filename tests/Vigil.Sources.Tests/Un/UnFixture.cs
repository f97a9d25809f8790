using System.Collections.Concurrent;
using Vigil.Core.Model;
using Vigil.Sources.Un;

namespace Vigil.Sources.Tests.Un;

/// <summary>Parses the UN fixtures in <c>Fixtures/un</c> (each once) and finds records and lines in them.</summary>
internal static class UnFixture
{
    private static readonly ConcurrentDictionary<string, ListParseResult> Parsed = new();

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "un", name);

    public static ListParseResult Parse(string name) => Parsed.GetOrAdd(name, n =>
    {
        using var stream = File.OpenRead(PathOf(n));
        return UnParser.Instance.Parse(new ListInput([new ListFile(n, stream)]));
    });

    public static ListParseResult ParseBytes(string name, byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        return UnParser.Instance.Parse(new ListInput([new ListFile(name, stream)]));
    }

    public static Entity Entity(string fixture, string sourceId) => Parse(fixture).Entities.Single(e => e.SourceId == sourceId);

    public static IEnumerable<string> NamesWith(this Entity entity, NameRole role) =>
        entity.Names.Where(n => n.Role == role).Select(n => n.Full);

    /// <summary>The 1-based line of the fixture that holds <paramref name="text"/> (which must occur once).</summary>
    public static int LineOf(string fixture, string text)
    {
        var lines = File.ReadAllLines(PathOf(fixture));
        var hits = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(text, StringComparison.Ordinal)).ToList();
        Assert.True(hits.Count == 1, $"'{text}' occurs {hits.Count} times in {fixture}");
        return hits[0] + 1;
    }
}
