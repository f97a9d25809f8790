using Vigil.Core.Model;
using Vigil.Fuzz.Tests.Fuzzing;
using Vigil.Sources;

namespace Vigil.Fuzz.Tests.Lists;

/// <summary>
/// One fuzzed list version through its parser: it is read (perhaps with warnings) or refused with the one documented error,
/// <see cref="ListFormatException"/>, naming the file and the line, position or offset; every warning names its file and line.
/// </summary>
public static class ListCheck
{
    public static Outcome Run(IListParser parser, CorpusEntry input)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(input);
        var files = input.Names.Select((n, i) => new ListFile(n, new MemoryStream(input.Files[i], writable: false))).ToList();
        ListParseResult result;
        try
        {
            result = parser.Parse(new ListInput(files));
        }
        catch (ListFormatException ex)
        {
            if (!input.Names.Contains(ex.File, StringComparer.OrdinalIgnoreCase))
                throw new FuzzFailureException($"ListFormatException names file '{ex.File}', not one of the files given [{string.Join(", ", input.Names)}]: {ex.Message}", ex);
            Place.RequireLine(ex.Place, $"ListFormatException place '{ex.Place}' ({ex.Message})");
            return Outcome.Refused;
        }
        foreach (var w in result.Warnings)
        {
            if (!input.Names.Contains(w.File, StringComparer.OrdinalIgnoreCase) || w.Line < 1)
                throw new FuzzFailureException($"warning without its file and line: {w}");
        }
        if (result.Entities.Any(e => e is null || e.Names.Count == 0))
            throw new FuzzFailureException("an entity without a name was returned");
        return Outcome.Accepted;
    }
}
