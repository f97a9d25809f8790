namespace Vigil.Sources.Tables;

/// <summary>One row of a spreadsheet or CSV file: where it is (1-based line or sheet row) and its cells, null where empty.</summary>
public readonly record struct SheetRow(int Line, string?[] Cells)
{
    /// <summary>The cell at <paramref name="index"/>, trimmed, or null when the row is shorter or the cell empty.</summary>
    public string? this[int index] =>
        index >= 0 && index < Cells.Length && Cells[index] is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    /// <summary>True when every cell is empty.</summary>
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
