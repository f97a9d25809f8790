using Vigil.Fuzz.Tests.Fuzzing;
using Vigil.Sources;
using Vigil.Tests.Shared;

namespace Vigil.Fuzz.Tests.Seeds;

/// <summary>
/// The seed corpus of a list source: every version under <c>shared/data/SOURCE</c> and the parser fixtures under
/// <c>tests/Vigil.Sources.Tests/Fixtures/SOURCE</c>, each cut to a bounded slice at test time (never copied into the repository).
/// </summary>
/// <remarks>
/// Generic, so a list added to <see cref="ListSources.Names"/> is fuzzed as soon as its files are there: a version is a folder
/// (or the source folder itself) holding files named as the parser's <see cref="IListParser.FileNames"/>; a one-file list also
/// takes any file of that extension (<c>un/consolidated-2026-02.xml</c>). OFAC sets are cut to their first entries and the rows
/// of those entries in the other files, so a seed is a whole, consistent list.
/// </remarks>
public static class ListSeeds
{
    /// <summary>Entries kept from each seed version (rows of a CSV, records of each XML group).</summary>
    public const int Entries = 200;

    /// <summary>Binary files (XLSX, ZIP) are taken whole up to this size; larger ones are left out of the corpus.</summary>
    private const int MaxWholeFile = 4 * 1024 * 1024;

    public static IReadOnlyList<CorpusEntry> For(string source)
    {
        var parser = ListSources.ParserFor(source) ?? throw new ArgumentException($"unknown source {source}", nameof(source));
        var roots = new[]
        {
            ("shared/data/" + source, SharedData.Path(source)),
            ("tests/Vigil.Sources.Tests/Fixtures/" + source, Path.Combine(SharedData.RepoRoot, "tests", "Vigil.Sources.Tests", "Fixtures", source)),
        };
        var entries = new List<CorpusEntry>();
        foreach (var (label, root) in roots)
        {
            if (!Directory.Exists(root)) continue;
            var versions = Directory.GetDirectories(root).Order(StringComparer.Ordinal).Prepend(root);
            foreach (var dir in versions)
                entries.AddRange(Versions(parser, dir, label + (dir == root ? "" : "/" + Path.GetFileName(dir))));
        }
        return entries;
    }

    private static IEnumerable<CorpusEntry> Versions(IListParser parser, string dir, string label)
    {
        var files = Directory.GetFiles(dir).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToList();
        var named = parser.FileNames
            .Select(n => files.FirstOrDefault(f => string.Equals(Path.GetFileName(f), n, StringComparison.OrdinalIgnoreCase)))
            .OfType<string>().ToList();
        if (parser.FileNames.Count > 1 && named.Count > 1)
        {
            // A set of files that make one version (OFAC's main, address, alias and comment files).
            yield return Slice(parser, named, label);
            yield break;
        }
        var extensions = parser.FileNames.Select(n => Path.GetExtension(n).ToUpperInvariant()).ToHashSet();
        var singles = named.Count > 0 ? named : files.Where(f => extensions.Contains(Path.GetExtension(f).ToUpperInvariant())).ToList();
        foreach (var file in singles)
            if (Slice(parser, [file], label + "/" + Path.GetFileName(file)) is { } entry) yield return entry;
    }

    private static CorpusEntry Slice(IListParser parser, List<string> paths, string label)
    {
        var names = paths.Select(p => Path.GetFileName(p)).ToArray();
        var contents = paths.Select(File.ReadAllBytes).ToArray();
        if (parser is Sources.Ofac.OfacParser)
            return new CorpusEntry($"{label}, first {Entries} entries", names, OfacSlice(contents));
        var sliced = contents.Select((c, i) => Path.GetExtension(names[i]).ToUpperInvariant() switch
        {
            ".XML" => XmlHeadOrWhole(c),
            ".CSV" or ".TXT" or ".TSV" => Slices.CsvHead(c, Entries),
            _ => c.Length <= MaxWholeFile ? c : [],
        }).ToArray();
        return new CorpusEntry($"{label}, first {Entries} entries", names, sliced);
    }

    /// <summary>The first entries of an XML file; a file that is not well-formed (a cut-short fixture) is a seed as it is.</summary>
    private static byte[] XmlHeadOrWhole(byte[] content)
    {
        try
        {
            return Slices.XmlHead(content, Entries);
        }
        catch (System.Xml.XmlException)
        {
            return content.Length <= MaxWholeFile ? content : [];
        }
    }

    /// <summary>The main file's first entries and, from the other files, only the rows of those entries (by ent_num).</summary>
    private static byte[][] OfacSlice(byte[][] contents)
    {
        var main = Slices.CsvRecords(contents[0]).Take(Entries).ToList();
        var kept = main.Select(Slices.FirstField).ToHashSet(StringComparer.Ordinal);
        var result = new byte[contents.Length][];
        result[0] = [.. main.SelectMany(r => r)];
        for (var i = 1; i < contents.Length; i++)
            result[i] = [.. Slices.CsvRecords(contents[i]).Where(r => kept.Contains(Slices.FirstField(r))).SelectMany(r => r)];
        return result;
    }
}
