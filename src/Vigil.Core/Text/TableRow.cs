namespace Vigil.Core.Text;

/// <summary>One data line of an embedded reference table: its tab-separated cells, trimmed, and where it was read.</summary>
/// <param name="File">The table's resource name (<c>Vigil.Core.Text.Data.months.tsv</c>).</param>
/// <param name="Line">The 1-based line number in the file.</param>
/// <param name="Cells">The cells, trimmed; at least as many as the reader asked for.</param>
public readonly record struct TableRow(string File, int Line, IReadOnlyList<string> Cells)
{
    /// <summary>The cell at <paramref name="column"/> (0-based), or "" when the line has fewer cells.</summary>
    public string this[int column] => column < Cells.Count ? Cells[column] : "";

    /// <summary>An error about this line that names the file and line, for a value the table's reader cannot use.</summary>
    public InvalidDataException Error(string message) => new($"{File} line {Line}: {message}");
}
