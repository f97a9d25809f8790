using Vigil.Core.Lists;
using Vigil.Core.Model;
using Vigil.Sources;
using Vigil.Store;

namespace Vigil.Workflows;

/// <summary>Loads one published list version: read the files, parse, save as the source's new active version, or hold it.</summary>
/// <remarks>
/// All or nothing: the files are read and parsed completely before the store is touched, and the store writes the
/// version, the switch of the active version and the audit entry in one transaction. A failure anywhere leaves the
/// previously active version in place and surfaces as a <see cref="VigilException"/> naming the file and place.
/// A version that removes more than the allowed share of the active version's entries, or is older than it, is stored
/// but held as pending (<see cref="LoadReport.Held"/>) until an operator accepts it: see <see cref="ActivationRule"/>.
/// </remarks>
public sealed class LoadList(VigilHome home, TimeProvider time)
{
    private readonly Func<string, IListParser> _parserFor = ListCatalog.ParserFor;

    /// <summary>For tests: parsers that produce what real files cannot (no entries, repeated ids).</summary>
    internal LoadList(VigilHome home, TimeProvider time, Func<string, IListParser> parserFor) : this(home, time) =>
        _parserFor = parserFor;

    /// <summary>The share of entries a version may remove before it is held, in percent; null: <c>vigil.json</c>'s (default 5).</summary>
    public double? MaxRemovedPercent { get; init; }

    /// <summary>Loads the list of <paramref name="source"/> from <paramref name="path"/> (a directory, or the file of a one-file list).</summary>
    public LoadReport Run(string source, string path)
    {
        var rule = Rule(home, MaxRemovedPercent);
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
                source, hash, parsed.PublishedOn, parsed.Entities, parsed.Warnings, time.GetUtcNow(), rule);
        }
        catch (ArgumentException ex)
        {
            throw new VigilException($"{path}: the {source} list cannot be saved: {ex.Message}", ex);
        }
    }

    /// <summary>The hold rule: <paramref name="maxRemovedPercent"/> when given, else <c>vigil.json</c>'s <c>lists.max_removed_percent</c>.</summary>
    /// <exception cref="VigilException">The share is not a percentage from 0 to 100.</exception>
    internal static ActivationRule Rule(VigilHome home, double? maxRemovedPercent)
    {
        var percent = maxRemovedPercent ?? VigilConfig.Load(home).MaxRemovedPercent;
        try
        {
            return ActivationRule.ForPercent(percent);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new VigilException($"--max-removed: {percent} is not a percentage from 0 to 100");
        }
    }
}
