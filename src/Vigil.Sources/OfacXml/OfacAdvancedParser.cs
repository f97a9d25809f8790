using System.Xml.Linq;
using Vigil.Core.Model;
using Vigil.Sources.Tables;
using static Vigil.Sources.OfacXml.AdvancedDates;

namespace Vigil.Sources.OfacXml;

/// <summary>
/// OFAC's Advanced Sanctions Data Model XML (<c>SDN_ADVANCED.XML</c>, <c>CONS_ADVANCED.XML</c>): reference tables, then
/// locations, identity documents, parties, relationships and sanctions entries, each a section of the root.
/// </summary>
/// <remarks>
/// Read section by section, one element at a time (<see cref="XmlRecords.ReadSections"/>): reference values, locations and
/// documents are kept as small lookups, each party becomes a draft, and the sanctions entries that follow add programmes,
/// lists and listing dates; entities are built at the end. The entry's id is the party's <c>FixedRef</c>, OFAC's
/// <c>ent_num</c>, the same id the legacy CSV files give, so a party read from either format is the same entry. Names keep
/// their parts, alias type (a.k.a., f.k.a., n.k.a.), low quality (weak alias) and script (non-Latin: original script).
/// </remarks>
public sealed class OfacAdvancedParser : IListParser
{
    public const string SourceName = "ofac-advanced";

    private static readonly HashSet<string> Whole = ["DateOfIssue", "ReferenceValueSets"];
    private static readonly HashSet<string> Containers = ["Locations", "IDRegDocuments", "DistinctParties", "ProfileRelationships", "SanctionsEntries"];

    public static OfacAdvancedParser Instance { get; } = new();

    public string Source => SourceName;

    public IReadOnlyList<string> FileNames { get; } = ["sdn_advanced.xml", "cons_advanced.xml"];

    public bool FilesAreAlternatives => true;

    public ListParseResult Parse(ListInput input)
    {
        var file = input.OnlyFile(FileNames[0], "an OFAC advanced list is one XML file");
        var warnings = new List<ParseWarning>();
        using var xml = new XmlRecords(file.Content, file.Name);
        xml.ReadRoot();
        if (xml.RootName != "Sanctions")
            throw new ListFormatException(file.Name, "line 1", $"root element <{xml.RootName}>, not <Sanctions>: not an OFAC advanced XML file");

        AdvancedReferences? refs = null;
        DateOnly? issued = null;
        var locations = new Dictionary<string, Address>(StringComparer.Ordinal);
        var documents = new Dictionary<string, List<Identifier>>(StringComparer.Ordinal);
        var parties = new List<OfacParty>();
        var byProfile = new Dictionary<string, OfacParty>(StringComparer.Ordinal);
        var relations = new List<(string From, string To, string Relation)>();
        AdvancedReferences Refs(int line) => refs ?? throw new ListFormatException(file.Name, $"line {line}", "parties come before <ReferenceValueSets>: not the OFAC advanced layout");

        foreach (var (e, line) in xml.ReadSections(Whole, Containers))
        {
            switch (e.Name.LocalName)
            {
                case "DateOfIssue":
                    issued = Day(e);
                    break;
                case "ReferenceValueSets":
                    refs = new AdvancedReferences(e);
                    break;
                case "Location":
                    if (e.Attribute("ID")?.Value is { } locationId) locations[locationId] = LocationOf(e, Refs(line));
                    break;
                case "IDRegDocument":
                    if (Document(e, Refs(line)) is { } document && e.Attribute("IdentityID")?.Value is { } identity)
                    {
                        if (!documents.TryGetValue(identity, out var list)) documents[identity] = list = [];
                        list.Add(document);
                    }
                    break;
                case "DistinctParty":
                    if (AdvancedParty.Read(e, line, Refs(line), locations, documents, file.Name, warnings) is var (party, profileId))
                    {
                        parties.Add(party);
                        byProfile[profileId] = party;
                    }
                    break;
                case "ProfileRelationship":
                    if (e.Attribute("From-ProfileID")?.Value is { } from && e.Attribute("To-ProfileID")?.Value is { } to)
                        relations.Add((from, to, Refs(line).Text("RelationType", e.Attribute("RelationTypeID")?.Value) ?? "Related to"));
                    break;
                case "SanctionsEntry":
                    var profile = e.Attribute("ProfileID")?.Value;
                    if (profile is not null && byProfile.TryGetValue(profile, out var listed)) AdvancedParty.AddEntry(listed, e, Refs(line));
                    else warnings.Add(new ParseWarning(file.Name, line, "ProfileID", $"sanctions entry for profile '{profile}', which no party has; ignored"));
                    break;
            }
        }
        if (refs is null) throw new ListFormatException(file.Name, "whole file", "no <ReferenceValueSets>: not an OFAC advanced XML file");

        foreach (var (from, to, relation) in relations)
            if (byProfile.TryGetValue(from, out var a) && byProfile.TryGetValue(to, out var b)) a.Links.Add(new EntityLink(relation, b.PrimaryName, b.Id));
        if (issued is null) warnings.Add(new ParseWarning(file.Name, 2, "DateOfIssue", "no DateOfIssue: the list date is unknown"));
        return new ListParseResult([.. parties.Select(p => p.ToEntity())], warnings, issued);
    }

    private static Address LocationOf(XElement e, AdvancedReferences refs)
    {
        var parts = e.Elements().Where(c => c.Name.LocalName == "LocationPart")
            .Select(p => (Type: refs.Text("LocPartType", p.Attribute("LocPartTypeID")?.Value)?.ToUpperInvariant(),
                Value: p.Descendants().FirstOrDefault(v => v.Name.LocalName == "Value")?.Value.Trim()))
            .Where(p => !string.IsNullOrEmpty(p.Value)).ToList();
        string? Part(string type) => parts.FirstOrDefault(p => p.Type == type).Value;
        var street = string.Join(", ", parts.Where(p => p.Type is "ADDRESS1" or "ADDRESS2" or "ADDRESS3" or "UNKNOWN").Select(p => p.Value));
        var countryId = Child(e, "LocationCountry")?.Attribute("CountryID")?.Value;
        return new Address(street.Length > 0 ? street : null, Part("CITY"), Part("STATE/PROVINCE") ?? Part("REGION"), Part("POSTAL CODE"),
            refs.Text("Country", countryId), refs.Iso2(countryId));
    }

    private static Identifier? Document(XElement e, AdvancedReferences refs)
    {
        var number = Child(e, "IDRegistrationNo")?.Value.Trim();
        if (string.IsNullOrEmpty(number)) return null;
        var type = refs.Text("IDRegDocType", e.Attribute("IDRegDocTypeID")?.Value) ?? "Document";
        var notes = new List<string>();
        if (Child(e, "IssuingAuthority")?.Value.Trim() is { Length: > 0 } authority) notes.Add($"issued by {authority}");
        foreach (var date in e.Elements().Where(c => c.Name.LocalName == "DocumentDate"))
            if (Birth(Child(date, "DatePeriod")) is { } period)
                notes.Add($"{refs.Text("IDRegDocDateType", date.Attribute("IDRegDocDateTypeID")?.Value) ?? "Date"} {period}");
        if (Child(e, "Comment")?.Value.Trim() is { Length: > 0 } comment) notes.Add(comment);
        return OfacParty.Document(type, number, refs.Iso2(e.Attribute("IssuedBy-CountryID")?.Value), notes.Count > 0 ? string.Join("; ", notes) : null);
    }
}
