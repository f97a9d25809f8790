namespace Vigil.Workflows;

/// <summary>The one rule for a text cell in every CSV Vigil writes: a cell a spreadsheet would run as a formula is defused.</summary>
/// <remarks>
/// OWASP's CSV-injection guidance: a cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return gets a
/// leading single quote, so Excel, LibreOffice and Sheets show it as text. List names and customer ids are outside text, so
/// every string cell goes through here; numbers Vigil formats itself (ranks, scores) never start with these characters.
/// The UI's batch download applies the same rule in <c>wwwroot/batch.js</c> (<c>csvCell</c>); change both together.
/// Quoting for commas, quotes and line breaks stays the CSV writer's job.
/// </remarks>
public static class CsvCell
{
    /// <summary><paramref name="value"/> with a leading <c>'</c> when it starts with a formula trigger, otherwise unchanged.</summary>
    public static string Neutralise(string? value)
    {
        if (string.IsNullOrEmpty(value)) return value ?? "";
        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }
}
