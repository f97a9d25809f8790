namespace Vigil.Fuzz.Tests.Fuzzing;

/// <summary>One seed of a corpus: the files of one input as the parser is given them (names and bytes, in order).</summary>
/// <param name="Origin">Where the seed was read from (<c>shared/data/ofac-sdn/2021-07, first 200 entries</c>).</param>
public sealed record CorpusEntry(string Origin, string[] Names, byte[][] Files)
{
    /// <summary>A one-file entry.</summary>
    public static CorpusEntry OneFile(string origin, string name, byte[] content) => new(origin, [name], [content]);

    /// <summary>The syntax of file <paramref name="index"/>, from its name's extension.</summary>
    public Dialect DialectOf(int index) => Path.GetExtension(Names[index]).ToUpperInvariant() switch
    {
        ".XML" => Dialect.Xml,
        ".JSON" => Dialect.Json,
        ".TXT" when Names[index].Contains("mt103", StringComparison.OrdinalIgnoreCase) => Dialect.Mt103,
        _ => Dialect.Csv,
    };
}
