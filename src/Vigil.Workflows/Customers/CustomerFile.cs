using Vigil.Store;
using Vigil.Workflows.Screening;

namespace Vigil.Workflows.Customers;

/// <summary>
/// Reads a customer file: CSV, UTF-8, header row with <c>id</c> and <c>name</c>, optionally <c>type</c>,
/// <c>birth_date</c>, <c>country</c> and <c>id_number</c> or <c>id_numbers</c> (several separated by <c>;</c>).
/// Other columns are ignored.
/// </summary>
public static class CustomerFile
{
    /// <summary>Reads and checks every row; the first bad row fails the whole file with its line and field.</summary>
    public static IReadOnlyList<CustomerRecord> Read(string path)
    {
        var records = new List<CustomerRecord>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in QueryCsv.Read(path, requireId: true))
        {
            var line = row.Line;
            var id = row.Id;
            if (id.Length == 0) throw new VigilException($"{path}: line {line}: id: empty");
            if (!seen.TryAdd(id, line)) throw new VigilException($"{path}: line {line}: id: '{id}' already on line {seen[id]}");
            var ids = string.Join(';', row.IdNumbers.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            if (!row.Fields(FirstId(ids)).TryCreate(out _, out var error))
                throw new VigilException($"{path}: line {line}: {error}");
            records.Add(new CustomerRecord(id, row.Name, row.Type, row.BirthDate, row.Country, ids,
                Fingerprints.Customer(row.Name, row.BirthDate, row.Country, ids)));
        }
        return records;
    }

    /// <summary>The query a stored customer is screened with (the first of several id numbers).</summary>
    internal static QueryFields Query(CustomerRecord r) => new(r.Name, r.Type, r.BirthDate, r.Country, FirstId(r.IdNumbers));

    private static string? FirstId(string ids) => ids.Length == 0 ? null : ids.Split(';')[0];
}
