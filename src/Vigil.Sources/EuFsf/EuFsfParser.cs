using System.Xml.Linq;
using Vigil.Core.Model;
using Vigil.Core.Text;
using Vigil.Sources.Tables;

namespace Vigil.Sources.EuFsf;

/// <summary>
/// EU Financial Sanctions Files, "xmlFullSanctionsList_1_1" (<c>http://eu.europa.ec/fpi/fsd/export</c>): one
/// <c>sanctionEntity</c> per listing, everything in attributes, each alias, birth date, citizenship, identification and
/// address a child element with its own <c>regulationSummary</c>.
/// </summary>
/// <remarks>
/// The entry's id is the EU reference number (<c>EU.27.28</c>), or <c>fsd-</c> + the FSD <c>logicalId</c> where the reference
/// is empty. The EU marks no primary name: the first strong alias without a language (else in English, else the first)
/// is taken as primary; <c>strong="false"</c> aliases are weak. The version's date is the root's <c>generationDate</c>.
/// Written to the published schema; the real file here is a 7-entity excerpt.
/// </remarks>
public sealed class EuFsfParser : IListParser
{
    public const string SourceName = "eu-fsf";

    public static EuFsfParser Instance { get; } = new();

    public string Source => SourceName;

    public IReadOnlyList<string> FileNames { get; } = ["xmlFullSanctionsList_1_1.xml"];

    public ListParseResult Parse(ListInput input)
    {
        var file = input.OnlyFile(FileNames[0], "the EU list is one XML file");
        var warnings = new List<ParseWarning>();
        var entities = new List<Entity>();
        using var xml = new XmlRecords(file.Content, file.Name);
        xml.ReadRoot();
        if (xml.RootName != "export")
            throw new ListFormatException(file.Name, "line 1", $"root element <{xml.RootName}>, not <export>: not the EU Financial Sanctions File");
        foreach (var (element, line) in xml.Read("sanctionEntity"))
            if (Map(element, line, file.Name, warnings) is { } entity) entities.Add(entity);

        DateOnly? published = null;
        if (xml.RootAttributes.TryGetValue("generationDate", out var generated))
        {
            published = DateText.Day(generated.Length >= 10 ? generated[..10] : generated);
            if (published is null) warnings.Add(new ParseWarning(file.Name, 2, "generationDate", $"generationDate '{generated}' is not a date"));
        }
        return new ListParseResult(entities, warnings, published);
    }

    private static Entity? Map(XElement e, int line, string file, List<ParseWarning> warnings)
    {
        var reference = Attr(e, "euReferenceNumber");
        var logicalId = Attr(e, "logicalId");
        var id = reference ?? (logicalId is null ? null : "fsd-" + logicalId);
        if (id is null)
        {
            warnings.Add(new ParseWarning(file, line, "euReferenceNumber", "sanctionEntity has neither euReferenceNumber nor logicalId; skipped"));
            return null;
        }
        var code = Attr(Child(e, "subjectType"), "code")?.ToLowerInvariant();
        var kind = code switch
        {
            "person" => EntityKind.Person,
            "enterprise" => EntityKind.Organization,
            _ => EntityKind.Unknown,
        };
        if (kind == EntityKind.Unknown)
            warnings.Add(new ParseWarning(file, line, "subjectType", $"subject type '{code}' is not person or enterprise; kind unknown"));

        var names = new List<EntityName>();
        var titles = new List<string>();
        string? gender = null;
        foreach (var alias in Children(e, "nameAlias"))
        {
            var whole = Attr(alias, "wholeName");
            var first = Attr(alias, "firstName");
            var middle = Attr(alias, "middleName");
            var last = Attr(alias, "lastName");
            var parts = new[] { first, middle, last }.Where(p => p is not null).Cast<string>().ToList();
            whole ??= parts.Count > 0 ? string.Join(' ', parts) : null;
            if (whole is null) continue;
            var strong = !string.Equals(Attr(alias, "strong"), "false", StringComparison.OrdinalIgnoreCase);
            var language = Attr(alias, "nameLanguage");
            var given = string.Join(' ', new[] { first, middle }.Where(p => p is not null));
            var name = new EntityName(whole, strong ? NameRole.Alias : NameRole.WeakAlias,
                Given: given.Length > 0 ? given : null, Family: last, Parts: parts.Count > 1 ? parts : null,
                Note: language is null ? null : $"language {language}");
            if (!names.Any(n => n.Full == whole)) names.Add(name);
            if (Attr(alias, "function") is { } function && !titles.Contains(function)) titles.Add(function);
            if (Attr(alias, "title") is { } title && !titles.Contains(title)) titles.Add(title);
            gender ??= Attr(alias, "gender") switch { "M" => "Male", "F" => "Female", _ => null };
        }
        if (names.Count == 0)
        {
            warnings.Add(new ParseWarning(file, line, "nameAlias", $"{id} has no name; skipped"));
            return null;
        }
        // No alias is marked primary. Take the strong one the EU wrote most fully: in no particular language (or English),
        // with name parts over a bare whole name (Saddam Hussein Al-Tikriti over Abu Ali), the first such.
        var primary = names
            .Select((n, i) => (Index: i, Rank: (n.Role == NameRole.Alias ? 0 : 4) + (n.Note is null or "language EN" ? 0 : 2) + (n.Family is not null || n.Given is not null ? 0 : 1)))
            .OrderBy(x => x.Rank).ThenBy(x => x.Index).First().Index;
        var main = names[primary] with { Role = NameRole.Primary };
        names.RemoveAt(primary);
        names.Insert(0, main);

        var births = new List<BirthDate>();
        var places = new List<string>();
        foreach (var b in Children(e, "birthdate"))
        {
            var circa = string.Equals(Attr(b, "circa"), "true", StringComparison.OrdinalIgnoreCase);
            PartialDate? date = Attr(b, "birthdate") is { } full && PartialDate.TryParse(full, out var d) ? d
                : int.TryParse(Attr(b, "year"), out var y) && y is > 999 and < 10000
                    ? new PartialDate(y, int.TryParse(Attr(b, "monthOfYear"), out var m) && m is >= 1 and <= 12 ? m : null,
                        int.TryParse(Attr(b, "monthOfYear"), out var m2) && m2 is >= 1 and <= 12 && int.TryParse(Attr(b, "dayOfMonth"), out var dd) && dd >= 1 && dd <= DateTime.DaysInMonth(y, m2) ? dd : null)
                    : null;
            if (date is { } value && !births.Contains(new BirthDate(value, Approximate: circa))) births.Add(new BirthDate(value, Approximate: circa));
            var place = string.Join(", ", new[] { Attr(b, "place"), Attr(b, "city"), Attr(b, "region"), Attr(b, "countryDescription") is { } c && c != "UNKNOWN" ? c : null }
                .Where(p => p is not null));
            if (place.Length > 0 && !places.Contains(place)) places.Add(place);
        }

        var citizenships = new List<string>();
        foreach (var c in Children(e, "citizenship"))
            if (Attr(c, "countryIso2Code") is { Length: 2 } iso && iso != "00" && !citizenships.Contains(iso)) citizenships.Add(iso);

        var identifiers = new List<Identifier>();
        foreach (var doc in Children(e, "identification"))
        {
            var number = Attr(doc, "number") ?? Attr(doc, "latinNumber");
            if (number is null) continue;
            var type = Attr(doc, "identificationTypeCode")?.ToLowerInvariant();
            var kindOfId = type switch
            {
                "passport" => IdentifierKind.Passport,
                "id" => IdentifierKind.NationalId,
                "tax" or "fiscalcode" => IdentifierKind.TaxId,
                "regnumber" => IdentifierKind.Registration,
                "swiftbic" => IdentifierKind.SwiftBic,
                "imo" => IdentifierKind.Imo,
                "ssn" => IdentifierKind.SocialSecurity,
                _ => IdentifierKind.Other,
            };
            var note = string.Join("; ", new[]
            {
                Attr(doc, "issuedBy") is { } by ? $"issued by {by}" : null,
                Attr(doc, "validFrom") is { } from ? $"valid from {from}" : null,
                Attr(doc, "validTo") is { } to ? $"valid to {to}" : null,
                string.Equals(Attr(doc, "diplomatic"), "true", StringComparison.OrdinalIgnoreCase) ? "diplomatic" : null,
                Attr(doc, "nameOnDocument") is { } on ? $"name on document: {on}" : null,
                Child(doc, "remark")?.Value.Trim() is { Length: > 0 } r ? r : null,
            }.Where(n => n is not null));
            var country = Attr(doc, "countryIso2Code") is { Length: 2 } cc && cc != "00" ? cc : null;
            var id2 = new Identifier(kindOfId, number, country, Attr(doc, "identificationTypeDescription"), note.Length > 0 ? note : null);
            if (!identifiers.Any(i => i.Kind == id2.Kind && i.Canonical == id2.Canonical)) identifiers.Add(id2);
        }

        var addresses = new List<Address>();
        foreach (var a in Children(e, "address"))
        {
            var street = string.Join(", ", new[] { Attr(a, "street"), Attr(a, "poBox") is { } po ? "PO Box " + po : null, Attr(a, "place") }.Where(p => p is not null));
            var country = Attr(a, "countryDescription") is { } cd && cd != "UNKNOWN" ? cd : null;
            var cc = Attr(a, "countryIso2Code") is { Length: 2 } iso && iso != "00" ? iso : null;
            var address = new Address(street.Length > 0 ? street : null, Attr(a, "city"), Attr(a, "region"), Attr(a, "zipCode"), country, cc);
            if (address.ToString().Length > 0 && !addresses.Contains(address)) addresses.Add(address);
        }

        var programs = new List<string>();
        var regulations = Children(e, "regulation").ToList();
        foreach (var r in regulations)
            if (Attr(r, "programme") is { } p && !programs.Contains(p)) programs.Add(p);
        var listedOn = DateText.Day(Attr(e, "designationDate"))
            ?? regulations.Select(r => DateText.Day(Attr(r, "publicationDate"))).Where(d => d is not null).Min();
        var amendedOn = regulations.Select(r => DateText.Day(Attr(r, "publicationDate"))).Where(d => d is not null).Max();
        var remarks = Children(e, "remark").Select(r => r.Value.Trim()).Where(r => r.Length > 0).Distinct().ToList();
        var other = new List<string>();
        if (logicalId is not null) other.Add($"EU FSD logical id: {logicalId}");
        if (Attr(e, "designationDetails") is { } details) other.Add(details);
        foreach (var r in regulations)
            if (Attr(r, "numberTitle") is { } title) other.Add($"Regulation {title}" + (Attr(r, "publicationDate") is { } pd ? $" of {pd}" : ""));

        return new Entity
        {
            Source = SourceName,
            SourceId = id,
            Kind = kind,
            Names = names,
            BirthDates = births,
            PlacesOfBirth = places,
            Citizenships = citizenships,
            Gender = gender,
            Identifiers = identifiers,
            Addresses = addresses,
            Programs = programs,
            Titles = titles,
            ListedOn = listedOn,
            AmendedOn = amendedOn,
            UnReference = Attr(e, "unitedNationId"),
            Remarks = remarks.Count == 0 ? null : string.Join("\n", remarks),
            OtherInfo = other.Distinct().ToList(),
        };
    }

    private static XElement? Child(XElement? e, string name) => e?.Elements().FirstOrDefault(c => c.Name.LocalName == name);

    private static IEnumerable<XElement> Children(XElement e, string name) => e.Elements().Where(c => c.Name.LocalName == name);

    private static string? Attr(XElement? e, string name) =>
        e?.Attributes().FirstOrDefault(a => a.Name.LocalName == name)?.Value.Trim() is { Length: > 0 } v ? v : null;
}
