using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Vigil.Core.Model;
using Vigil.Core.Text;
using Vigil.Sources.Tables;

namespace Vigil.Sources.CaSema;

/// <summary>
/// Canada, Consolidated Canadian Autonomous Sanctions List (<c>sema-lmes.xml</c>): <c>&lt;data-set&gt;</c> of
/// <c>&lt;record&gt;</c>, each a person (<c>LastName</c>/<c>GivenName</c>), an entity or a ship. Reads the 2020 element
/// names (<c>Entity</c>, <c>DateOfBirth</c>, <c>Title</c>) and the newer ones (<c>EntityOrShip</c>,
/// <c>DateOfBirthOrShipBuildDate</c>, <c>TitleOrShip</c>, <c>ShipIMONumber</c>, <c>DateOfListing</c>); others are ignored.
/// </summary>
/// <remarks>
/// The list has no ids. The publisher's key, (country, schedule, item), is renumbered when schedules are restructured
/// (of the 1,369 keys of 2020-04 only 112 remain in 2025-05, while 1,166 of the names do), so an entry's id is its
/// country and primary name (<c>belarus.khazalbek-bakhtibekovich-atabekov</c>); the schedule and item are kept as other
/// information, and a repeated id gets the record's line appended with a warning.
/// The file has no date: the version's date is its newest <c>DateOfListing</c> (none in the 2020 schema).
/// </remarks>
public sealed partial class SemaParser : IListParser
{
    public const string SourceName = "ca-sema";

    public static SemaParser Instance { get; } = new();

    public string Source => SourceName;

    public IReadOnlyList<string> FileNames { get; } = ["sema-lmes.xml"];

    public ListParseResult Parse(ListInput input)
    {
        var file = input.OnlyFile(FileNames[0], "the SEMA list is one XML file");
        var warnings = new List<ParseWarning>();
        var entities = new List<Entity>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        using var xml = new XmlRecords(file.Content, file.Name);
        xml.ReadRoot();
        if (xml.RootName != "data-set")
            throw new ListFormatException(file.Name, "line 1", $"root element <{xml.RootName}>, not <data-set>: not the SEMA list");
        foreach (var (record, line) in xml.Read("record"))
        {
            if (Map(record, line, file.Name, warnings) is not { } entity) continue;
            if (seen.TryGetValue(entity.SourceId, out var earlier))
            {
                warnings.Add(new ParseWarning(file.Name, line, "LastName", $"record {entity.SourceId} has the country and name of the record on line {earlier}; kept as {entity.SourceId}-{line}"));
                entity = entity with { SourceId = $"{entity.SourceId}-{line}" };
            }
            seen[entity.SourceId] = line;
            entities.Add(entity);
        }
        var published = entities.Select(e => e.ListedOn).Max();
        return new ListParseResult(entities, warnings, published);
    }

    private static Entity? Map(XElement r, int line, string file, List<ParseWarning> warnings)
    {
        var country = Text(r, "Country");
        var schedule = Text(r, "Schedule");
        var item = Text(r, "Item");
        if (country is null || item is null)
        {
            warnings.Add(new ParseWarning(file, line, country is null ? "Country" : "Item", "record without Country or Item has no key; skipped"));
            return null;
        }

        var last = Text(r, "LastName");
        var given = Text(r, "GivenName");
        var entityName = Text(r, "EntityOrShip") ?? Text(r, "Entity");
        var imo = Text(r, "ShipIMONumber");
        EntityKind kind;
        EntityName primary;
        if (last is not null || given is not null)
        {
            kind = EntityKind.Person;
            var parts = new[] { given, last }.Where(p => p is not null).Cast<string>().ToList();
            primary = new EntityName(string.Join(' ', parts), NameRole.Primary, given, last, parts.Count > 1 ? parts : null);
        }
        else if (entityName is not null)
        {
            kind = imo is not null ? EntityKind.Vessel : EntityKind.Organization;
            primary = new EntityName(entityName);
        }
        else
        {
            warnings.Add(new ParseWarning(file, line, "LastName", $"record {English(country)} schedule {schedule} item {item} has no name; skipped"));
            return null;
        }
        var id = Slug(English(country)) + "." + Slug(primary.Full);
        var names = new List<EntityName> { primary };
        foreach (var alias in Aliases(Text(r, "Aliases")))
            if (!names.Any(n => n.Full == alias.Full)) names.Add(alias);

        var births = new List<BirthDate>();
        var other = new List<string> { $"Schedule {schedule ?? "-"}, item {item} ({country})" };
        var titles = new List<string>();
        VesselInfo? vessel = null;
        var identifiers = new List<Identifier>();
        var dob = Text(r, "DateOfBirthOrShipBuildDate") ?? Text(r, "DateOfBirth");
        var title = Text(r, "TitleOrShip") ?? Text(r, "Title");
        if (kind == EntityKind.Vessel)
        {
            identifiers.Add(new Identifier(IdentifierKind.Imo, imo!));
            vessel = new VesselInfo(Type: title, BuildYear: dob);
        }
        else
        {
            if (title is not null) titles.Add(title);
            foreach (var value in Enumerated.Split(dob, splitOnOr: true))
            {
                if (DateText.BirthDate(value) is { } birth) { if (!births.Contains(birth)) births.Add(birth); }
                else
                {
                    other.Add($"Date of birth: {value}");
                    warnings.Add(new ParseWarning(file, line, "DateOfBirth", $"'{value}' is not a date; kept in other information"));
                }
            }
        }
        DateOnly? listedOn = null;
        if (Text(r, "DateOfListing") is { } listing)
        {
            listedOn = DateText.Day(listing);
            if (listedOn is null) warnings.Add(new ParseWarning(file, line, "DateOfListing", $"'{listing}' is not a date"));
        }
        return new Entity
        {
            Source = SourceName,
            SourceId = id,
            Kind = kind,
            Names = names,
            BirthDates = births,
            Identifiers = identifiers,
            Programs = [English(country)],
            Titles = titles,
            ListedOn = listedOn,
            Vessel = vessel,
            OtherInfo = other,
        };
    }

    /// <summary>
    /// The free-text alias field: comma- or semicolon-separated names, original-script ones labelled by language
    /// (<c>Belarusian: Руслан ...</c>). A comma before a legal form (<c>Air Bagan Holdings Pte., Ltd.</c>) does not split.
    /// </summary>
    internal static IEnumerable<EntityName> Aliases(string? text)
    {
        if (text is null) yield break;
        var pieces = new List<string>();
        foreach (var raw in text.Split([',', ';']))
        {
            var piece = raw.Trim();
            if (piece.Length == 0) continue;
            if (pieces.Count > 0 && LegalFormTail().IsMatch(piece)) pieces[^1] += ", " + piece;
            else pieces.Add(piece);
        }
        foreach (var piece in pieces)
        {
            var label = Label().Match(piece);
            if (label.Success)
            {
                var name = piece[label.Length..].Trim();
                if (name.Length > 0) yield return new EntityName(name, NameRole.OriginalScript, Note: label.Groups[1].Value);
            }
            else
            {
                yield return new EntityName(piece, NameRole.Alias);
            }
        }
    }

    private static string English(string bilingual) => bilingual.Split(" / ")[0].Trim();

    private static string Slug(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }

    private static string? Text(XElement r, string name) =>
        r.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim() is { Length: > 0 } v ? v : null;

    [GeneratedRegex(@"^(?:Ltd|Limited|Inc|LLC|LLP|Co|Corp|GmbH|S\.?A|JSC|PJSC|OJSC|CJSC|PLC|Pte)\.?(?:\s+(?:Ltd|Limited|Co)\.?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LegalFormTail();

    [GeneratedRegex(@"^([A-Z][a-z]+(?: [A-Z][a-z]+)?):\s*")]
    private static partial Regex Label();
}
