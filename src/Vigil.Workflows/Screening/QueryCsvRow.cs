namespace Vigil.Workflows.Screening;

/// <summary>One data row of a query or customer file, as written (trimmed; a missing column reads as empty).</summary>
/// <param name="Line">The 1-based line the row starts on.</param>
/// <param name="Ordinal">The row's 1-based position among the data rows (a query's default id).</param>
/// <param name="IdNumbers">The <c>id_numbers</c> column (several separated by <c>;</c>), or <c>id_number</c> when there is none.</param>
public sealed record QueryCsvRow(int Line, int Ordinal, string Id, string Name, string Type, string BirthDate, string Country, string IdNumbers)
{
    /// <summary>The row as a query, with <paramref name="idNumber"/> as its id number.</summary>
    public QueryFields Fields(string? idNumber) => new(Name, Type, BirthDate, Country, idNumber);
}
