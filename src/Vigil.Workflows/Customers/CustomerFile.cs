using nietras.SeparatedValues;
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
        if (!File.Exists(path)) throw new VigilException($"{path}: no such file");
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true }).FromFile(path);
        var header = reader.Header;
        if (!header.TryIndexOf("id", out var idCol) || !header.TryIndexOf("name", out var nameCol))
            throw new VigilException($"{path}: line 1: the header needs 'id' and 'name' columns (found: {string.Join(",", header.ColNames)})");
        var typeCol = Index(header, "type");
        var dobCol = Index(header, "birth_date");
        var countryCol = Index(header, "country");
        var idsCol = header.TryIndexOf("id_numbers", out var c) ? c : Index(header, "id_number");
        var records = new List<CustomerRecord>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            var id = Get(row, idCol).Trim();
            if (id.Length == 0) throw new VigilException($"{path}: line {line}: id: empty");
            if (!seen.TryAdd(id, line)) throw new VigilException($"{path}: line {line}: id: '{id}' already on line {seen[id]}");
            var name = Get(row, nameCol).Trim();
            var type = Get(row, typeCol).Trim();
            var dob = Get(row, dobCol).Trim();
            var country = Get(row, countryCol).Trim();
            var ids = string.Join(';', Get(row, idsCol).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            if (!new QueryFields(name, type, dob, country, FirstId(ids)).TryCreate(out _, out var error))
                throw new VigilException($"{path}: line {line}: {error}");
            records.Add(new CustomerRecord(id, name, type, dob, country, ids, Fingerprints.Customer(name, dob, country, ids)));
        }
        return records;
    }

    /// <summary>The query a stored customer is screened with (the first of several id numbers).</summary>
    internal static QueryFields Query(CustomerRecord r) => new(r.Name, r.Type, r.BirthDate, r.Country, FirstId(r.IdNumbers));

    private static string? FirstId(string ids) => ids.Length == 0 ? null : ids.Split(';')[0];

    private static string Get(SepReader.Row row, int col) => col >= 0 && col < row.ColCount ? row[col].Span.ToString() : "";

    private static int Index(SepReaderHeader header, string name) => header.TryIndexOf(name, out var i) ? i : -1;
}
