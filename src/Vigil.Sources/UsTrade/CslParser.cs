using System.Text.RegularExpressions;
using Vigil.Core.Model;
using Vigil.Core.Text;
using Vigil.Sources.Tables;

namespace Vigil.Sources.UsTrade;

/// <summary>
/// US Consolidated Screening List (trade.gov, CSV export with a header): eleven US export and sanctions lists in one file,
/// one row per listing, multi-valued cells <c>;</c>-separated.
/// </summary>
/// <remarks>
/// Id: the short code of the row's list (<c>SDN</c>, <c>EL</c>, <c>DPL</c> from <c>source</c>'s parentheses) and the list's
/// own number (<c>entity_number</c>) where it has one, else the name (<c>DPL-adrian-manuel-hernandez</c>); a repeated id gets
/// its line appended with a warning. The source list is kept as the first programme. Version date: the newest <c>start_date</c>.
/// </remarks>
public sealed partial class CslParser : IListParser
{
    public const string SourceName = "us-csl";

    public static CslParser Instance { get; } = new();

    public string Source => SourceName;

    public IReadOnlyList<string> FileNames { get; } = ["consolidated.csv"];

    public ListParseResult Parse(ListInput input)
    {
        var file = input.OnlyFile(FileNames[0], "the Consolidated Screening List is one CSV file");
        var (h, rows) = TradeTable.Read(file, ',', "source", "Consolidated Screening List");
        var c = new
        {
            Source = h.Require(file.Name, "source"), Number = h.Find("entity_number"), Type = h.Find("type"), Programs = h.Find("programs"),
            Name = h.Require(file.Name, "name"), Title = h.Find("title"), Addresses = h.Find("addresses"), Notice = h.Find("federal_register_notice"),
            Start = h.Find("start_date"), End = h.Find("end_date"), CallSign = h.Find("call_sign"), VesselType = h.Find("vessel_type"),
            Tonnage = h.Find("gross_tonnage"), Grt = h.Find("gross_registered_tonnage"), Flag = h.Find("vessel_flag"), Owner = h.Find("vessel_owner"),
            Remarks = h.Find("remarks"), AltNames = h.Find("alt_names"), Citizenships = h.Find("citizenships"), Dobs = h.Find("dates_of_birth"),
            Nationalities = h.Find("nationalities"), Pobs = h.Find("places_of_birth"), Ids = h.Find("ids"), ListUrl = h.Find("source_list_url"),
        };
        var warnings = new List<ParseWarning>();
        var entities = new List<Entity>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var name = row[c.Name];
            var source = row[c.Source];
            if (name is null || source is null)
            {
                warnings.Add(new ParseWarning(file.Name, row.Line, name is null ? "name" : "source", "row without a name or source list; skipped"));
                continue;
            }
            var code = ListCode().Match(source) is { Success: true } m ? m.Groups[1].Value : TradeTable.Slug(source).ToUpperInvariant();
            var id = code + "-" + (row[c.Number] ?? TradeTable.Slug(name));
            if (seen.TryGetValue(id, out var earlier))
            {
                warnings.Add(new ParseWarning(file.Name, row.Line, "entity_number", $"{id} repeats the row on line {earlier}; kept as {id}-{row.Line}"));
                id = $"{id}-{row.Line}";
            }
            seen[id] = row.Line;
            var kind = row[c.Type]?.ToLowerInvariant() switch
            {
                "individual" => EntityKind.Person,
                "entity" => EntityKind.Organization,
                "vessel" => EntityKind.Vessel,
                "aircraft" => EntityKind.Aircraft,
                _ => EntityKind.Unknown,
            };
            var names = new List<EntityName> { new(name) };
            foreach (var alt in TradeTable.Multi(row[c.AltNames]))
                if (!names.Any(n => n.Full == alt)) names.Add(new EntityName(alt, NameRole.Alias));
            var births = new List<BirthDate>();
            var other = new List<string>();
            foreach (var dob in TradeTable.Multi(row[c.Dobs]))
            {
                if (DateText.BirthDate(dob) is { } birth) births.Add(birth);
                else
                {
                    other.Add($"Date of birth: {dob}");
                    warnings.Add(new ParseWarning(file.Name, row.Line, "dates_of_birth", $"'{dob}' is not a date; kept in other information"));
                }
            }
            var identifiers = TradeTable.Multi(row[c.Ids]).Select(Identifier).Where(i => i is not null).Cast<Identifier>().ToList();
            var addresses = TradeTable.Multi(row[c.Addresses]).Select(a =>
            {
                var last = a.Split(',')[^1].Trim();
                return new Address(Street: a, CountryCode: last.Length == 2 && Countries.TryGetCode(last, out var cc) ? cc : null);
            }).ToList();
            foreach (var (label, col) in new[] { ("Federal Register notice", c.Notice), ("End date", c.End), ("Source list", c.ListUrl) })
                if (row[col] is { } v) other.Add($"{label}: {v}");
            VesselInfo? vessel = kind == EntityKind.Vessel || row[c.CallSign] is not null || row[c.VesselType] is not null
                ? new VesselInfo(row[c.CallSign], row[c.VesselType], row[c.Tonnage], row[c.Grt], row[c.Flag], row[c.Owner])
                : null;
            entities.Add(new Entity
            {
                Source = SourceName,
                SourceId = id,
                Kind = kind,
                Names = names,
                BirthDates = births,
                PlacesOfBirth = TradeTable.Multi(row[c.Pobs]),
                Nationalities = Codes(row[c.Nationalities]),
                Citizenships = Codes(row[c.Citizenships]),
                Identifiers = identifiers,
                Addresses = addresses,
                Programs = [source, .. TradeTable.Multi(row[c.Programs]).Where(p => p != source)],
                Titles = row[c.Title] is { } title ? [title] : [],
                ListedOn = DateText.Day(row[c.Start]),
                Remarks = row[c.Remarks],
                Vessel = vessel,
                OtherInfo = other,
            });
        }
        return new ListParseResult(entities, warnings, entities.Select(e => e.ListedOn).Max());
    }

    private static List<string> Codes(string? cell) =>
        [.. TradeTable.Multi(cell).Select(v => Countries.TryGetCode(v, out var code) ? code : null).Where(v => v is not null).Cast<string>().Distinct()];

    /// <summary><c>US, 80-0890696, Tax ID No.</c> → a tax id issued in the US; <c>IMO 8898831, Vessel Registration Identification</c> → an IMO number.</summary>
    internal static Identifier? Identifier(string text)
    {
        var parts = text.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count == 0) return null;
        string? country = null;
        if (parts.Count >= 3 && parts[0].Length == 2 && parts[0].All(char.IsAsciiLetterUpper))
        {
            country = parts[0];
            parts.RemoveAt(0);
        }
        var number = parts[0];
        var label = parts.Count > 1 ? string.Join(", ", parts.Skip(1)) : null;
        var type = (label ?? number).ToLowerInvariant();
        var kind = type switch
        {
            _ when number.StartsWith("IMO ", StringComparison.OrdinalIgnoreCase) || type.Contains("vessel registration") => IdentifierKind.Imo,
            _ when type.Contains("passport") => IdentifierKind.Passport,
            _ when type.Contains("tax") => IdentifierKind.TaxId,
            _ when type.Contains("swift") => IdentifierKind.SwiftBic,
            _ when type.Contains("registration") || type.Contains("matricula") => IdentifierKind.Registration,
            _ when type.Contains("national id") || type.Contains("cedula") => IdentifierKind.NationalId,
            _ when type.Contains("website") => IdentifierKind.Website,
            _ when type.Contains("email") => IdentifierKind.Email,
            _ => IdentifierKind.Other,
        };
        if (kind == IdentifierKind.Imo && number.StartsWith("IMO ", StringComparison.OrdinalIgnoreCase)) number = number[4..].Trim();
        return new Identifier(kind, number, country, label);
    }

    [GeneratedRegex(@"\(([A-Z]{2,5})\)")]
    private static partial Regex ListCode();
}
