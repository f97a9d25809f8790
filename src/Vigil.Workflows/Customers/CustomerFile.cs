using System.Text;
using Vigil.Store;
using Vigil.Workflows.Screening;

namespace Vigil.Workflows.Customers;

/// <summary>
/// Reads a customer file: CSV, UTF-8 (or the encoding given), header row with <c>id</c> and <c>name</c>, optionally <c>type</c>,
/// <c>birth_date</c>, <c>country</c> and <c>id_number</c> or <c>id_numbers</c> (several separated by <c>;</c>).
/// Other columns are ignored.
/// </summary>
public static class CustomerFile
{
    /// <summary>Reads and checks every row; the first bad row fails the whole file with its line and field. A field with a
    /// control character (NUL, ...) or a name without a letter is a bad row, so neither reaches the register.</summary>
    /// <param name="warnings">Gets <c>PATH: line N: name: removed ...</c> for each name holding bidi controls or zero-width
    /// characters (kept as written; removed when the customer is screened).</param>
    public static IReadOnlyList<CustomerRecord> Read(string path, Encoding? encoding = null, ICollection<string>? warnings = null)
    {
        var records = new List<CustomerRecord>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in QueryCsv.Read(path, requireId: true, encoding))
        {
            var line = row.Line;
            var id = row.Id;
            if (id.Length == 0) throw new VigilException($"{path}: line {line}: id: empty");
            if (QueryText.ControlCharacterError("id", id) is { } control) throw new VigilException($"{path}: line {line}: {control}");
            if (!seen.TryAdd(id, line)) throw new VigilException($"{path}: line {line}: id: '{id}' already on line {seen[id]}");
            var ids = string.Join(';', row.IdNumbers.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            if (QueryText.ControlCharacterError("id_numbers", ids) is { } controlIds) throw new VigilException($"{path}: line {line}: {controlIds}");
            if (!row.Fields(FirstId(ids)).TryCreate(out _, out var error, out var warning))
                throw new VigilException($"{path}: line {line}: {error}");
            if (warning is not null) warnings?.Add($"{path}: line {line}: {warning}");
            records.Add(new CustomerRecord(id, row.Name, row.Type, row.BirthDate, row.Country, ids,
                Fingerprints.Customer(row.Name, row.BirthDate, row.Country, ids)));
        }
        return records;
    }

    /// <summary>The query a stored customer is screened with (the first of several id numbers).</summary>
    internal static QueryFields Query(CustomerRecord r) => new(r.Name, r.Type, r.BirthDate, r.Country, FirstId(r.IdNumbers));

    private static string? FirstId(string ids) => ids.Length == 0 ? null : ids.Split(';')[0];
}
