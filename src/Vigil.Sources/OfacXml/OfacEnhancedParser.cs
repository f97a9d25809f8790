using System.IO.Compression;
using System.Xml.Linq;
using Vigil.Core.Model;
using Vigil.Sources.Tables;

namespace Vigil.Sources.OfacXml;

/// <summary>
/// OFAC's enhanced XML (Sanctions List Service, <c>SDN_ENHANCED.XML</c> / <c>CONS_ENHANCED.XML</c>, published also as a ZIP
/// holding that one file): <c>referenceValues</c>, then one <c>entity</c> per party with names in translations, features,
/// identity documents, addresses, relationships, lists and programmes.
/// </summary>
/// <remarks>
/// A ZIP is opened and its one <c>.xml</c> entry read (entries are checked for size before they are read); entities are
/// streamed one at a time. The entry's id is the entity's <c>id</c>, OFAC's <c>ent_num</c>, as in the legacy and advanced
/// formats. Version date: <c>publicationInfo/dataAsOf</c>.
/// </remarks>
public sealed class OfacEnhancedParser : IListParser
{
    public const string SourceName = "ofac-enhanced";

    /// <summary>The largest XML a ZIP may expand to (OFAC's full SDN enhanced file is a few hundred MB).</summary>
    public const long MaxExpandedBytes = 2L * 1024 * 1024 * 1024;

    private static readonly HashSet<string> Whole = ["publicationInfo", "referenceValues"];
    private static readonly HashSet<string> Containers = ["entities"];

    public static OfacEnhancedParser Instance { get; } = new();

    public string Source => SourceName;

    public IReadOnlyList<string> FileNames { get; } = ["SDN_ENHANCED.ZIP", "CONS_ENHANCED.ZIP", "SDN_ENHANCED.XML", "CONS_ENHANCED.XML"];

    public bool FilesAreAlternatives => true;

    public ListParseResult Parse(ListInput input)
    {
        var file = input.OnlyFile(FileNames[0], "an OFAC enhanced list is one XML file or a ZIP holding it");
        var content = file.Content.CanSeek ? file.Content : Copy(file.Content);
        Span<byte> head = stackalloc byte[4];
        var read = content.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        content.Position = 0;
        if (!XlsxSheet.LooksLikeWorkbook(head[..read])) return ParseXml(content, file.Name);

        ZipArchive zip;
        List<ZipArchiveEntry> entries;
        try
        {
            zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            // The central directory is read here, on first use: a damaged one throws now, not later.
            entries = [.. zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))];
        }
        catch (InvalidDataException ex)
        {
            throw new ListFormatException(file.Name, "whole file", $"not a readable ZIP archive (cut short?): {ex.Message}", ex);
        }
        using (zip)
        {
            if (entries.Count != 1)
                throw new ListFormatException(file.Name, "whole file", $"the ZIP holds {entries.Count} XML files; an OFAC enhanced ZIP holds one");
            var entry = entries[0];
            if (entry.Length > MaxExpandedBytes)
                throw new ListFormatException(file.Name, "whole file", $"its {entry.FullName} expands to {entry.Length:N0} bytes, more than the {MaxExpandedBytes:N0} allowed");
            try
            {
                using var xml = entry.Open();
                // Errors name the file given (the ZIP); it holds only this one XML file.
                return ParseXml(xml, file.Name);
            }
            catch (InvalidDataException ex)
            {
                throw new ListFormatException(file.Name, "whole file", $"the compressed data of {entry.FullName} is damaged (cut short?): {ex.Message}", ex);
            }
        }
    }

    private static ListParseResult ParseXml(Stream content, string name)
    {
        var warnings = new List<ParseWarning>();
        using var xml = new XmlRecords(content, name);
        xml.ReadRoot();
        if (xml.RootName != "sanctionsData")
            throw new ListFormatException(name, "line 1", $"root element <{xml.RootName}>, not <sanctionsData>: not an OFAC enhanced XML file");
        DateOnly? asOf = null;
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        var parties = new List<OfacParty>();
        foreach (var (e, line) in xml.ReadSections(Whole, Containers))
        {
            switch (e.Name.LocalName)
            {
                case "publicationInfo":
                    asOf = DateText.Day(Text(e, "dataAsOf") is { Length: >= 10 } d ? d[..10] : null);
                    break;
                case "referenceValues":
                    foreach (var value in e.Elements())
                        if (value.Attribute("refId")?.Value is { } refId && Text(value, "isoCode") is { Length: 2 } iso) countries[refId] = iso;
                    break;
                case "entity":
                    if (Entity(e, line, countries, name, warnings) is { } party) parties.Add(party);
                    break;
            }
        }
        if (asOf is null) warnings.Add(new ParseWarning(name, 2, "dataAsOf", "no publicationInfo/dataAsOf: the list date is unknown"));
        return new ListParseResult([.. parties.Select(p => p.ToEntity())], warnings, asOf);
    }

    private static OfacParty? Entity(XElement e, int line, Dictionary<string, string> countries, string file, List<ParseWarning> warnings)
    {
        if (e.Attribute("id")?.Value is not { } id)
        {
            warnings.Add(new ParseWarning(file, line, "id", "entity without id; skipped"));
            return null;
        }
        var party = new OfacParty(SourceName, id)
        {
            Kind = Text(Child(e, "generalInfo"), "entityType") switch
            {
                "Individual" => EntityKind.Person,
                "Entity" => EntityKind.Organization,
                "Vessel" => EntityKind.Vessel,
                "Aircraft" => EntityKind.Aircraft,
                _ => EntityKind.Unknown,
            },
            Remarks = Text(e, "remarks"),
        };
        string? Iso(XElement? x) => x?.Attribute("refId")?.Value is { } r && countries.TryGetValue(r, out var iso) ? iso : null;

        foreach (var list in Items(e, "sanctionsLists"))
            party.AddList(list.Value.Trim(), DateText.Day(list.Attribute("datePublished")?.Value));
        foreach (var program in Items(e, "sanctionsPrograms")) party.AddProgram(program.Value.Trim());
        foreach (var authority in Items(e, "legalAuthorities")) party.AddOther($"Legal authority: {authority.Value.Trim()}");

        foreach (var name in Items(e, "names"))
        {
            var role = AdvancedParty.Role(Text(name, "aliasType"), AdvancedParty.IsTrue(Text(name, "isPrimary")), AdvancedParty.IsTrue(Text(name, "isLowQuality")));
            foreach (var translation in Items(name, "translations"))
            {
                var parts = Items(translation, "nameParts").Select(p => (Text(p, "type") ?? "", Text(p, "value") ?? "")).Where(p => p.Item2.Length > 0).ToList();
                if (parts.Count == 0 && Text(translation, "formattedFullName") is { } formatted) parts.Add(("", formatted));
                if (parts.Count == 0) continue;
                var script = Text(translation, "script");
                party.AddName(script is null or "Latin"
                    ? OfacParty.Name(parts, role, null)
                    : OfacParty.Name(parts, NameRole.OriginalScript, $"{script} script"));
            }
        }

        var addresses = new Dictionary<string, Address>(StringComparer.Ordinal);
        foreach (var address in Items(e, "addresses"))
        {
            var country = Child(address, "country");
            var parts = Items(address, "translations").Where(t => AdvancedParty.IsTrue(Text(t, "isPrimary")))
                .SelectMany(t => Items(t, "addressParts")).Select(p => (Type: Text(p, "type")?.ToUpperInvariant(), Value: Text(p, "value"))).ToList();
            string? Part(string type) => parts.FirstOrDefault(p => p.Type == type).Value;
            var street = string.Join(", ", parts.Where(p => p.Type is "ADDRESS1" or "ADDRESS2" or "ADDRESS3" or "UNKNOWN").Select(p => p.Value));
            var a = new Address(street.Length > 0 ? street : null, Part("CITY"), Part("STATE/PROVINCE") ?? Part("REGION"), Part("POSTAL CODE"),
                country?.Value.Trim(), Iso(country));
            if (address.Attribute("id")?.Value is { } addressId) addresses[addressId] = a;
            party.AddFeature("Location", null, a, null, null);
        }

        foreach (var feature in Items(e, "features"))
        {
            var type = Text(feature, "type") ?? "Feature";
            var value = Text(feature, "value");
            var date = Child(feature, "valueDate") is { } vd ? Date(vd) : null;
            var country = Text(feature, "valueRefId") is { } refId && countries.TryGetValue(refId, out var iso) ? iso : null;
            if (!party.AddFeature(type, value, null, date, country))
                warnings.Add(new ParseWarning(file, line, type, $"entity {id}: feature '{type}' has no value; ignored"));
        }

        foreach (var document in Items(e, "identityDocuments"))
        {
            if (Text(document, "documentNumber") is not { } number) continue;
            var notes = new List<string>();
            if (Text(document, "issuingLocation") is { } location) notes.Add($"issued in {location}");
            foreach (var field in new[] { "issueDate", "expirationDate" })
                if (Text(document, field) is { } day) notes.Add($"{field} {day[..Math.Min(10, day.Length)]}");
            if (Text(document, "isValid") is "false") notes.Add("not valid");
            party.AddIdentifier(OfacParty.Document(Text(document, "type") ?? "Document", number, Iso(Child(document, "issuingCountry")),
                notes.Count > 0 ? string.Join("; ", notes) : null));
        }

        foreach (var relationship in Items(e, "relationships"))
            if (Child(relationship, "relatedEntity") is { } related)
                party.Links.Add(new EntityLink(Text(relationship, "type") ?? "Related to", related.Value.Trim(), related.Attribute("entityId")?.Value));

        if (party.NameCount == 0)
        {
            warnings.Add(new ParseWarning(file, line, "names", $"entity {id} has no name; skipped"));
            return null;
        }
        if (party.EnsurePrimary()) warnings.Add(new ParseWarning(file, line, "names", $"entity {id} has no primary name; its first name is taken"));
        return party;
    }

    /// <summary>A feature date: the period from <c>fromDateBegin</c> to <c>toDateEnd</c>, a whole year or month read as such.</summary>
    private static BirthDate? Date(XElement valueDate)
    {
        var from = DateText.Day(Text(valueDate, "fromDateBegin")?[..Math.Min(10, Text(valueDate, "fromDateBegin")!.Length)]);
        var to = DateText.Day(Text(valueDate, "toDateEnd") is { } t ? t[..Math.Min(10, t.Length)] : null);
        if (from is not { } f) return null;
        var approximate = AdvancedParty.IsTrue(Text(valueDate, "isApproximate"));
        var start = new PartialDate(f.Year, f.Month, f.Day);
        if (to is not { } e || e == f) return new BirthDate(start, Approximate: approximate);
        if (f is { Month: 1, Day: 1 } && e is { Month: 12, Day: 31 })
            return f.Year == e.Year ? new BirthDate(new PartialDate(f.Year), Approximate: approximate) : new BirthDate(new PartialDate(f.Year), new PartialDate(e.Year), approximate);
        if (f.Day == 1 && f.Year == e.Year && f.Month == e.Month && e.Day == DateTime.DaysInMonth(e.Year, e.Month))
            return new BirthDate(new PartialDate(f.Year, f.Month), Approximate: approximate);
        return new BirthDate(start, new PartialDate(e.Year, e.Month, e.Day), approximate);
    }

    private static IEnumerable<XElement> Items(XElement? e, string container) =>
        Child(e, container)?.Elements() ?? [];

    private static XElement? Child(XElement? e, string name) => e?.Elements().FirstOrDefault(c => c.Name.LocalName == name);

    private static string? Text(XElement? e, string name) => Child(e, name)?.Value.Trim() is { Length: > 0 } v ? v : null;

    private static MemoryStream Copy(Stream content)
    {
        var copy = new MemoryStream();
        content.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
