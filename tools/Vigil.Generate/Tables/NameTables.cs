using System.Reflection;

namespace Vigil.Generate.Tables;

/// <summary>The embedded name tables (<c>Data/*.tsv</c>): cultures with their given names, surnames and firm words.</summary>
internal sealed class NameTables
{
    private NameTables(IReadOnlyList<Culture> cultures, IReadOnlyList<NamePart> anyBrands)
    {
        Cultures = cultures;
        AnyBrands = anyBrands;
    }

    public IReadOnlyList<Culture> Cultures { get; }
    /// <summary>Brand words any culture may use (Apex, Nova, Global).</summary>
    public IReadOnlyList<NamePart> AnyBrands { get; }

    public static NameTables Load()
    {
        var cultures = new Dictionary<string, Culture>(StringComparer.Ordinal);
        foreach (var f in Rows("cultures.tsv", 4))
            cultures[f[0]] = new Culture(f[0], int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), f[2].Split('|'),
                int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture));

        foreach (var f in Rows("given_names.tsv", 4))
        {
            var culture = Find(cultures, f[0], "given_names.tsv");
            (f[1] == "f" ? culture.FemaleNames : culture.MaleNames).Add(Part(f[2], f[3]));
        }
        foreach (var f in Rows("surnames.tsv", 3))
            Find(cultures, f[0], "surnames.tsv").Surnames.Add(Part(f[1], f[2]));

        var any = new List<NamePart>();
        foreach (var f in Rows("company_words.tsv", 4))
        {
            var part = Part(f[2], f[3]);
            if (f[0] == "*")
            {
                if (f[1] != "brand") throw new InvalidDataException($"company_words.tsv: only brand words may be for any culture: {string.Join('\t', f)}");
                any.Add(part);
                continue;
            }
            var culture = Find(cultures, f[0], "company_words.tsv");
            var list = f[1] switch
            {
                "brand" => culture.Brands,
                "industry" => culture.Industries,
                "legal" => culture.LegalForms,
                "legal-prefix" => culture.LegalPrefixes,
                "city" => culture.Cities,
                _ => throw new InvalidDataException($"company_words.tsv: unknown kind '{f[1]}'"),
            };
            list.Add(part);
        }
        foreach (var c in cultures.Values)
            if (c.MaleNames.Count == 0 || c.FemaleNames.Count == 0 || c.Surnames.Count == 0)
                throw new InvalidDataException($"culture {c.Code} lacks given names or surnames");
        return new NameTables([.. cultures.Values], any);
    }

    private static NamePart Part(string latin, string native) => new(latin, native.Length == 0 ? null : native);

    private static Culture Find(Dictionary<string, Culture> cultures, string code, string file) =>
        cultures.TryGetValue(code, out var c) ? c : throw new InvalidDataException($"{file}: unknown culture '{code}'");

    /// <summary>The data rows of an embedded table, padded to <paramref name="columns"/>; comment lines start with #.</summary>
    private static List<string[]> Rows(string file, int columns)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Vigil.Generate.Data." + file)
            ?? throw new InvalidDataException($"embedded table {file} is missing");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length < columns - 1) throw new InvalidDataException($"{file}: row '{line}' has {fields.Length} columns, expected {columns}");
            if (fields.Length < columns) fields = [.. fields, .. Enumerable.Repeat("", columns - fields.Length)];
            rows.Add(fields);
        }
        return rows;
    }
}
