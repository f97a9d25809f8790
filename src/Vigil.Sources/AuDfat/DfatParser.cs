using System.Text.RegularExpressions;
using Vigil.Core.Model;
using Vigil.Core.Text;
using Vigil.Sources.Tables;

namespace Vigil.Sources.AuDfat;

/// <summary>
/// Australia, DFAT Consolidated List (<c>regulation8_consolidated.xlsx</c>): one row per name; <c>Reference</c> is the
/// listing number plus a letter per extra name (<c>2</c>, <c>2a</c>, <c>2b</c>), so the number is the entry's id.
/// </summary>
/// <remarks>
/// Columns are found by name (header on the first non-blank row). Spellings of <c>Name Type</c> and <c>Type</c> vary
/// (<c>Primary Name </c>, <c>aka</c>, <c>Aka</c>, <c>Original script</c>) and are compared trimmed and case-insensitively.
/// Dates arrive as typed cells or text in many forms (<see cref="DateText"/>). The sheet has no list date: the version's
/// publication date is the newest <c>Control Date</c>.
/// </remarks>
public sealed partial class DfatParser : IListParser
{
    public const string SourceName = "au-dfat";

    public static DfatParser Instance { get; } = new();

    public string Source => SourceName;

    public IReadOnlyList<string> FileNames { get; } = ["regulation8_consolidated.xlsx"];

    public ListParseResult Parse(ListInput input)
    {
        var file = input.OnlyFile(FileNames[0], "the DFAT list is one XLSX workbook");
        var warnings = new List<ParseWarning>();
        Columns? columns = null;
        var groups = new List<(string Id, List<SheetRow> Rows)>();
        var byId = new Dictionary<string, List<SheetRow>>(StringComparer.Ordinal);
        foreach (var row in XlsxSheet.Read(file.Content, file.Name))
        {
            if (row.IsBlank) continue;
            if (columns is null)
            {
                var header = new SheetHeader(row);
                if (header.Find("Reference") < 0 || header.Find("Name of Individual or Entity") < 0)
                    throw new ListFormatException(file.Name, $"row {row.Line}",
                        "not the DFAT consolidated list: expected a header with 'Reference' and 'Name of Individual or Entity'");
                columns = new Columns(header, file.Name);
                continue;
            }
            var reference = row[columns.Reference];
            var number = reference is null ? null : ListingNumber().Match(reference) is { Success: true } m ? m.Value : null;
            if (number is null)
            {
                warnings.Add(new ParseWarning(file.Name, row.Line, "Reference", $"reference '{reference}' does not start with a listing number; row skipped"));
                continue;
            }
            if (!byId.TryGetValue(number, out var rows))
            {
                rows = [];
                byId.Add(number, rows);
                groups.Add((number, rows));
            }
            rows.Add(row);
        }
        if (columns is null) throw new ListFormatException(file.Name, "row 1", "no header row: not the DFAT consolidated list");
        if (groups.Count == 0) throw new ListFormatException(file.Name, $"row {columns.Header.Line}", "the list has a header but no rows");

        var mapper = new DfatMapper(columns, file.Name, warnings);
        var entities = new List<Entity>(groups.Count);
        foreach (var (id, rows) in groups)
            if (mapper.Map(id, rows) is { } entity) entities.Add(entity);
        DateOnly? published = entities.Select(e => e.AmendedOn).Max();
        // Warnings in row order: the grouping pass and the mapping pass each find some.
        return new ListParseResult(entities, [.. warnings.OrderBy(w => w.Line)], published);
    }

    [GeneratedRegex(@"^\d+")]
    private static partial Regex ListingNumber();

    internal sealed class Columns(SheetHeader header, string file)
    {
        public SheetHeader Header { get; } = header;
        public int Reference { get; } = header.Require(file, "Reference");
        public int Name { get; } = header.Require(file, "Name of Individual or Entity");
        public int Type { get; } = header.Find("Type");
        public int NameType { get; } = header.Find("Name Type");
        public int BirthDate { get; } = header.Find("Date of Birth");
        public int PlaceOfBirth { get; } = header.Find("Place of Birth");
        public int Citizenship { get; } = header.Find("Citizenship");
        public int Address { get; } = header.Find("Address");
        public int AdditionalInformation { get; } = header.Find("Additional Information");
        public int ListingInformation { get; } = header.Find("Listing Information");
        public int Committees { get; } = header.Find("Committees");
        public int ControlDate { get; } = header.Find("Control Date");
    }
}

/// <summary>Turns the rows of one DFAT listing into an entity, keeping each fact once.</summary>
internal sealed class DfatMapper(DfatParser.Columns columns, string file, List<ParseWarning> warnings)
{
    public Entity? Map(string id, List<SheetRow> rows)
    {
        var first = rows[0];
        var kind = (first[columns.Type]?.Trim().ToLowerInvariant()) switch
        {
            "individual" => EntityKind.Person,
            "entity" => EntityKind.Organization,
            var unknown => Unknown(first, unknown),
        };
        var names = new List<EntityName>();
        var births = new List<BirthDate>();
        var places = new List<string>();
        var citizenships = new List<string>();
        var addresses = new List<Address>();
        var programs = new List<string>();
        var other = new List<string>();
        var remarks = new List<string>();
        DateOnly? listedOn = null, amendedOn = null;

        foreach (var row in rows)
        {
            if (row[columns.Name] is { } name)
            {
                var role = Role(row);
                var at = names.FindIndex(n => string.Equals(n.Full, name, StringComparison.OrdinalIgnoreCase));
                if (at < 0) names.Add(new EntityName(name, role));
                else if (role == NameRole.Primary && names[at].Role != NameRole.Primary) names[at] = names[at] with { Role = role };
            }
            else
            {
                warnings.Add(new ParseWarning(file, row.Line, "Name of Individual or Entity", "row has no name; its other facts are kept"));
            }
            foreach (var value in Enumerated.Split(row[columns.BirthDate], splitOnOr: true))
            {
                if (IsNone(value)) continue;
                if (DateText.BirthDate(value) is { } birth) { if (!births.Contains(birth)) births.Add(birth); }
                else if (!other.Contains($"Date of birth: {value}"))
                {
                    // Rows of one listing repeat the cell; one warning, at its first row.
                    other.Add($"Date of birth: {value}");
                    warnings.Add(new ParseWarning(file, row.Line, "Date of Birth", $"'{value}' is not a date; kept in other information"));
                }
            }
            foreach (var place in Enumerated.Split(row[columns.PlaceOfBirth]))
                if (!IsNone(place)) AddOnce(places, place);
            foreach (var country in Enumerated.Split(row[columns.Citizenship], splitOnAnd: true))
            {
                if (IsNone(country)) continue;
                if (Countries.TryGetCode(country, out var code)) AddOnce(citizenships, code);
                else AddOnce(other, $"Citizenship: {country}");
            }
            foreach (var address in Enumerated.Split(row[columns.Address]))
            {
                if (IsNone(address) || addresses.Any(a => a.Street == address)) continue;
                var last = address.Split(',')[^1].Trim();
                addresses.Add(new Address(Street: address, CountryCode: Countries.TryGetCode(last, out var code) ? code : null));
            }
            foreach (var committee in Enumerated.Split(row[columns.Committees]))
                AddOnce(programs, committee);
            if (row[columns.AdditionalInformation] is { } info && !IsNone(info)) AddOnce(remarks, info);
            if (row[columns.ListingInformation] is { } listing)
            {
                AddOnce(other, listing);
                if (DateText.FirstDay(listing) is { } day) listedOn = listedOn is { } l && l < day ? l : day;
            }
            if (row[columns.ControlDate] is { } control)
            {
                if (DateText.Day(control) is { } day) amendedOn = amendedOn is { } a && a > day ? a : day;
                else warnings.Add(new ParseWarning(file, row.Line, "Control Date", $"'{control}' is not a date"));
            }
        }
        if (names.Count == 0)
        {
            warnings.Add(new ParseWarning(file, first.Line, "Name of Individual or Entity", $"listing {id} has no name; skipped"));
            return null;
        }
        var primary = names.FindIndex(n => n.Role == NameRole.Primary);
        if (primary < 0)
        {
            warnings.Add(new ParseWarning(file, first.Line, "Name Type", $"listing {id} has no primary name; its first name is taken as primary"));
            primary = Math.Max(0, names.FindIndex(n => n.Role != NameRole.OriginalScript));
            names[primary] = names[primary] with { Role = NameRole.Primary };
        }
        if (primary > 0)
        {
            var p = names[primary];
            names.RemoveAt(primary);
            names.Insert(0, p);
        }
        for (var i = 1; i < names.Count; i++)
            if (names[i].Role == NameRole.Primary) names[i] = names[i] with { Role = NameRole.Alias };

        return new Entity
        {
            Source = DfatParser.SourceName,
            SourceId = id,
            Kind = kind,
            Names = names,
            BirthDates = births,
            PlacesOfBirth = places,
            Citizenships = citizenships,
            Addresses = addresses,
            Programs = programs,
            ListedOn = listedOn,
            AmendedOn = amendedOn,
            UnReference = remarks.Select(OfsiUnReference).FirstOrDefault(r => r is not null),
            Remarks = remarks.Count == 0 ? null : string.Join("\n", remarks),
            OtherInfo = other,
        };
    }

    // DFAT repeats UN listings without a field for the UN reference; one written as "UN Ref QDi.001" at the start counts.
    private static string? OfsiUnReference(string text) => UkOfsi.OfsiValues.UnReference(text, atStart: true);

    private EntityKind Unknown(SheetRow row, string? type)
    {
        warnings.Add(new ParseWarning(file, row.Line, "Type", $"type '{type}' is not Individual or Entity; kind unknown"));
        return EntityKind.Unknown;
    }

    private NameRole Role(SheetRow row)
    {
        var type = row[columns.NameType]?.Trim().ToLowerInvariant();
        switch (type)
        {
            case "primary name": return NameRole.Primary;
            case "aka" or "alias" or null: return NameRole.Alias;
            case "original script": return NameRole.OriginalScript;
            case "formerly known as" or "previously listed as" or "fka": return NameRole.Former;
            default:
                warnings.Add(new ParseWarning(file, row.Line, "Name Type", $"name type '{row[columns.NameType]}' is unknown; read as an a.k.a."));
                return NameRole.Alias;
        }
    }

    private static bool IsNone(string value) => value.Trim().ToLowerInvariant() is "na" or "n/a" or "-" or "none" or "unknown";

    private static void AddOnce(List<string> list, string item)
    {
        if (!list.Contains(item)) list.Add(item);
    }
}
