using Vigil.Core.Lists;
using Vigil.Core.Model;
using Vigil.Sources;
using Vigil.Store;

namespace Vigil.Workflows;

/// <summary>Loads one published list version: read the files, parse, save as the source's new active version.</summary>
/// <remarks>
/// All or nothing: the files are read and parsed completely before the store is touched, and the store writes the
/// version, the switch of the active version and the audit entry in one transaction. A failure anywhere leaves the
/// previously active version in place and surfaces as a <see cref="VigilException"/> naming the file and place.
/// </remarks>
public sealed class LoadList(VigilHome home, TimeProvider time)
{
    private readonly Func<string, IListParser> _parserFor = ListCatalog.ParserFor;

    /// <summary>For tests: parsers that produce what real files cannot (no entries, repeated ids).</summary>
    internal LoadList(VigilHome home, TimeProvider time, Func<string, IListParser> parserFor) : this(home, time) =>
        _parserFor = parserFor;

    /// <summary>Loads the list of <paramref name="source"/> from <paramref name="path"/> (a directory, or the file of a one-file list).</summary>
    public LoadReport Run(string source, string path)
    {
        var parser = _parserFor(source);
        var files = ListFiles.Read(parser, path);
        var hash = files.ContentHash();

        ListParseResult parsed;
        try
        {
            parsed = parser.Parse(files.ToInput());
        }
        catch (ListFormatException ex)
        {
            throw new VigilException($"{files.PathOf(ex.File)}: {ex.Place}: {ex.Reason}", ex);
        }
        if (parsed.Entities.Count == 0)
            throw new VigilException($"{path}: no {source} entries found; the files look empty or cut short, so nothing was loaded");

        using var store = home.OpenStore();
        try
        {
            return store.Lists.SaveVersion(
                source, hash, parsed.PublishedOn, parsed.Entities, parsed.Warnings, time.GetUtcNow());
        }
        catch (ArgumentException ex)
        {
            throw new VigilException($"{path}: the {source} list cannot be saved: {ex.Message}", ex);
        }
    }
}
