using System.Text.RegularExpressions;
using Vigil.Core.Model;
using Vigil.Core.Text;
using Vigil.Sources.Tables;

namespace Vigil.Sources.UkOfsi;

/// <summary>
/// Turns OFSI rows into entities. OFSI writes one row per name variant (× birth date × address ...); the rows of one
/// target share <c>Group ID</c>, which becomes the entity's SourceId. Every fact of every row is kept, once.
/// </summary>
internal sealed partial class OfsiMapper(OfsiColumns columns, string file, List<ParseWarning> warnings)
{
    public const string Source = "uk-ofsi";

    private readonly Dictionary<string, Group> _groups = new(StringComparer.Ordinal);
    private readonly List<Group> _order = [];

    /// <summary>Adds one data row to its group; odd rows become warnings.</summary>
    public void Add(SheetRow row)
    {
        var id = row[columns.GroupId];
        if (id is null)
        {
            warnings.Add(new ParseWarning(file, row.Line, "Group ID", "row has no Group ID; row skipped"));
            return;
        }
        if (!_groups.TryGetValue(id, out var group))
        {
            group = new Group(id, row.Line);
            _groups.Add(id, group);
            _order.Add(group);
        }
        group.Rows.Add(row);
    }

    /// <summary>The entities in the order their groups first appear.</summary>
    public IEnumerable<Entity> Entities()
    {
        foreach (var group in _order)
            if (Map(group) is { } entity) yield return entity;
    }

    private Entity? Map(Group group)
    {
        var kind = Kind(group);
        var names = new List<EntityName>();
        var births = new List<BirthDate>();
        var places = new List<string>();
        var nationalities = new List<string>();
        var identifiers = new List<Identifier>();
        var addresses = new List<Address>();
        var programs = new List<string>();
        var titles = new List<string>();
        var other = new List<string>();
        var remarks = new List<string>();
        string? gender = null, unReference = null;
        DateOnly? listedOn = null, amendedOn = null;
        VesselFacts vessel = new();

        foreach (var row in group.Rows)
        {
            AddName(row, kind, names);
            if (row[columns.Dob] is { } dob)
            {
                if (OfsiValues.Date(dob) is { } date) AddOnce(births, new BirthDate(date));
                else warnings.Add(new ParseWarning(file, row.Line, "DOB", $"DOB '{dob}' is not a date; kept in other information"));
                if (OfsiValues.Date(dob) is null) AddOnce(other, $"DOB: {dob}");
            }
            var place = string.Join(", ", new[] { row[columns.TownOfBirth], row[columns.CountryOfBirth] }.Where(p => p is not null));
            if (place.Length > 0) AddOnce(places, place);
            foreach (var nationality in OfsiValues.Split(row[columns.Nationality]))
            {
                if (Countries.TryGetCode(nationality, out var code)) AddOnce(nationalities, code);
                else AddOnce(other, $"Nationality: {nationality}");
            }
            AddDocuments(row, columns.PassportNumber, columns.PassportDetails, IdentifierKind.Passport, identifiers);
            AddDocuments(row, columns.NationalIdNumber, columns.NationalIdDetails, IdentifierKind.NationalId, identifiers);
            foreach (var title in OfsiValues.Split(row[columns.Title])) AddOnce(titles, title);
            foreach (var position in OfsiValues.Split(row[columns.Position])) AddOnce(titles, position);
            if (AddressOf(row) is { } address && !addresses.Any(a => a.ToString() == address.ToString())) addresses.Add(address);
            if (row[columns.Regime] is { } regime) AddOnce(programs, regime);
            if (row[columns.ListedOn] is { } listed)
            {
                if (OfsiValues.Day(listed) is { } day) listedOn = listedOn is { } l && l < day ? l : day;
                else warnings.Add(new ParseWarning(file, row.Line, "Listed On", $"Listed On '{listed}' is not a date"));
            }
            if (row[columns.LastUpdated] is { } updated && OfsiValues.Day(updated) is { } amended)
                amendedOn = amendedOn is { } a && a > amended ? a : amended;
            if (row[columns.DateDesignated] is { } designated)
                AddOnce(other, $"UK Sanctions List date designated: {(OfsiValues.Day(designated) is { } d ? d.ToString("yyyy-MM-dd") : designated)}");
            if (row[columns.OtherInformation] is { } info && !remarks.Contains(info))
            {
                remarks.Add(info);
                ReadOtherInformation(info, identifiers, other, ref gender, ref unReference, ref vessel);
            }
        }

        if (names.Count == 0)
        {
            warnings.Add(new ParseWarning(file, group.FirstLine, "Name 6", $"group {group.Id} has no name on any of its {group.Rows.Count} rows; skipped"));
            return null;
        }
        // The primary name first, whichever row carried it.
        var primary = names.FindIndex(n => n.Role == NameRole.Primary);
        if (primary < 0)
        {
            warnings.Add(new ParseWarning(file, group.FirstLine, "Alias Type", $"group {group.Id} has no primary name; its first name is taken as primary"));
            primary = names.FindIndex(n => n.Role != NameRole.OriginalScript) is var p and >= 0 ? p : 0;
            names[primary] = names[primary] with { Role = NameRole.Primary };
        }
        if (primary > 0)
        {
            var first = names[primary];
            names.RemoveAt(primary);
            names.Insert(0, first);
        }
        for (var i = 1; i < names.Count; i++)
            if (names[i].Role == NameRole.Primary) names[i] = names[i] with { Role = NameRole.Alias };

        return new Entity
        {
            Source = Source,
            SourceId = group.Id,
            Kind = kind,
            Names = names,
            BirthDates = births,
            PlacesOfBirth = places,
            Nationalities = nationalities,
            Gender = gender,
            Identifiers = identifiers,
            Addresses = addresses,
            Programs = programs,
            Titles = titles,
            ListedOn = listedOn,
            AmendedOn = amendedOn,
            UnReference = unReference,
            Remarks = remarks.Count == 0 ? null : string.Join("\n", remarks),
            Vessel = kind == EntityKind.Vessel || vessel.Any ? vessel.ToInfo() : null,
            OtherInfo = other,
        };
    }

    private EntityKind Kind(Group group)
    {
        var type = group.Rows.Select(r => r[columns.GroupType]).FirstOrDefault(t => t is not null);
        switch (type?.ToLowerInvariant())
        {
            case "individual": return EntityKind.Person;
            case "entity": return EntityKind.Organization;
            case "ship": return EntityKind.Vessel;
            default:
                warnings.Add(new ParseWarning(file, group.FirstLine, "Group Type", $"group type '{type}' is not Individual, Entity or Ship; kind unknown"));
                return EntityKind.Unknown;
        }
    }

    private void AddName(SheetRow row, EntityKind kind, List<EntityName> names)
    {
        var family = Clean(row[columns.Family]);
        var given = columns.Given.Select(i => Clean(row[i])).Where(p => p is not null).Cast<string>().ToList();
        var aliasType = row[columns.AliasType];
        var role = RoleOf(aliasType, row[columns.AliasQuality], row.Line);
        if (family is not null || given.Count > 0)
        {
            var parts = given.Concat(family is null ? [] : [family]).ToList();
            var full = string.Join(' ', parts);
            var name = kind == EntityKind.Person
                ? new EntityName(full, role, Given: given.Count > 0 ? string.Join(' ', given) : null, Family: family, Parts: parts.Count > 1 ? parts : null,
                    Note: aliasType is "Primary name variation" ? "primary name variation" : null)
                : new EntityName(full, role, Note: aliasType is "Primary name variation" ? "primary name variation" : null);
            if (!names.Any(n => string.Equals(n.Full, full, StringComparison.OrdinalIgnoreCase))) names.Add(name);
            else if (role == NameRole.Primary && names.FindIndex(n => string.Equals(n.Full, full, StringComparison.OrdinalIgnoreCase)) is var at and >= 0
                     && names[at].Role != NameRole.Primary)
                names[at] = names[at] with { Role = NameRole.Primary };
        }
        else if (row[columns.NonLatinName] is null)
        {
            warnings.Add(new ParseWarning(file, row.Line, "Name 6", "row has no name; its other facts are kept"));
        }
        if (Clean(row[columns.NonLatinName]) is { } script && !names.Any(n => n.Full == script))
        {
            var note = string.Join(", ", new[] { row[columns.NonLatinType], row[columns.NonLatinLanguage] }.Where(v => v is not null));
            names.Add(new EntityName(script, NameRole.OriginalScript, Note: note.Length > 0 ? note : null));
        }
    }

    private NameRole RoleOf(string? aliasType, string? quality, int line)
    {
        var weak = string.Equals(quality, "Low quality", StringComparison.OrdinalIgnoreCase);
        switch (aliasType?.ToLowerInvariant())
        {
            case "primary name" or "prime alias": return NameRole.Primary;
            case "primary name variation": return NameRole.Alias;
            case "aka" or null: return weak ? NameRole.WeakAlias : NameRole.Alias;
            case "fka": return NameRole.Former;
            default:
                warnings.Add(new ParseWarning(file, line, "Alias Type", $"alias type '{aliasType}' is unknown; read as an a.k.a."));
                return weak ? NameRole.WeakAlias : NameRole.Alias;
        }
    }

    /// <summary>Passport or national id: the 2022 format pairs a number cell with a details cell, item by item; the old one has free text.</summary>
    private static void AddDocuments(SheetRow row, int numberColumn, int detailsColumn, IdentifierKind kind, List<Identifier> identifiers)
    {
        var numbers = OfsiValues.Split(row[numberColumn]);
        var details = OfsiValues.Split(row[detailsColumn]);
        if (numbers.Count > 0)
        {
            for (var i = 0; i < numbers.Count; i++)
            {
                var note = numbers.Count == details.Count ? details[i] : details.Count == 1 ? details[0] : null;
                AddIdentifier(identifiers, new Identifier(kind, numbers[i], Note: note));
            }
            if (details.Count > 1 && details.Count != numbers.Count)
                foreach (var d in details) AddIdentifier(identifiers, new Identifier(kind, NumberIn(d) ?? d, Note: d));
            return;
        }
        foreach (var d in details)
            AddIdentifier(identifiers, new Identifier(kind, NumberIn(d) ?? d, Note: NumberIn(d) is null ? null : d));
    }

    private static void AddIdentifier(List<Identifier> identifiers, Identifier id)
    {
        if (!identifiers.Any(i => i.Kind == id.Kind && i.Canonical == id.Canonical)) identifiers.Add(id);
    }

    /// <summary>The first token with a digit that looks like a document number (<c>Passport No: 592667 (Qatari ...)</c> → <c>592667</c>).</summary>
    internal static string? NumberIn(string text)
    {
        var m = DocumentNumber().Match(text);
        return m.Success ? m.Value.Trim() : null;
    }

    private Address? AddressOf(SheetRow row)
    {
        var lines = columns.Address.Select(i => row[i]).Where(v => v is not null).ToList();
        var postCode = row[columns.PostCode];
        var country = row[columns.Country];
        if (lines.Count == 0 && postCode is null && country is null) return null;
        var code = Countries.TryGetCode(country, out var c) ? c : null;
        return new Address(Street: lines.Count > 0 ? string.Join(", ", lines) : null, PostalCode: postCode, Country: country, CountryCode: code);
    }

    private static void ReadOtherInformation(string info, List<Identifier> identifiers, List<string> other,
        ref string? gender, ref string? unReference, ref VesselFacts vessel)
    {
        var pairs = OfsiOtherInformation.Pairs(info);
        if (pairs.Count == 0)
        {
            // The old free text opens with the entry's own UN reference ("UN Ref QDe.004. Emir ..."); one further in may
            // be another party's ("listed as asset of ... UN Ref KPe.064"), so only the opening one counts.
            unReference ??= OfsiValues.UnReference(info, atStart: true);
            return;
        }
        foreach (var (key, value) in pairs)
        {
            if (value.Length == 0) continue;
            switch (key.ToLowerInvariant())
            {
                case "un ref":
                    unReference ??= OfsiValues.UnReference("UN Ref " + value, atStart: true) ?? OfsiValues.NormaliseUnReference(value.Split(' ', 2)[0]);
                    break;
                case "gender":
                    gender ??= value.StartsWith("m", StringComparison.OrdinalIgnoreCase) ? "Male"
                        : value.StartsWith("f", StringComparison.OrdinalIgnoreCase) ? "Female" : null;
                    break;
                case "uk sanctions list ref":
                    // The reference is one token; OFSI sometimes runs free text on after it ("DPR0100. Pursuant to ...").
                    var parts = value.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
                    AddIdentifier(identifiers, new Identifier(IdentifierKind.Other, parts[0].TrimEnd('.'), "GB", "UK Sanctions List Ref"));
                    if (parts.Length > 1) AddOnce(other, parts[1].Trim());
                    break;
                case "phone number" or "tel" or "fax":
                    foreach (var v in OfsiValues.Split(value)) AddIdentifier(identifiers, new Identifier(IdentifierKind.Phone, v, Label: key));
                    break;
                case "email address":
                    foreach (var v in OfsiValues.Split(value)) AddIdentifier(identifiers, new Identifier(IdentifierKind.Email, v, Label: key));
                    break;
                case "website":
                    foreach (var v in OfsiValues.Split(value)) AddIdentifier(identifiers, new Identifier(IdentifierKind.Website, v, Label: key));
                    break;
                case "business reg no":
                    foreach (var v in OfsiValues.Split(value)) AddIdentifier(identifiers, new Identifier(IdentifierKind.Registration, NumberIn(v) ?? v, Label: key, Note: NumberIn(v) is null ? null : v));
                    break;
                case "imo number":
                    AddIdentifier(identifiers, new Identifier(IdentifierKind.Imo, value, Label: key));
                    break;
                case "flag of ship": vessel.Flag ??= value; break;
                case "type of ship": vessel.Type ??= value; break;
                case "tonnage of ship": vessel.Tonnage ??= value; break;
                case "year built": vessel.BuildYear ??= value; break;
                case "current owners": vessel.Owner ??= value; break;
                case "uk statement of reasons": break; // kept in Remarks with the whole cell
                default:
                    AddOnce(other, $"{key}: {value}");
                    break;
            }
        }
    }

    // As listed, apart from the spaces around it (OFSI has ' AL-QAHTANI' and 'Kim Kyong '); a leading apostrophe (an ayn) stays.
    private static string? Clean(string? value) => value?.Trim() is { Length: > 0 } v ? v : null;

    private static void AddOnce<T>(List<T> list, T item)
    {
        if (!list.Contains(item)) list.Add(item);
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z]{0,3}[- ]?\d[A-Za-z0-9/-]{3,}")]
    private static partial Regex DocumentNumber();

    private sealed record Group(string Id, int FirstLine)
    {
        public List<SheetRow> Rows { get; } = [];
    }

    private struct VesselFacts
    {
        public string? Flag, Type, Tonnage, BuildYear, Owner;
        public readonly bool Any => Flag is not null || Type is not null || Tonnage is not null || BuildYear is not null || Owner is not null;
        public readonly VesselInfo ToInfo() => new(Type: Type, Tonnage: Tonnage, Flag: Flag, Owner: Owner, BuildYear: BuildYear);
    }
}
