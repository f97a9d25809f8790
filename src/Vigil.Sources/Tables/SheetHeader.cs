using Vigil.Core.Model;

namespace Vigil.Sources.Tables;

/// <summary>The header row of a table: column names to positions, compared case- and space-insensitively.</summary>
/// <remarks>
/// Publishers add, rename and reorder columns; readers look columns up by name (with the older names as alternatives),
/// so an added column is ignored and a moved one still found. Only the columns a reader cannot do without are required.
/// </remarks>
public sealed class SheetHeader
{
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

    public SheetHeader(SheetRow row)
    {
        Line = row.Line;
        for (var i = 0; i < row.Cells.Length; i++)
            if (row.Cells[i] is { } name && !string.IsNullOrWhiteSpace(name)) _positions.TryAdd(Key(name), i);
        Count = row.Cells.Length;
        while (Count > 0 && string.IsNullOrWhiteSpace(row.Cells[Count - 1])) Count--;
    }

    /// <summary>The line or sheet row the header was read from.</summary>
    public int Line { get; }

    /// <summary>The number of columns up to the last named one.</summary>
    public int Count { get; }

    /// <summary>The position of the first of <paramref name="names"/> the header has, or -1.</summary>
    public int Find(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
            if (_positions.TryGetValue(Key(name), out var i)) return i;
        return -1;
    }

    /// <summary>Like <see cref="Find"/>, but a missing column fails the file, naming it and the header line.</summary>
    public int Require(string file, params string[] names) =>
        Find(names) is var i and >= 0
            ? i
            : throw new ListFormatException(file, $"line {Line}",
                $"the header has no column '{names[0]}'" + (names.Length > 1 ? $" (nor {string.Join(", ", names.Skip(1).Select(n => $"'{n}'"))})" : ""));

    private static string Key(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
