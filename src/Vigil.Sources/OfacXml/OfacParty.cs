using Vigil.Core.Model;

namespace Vigil.Sources.OfacXml;

/// <summary>
/// The facts of one OFAC party as the XML formats (advanced and enhanced) give them, gathered into an entity: names,
/// features by OFAC's feature-type names, identity documents, sanctions lists and programmes, links.
/// </summary>
internal sealed class OfacParty(string source, string id)
{
    private readonly List<EntityName> _names = [];
    private readonly List<BirthDate> _births = [];
    private readonly List<string> _places = [];
    private readonly List<string> _nationalities = [];
    private readonly List<string> _citizenships = [];
    private readonly List<Identifier> _identifiers = [];
    private readonly List<Address> _addresses = [];
    private readonly List<string> _programs = [];
    private readonly List<string> _titles = [];
    private readonly List<string> _other = [];
    private readonly List<string> _lists = [];
    private string? _gender;
    private DateOnly? _listedOn;
    private VesselInfo _vessel = new();
    private AircraftInfo _aircraft = new();

    public string Id { get; } = id;
    public EntityKind Kind { get; set; }
    public string? Remarks { get; set; }
    public List<EntityLink> Links { get; } = [];
    public int NameCount => _names.Count;
    public string PrimaryName => _names.Count > 0 ? _names[0].Full : Id;

    /// <summary>Adds a name once; a primary one goes first.</summary>
    public void AddName(EntityName name)
    {
        if (_names.Any(n => n.Full == name.Full)) return;
        if (name.Role == NameRole.Primary && _names.Count > 0) _names.Insert(0, name);
        else _names.Add(name);
    }

    /// <summary>Makes the first name primary when none is; true when it had to.</summary>
    public bool EnsurePrimary()
    {
        if (_names.Count == 0 || _names[0].Role == NameRole.Primary) return false;
        _names[0] = _names[0] with { Role = NameRole.Primary };
        return true;
    }

    /// <summary>
    /// Adds one feature version by OFAC's feature-type name: its text, the location or country it points to, its date.
    /// Returns false when the feature has no value at all.
    /// </summary>
    public bool AddFeature(string type, string? text, Address? location, BirthDate? date, string? countryCode)
    {
        switch (type.ToLowerInvariant())
        {
            case "birthdate":
                if (date is not null && !_births.Contains(date)) _births.Add(date);
                return date is not null;
            case "place of birth":
                return AddOnce(_places, text ?? location?.ToString());
            case "nationality country":
                return AddOnce(_nationalities, countryCode ?? location?.CountryCode ?? Code(text) ?? Code(location?.ToString()));
            case "citizenship country":
                // A location may name its country only as a part of unknown type ("Switzerland").
                return AddOnce(_citizenships, countryCode ?? location?.CountryCode ?? Code(text) ?? Code(location?.ToString()));
            case "location":
                if (location is not null && !_addresses.Contains(location)) _addresses.Add(location);
                return location is not null;
            case "gender":
                _gender ??= text is "Male" or "Female" ? text : null;
                return text is not null;
            case "title": return AddOnce(_titles, text);
            case "swift/bic": return Add(IdentifierKind.SwiftBic, text, type);
            case "website": return Add(IdentifierKind.Website, text, type);
            case "email address": return Add(IdentifierKind.Email, text, type);
            case "phone number": return Add(IdentifierKind.Phone, text, type);
            case "mmsi": return Add(IdentifierKind.Mmsi, text, type);
            case "vessel call sign": _vessel = _vessel with { CallSign = text }; return text is not null;
            case "vessel type": _vessel = _vessel with { Type = text }; return text is not null;
            case "vessel flag": _vessel = _vessel with { Flag = text ?? location?.Country }; return true;
            case "vessel owner": _vessel = _vessel with { Owner = text }; return text is not null;
            case "vessel tonnage": _vessel = _vessel with { Tonnage = text }; return text is not null;
            case "vessel gross registered tonnage": _vessel = _vessel with { GrossRegisteredTonnage = text }; return text is not null;
            case "vessel year of build": _vessel = _vessel with { BuildYear = text }; return text is not null;
            case "aircraft model": _aircraft = _aircraft with { Model = text }; return text is not null;
            case "aircraft operator": _aircraft = _aircraft with { Operator = text }; return text is not null;
            case "aircraft manufacturer's serial number (msn)":
                _aircraft = _aircraft with { SerialNumber = text };
                return Add(IdentifierKind.AircraftSerial, text, type);
            case "aircraft tail number":
                _aircraft = _aircraft with { TailNumber = text };
                return Add(IdentifierKind.AircraftTail, text, type);
            case "aircraft manufacture date":
                _aircraft = _aircraft with { ManufactureDate = text ?? date?.ToString() };
                return true;
            default:
                if (type.StartsWith("Digital Currency Address", StringComparison.OrdinalIgnoreCase)) return Add(IdentifierKind.DigitalCurrencyAddress, text, type);
                var value = text ?? location?.ToString() ?? date?.ToString();
                return AddOnce(_other, value is null ? null : $"{type.TrimEnd(' ', '-', ':')}: {value}");
        }
    }

    public void AddIdentifier(Identifier id)
    {
        if (!_identifiers.Any(i => i.Kind == id.Kind && i.Canonical == id.Canonical)) _identifiers.Add(id);
    }

    public void AddList(string list, DateOnly? since)
    {
        AddOnce(_lists, list);
        if (since is { } day) _listedOn = _listedOn is { } l && l < day ? l : day;
    }

    public void AddProgram(string program) => AddOnce(_programs, program);

    public void AddOther(string fact) => AddOnce(_other, fact);

    public Entity ToEntity() => new()
    {
        Source = source,
        SourceId = Id,
        Kind = Kind,
        Names = _names,
        BirthDates = _births,
        PlacesOfBirth = _places,
        Nationalities = _nationalities,
        Citizenships = _citizenships,
        Gender = _gender,
        Identifiers = _identifiers,
        Addresses = _addresses,
        Programs = _programs,
        Titles = _titles,
        ListedOn = _listedOn,
        Remarks = Remarks,
        Links = Links,
        Vessel = Kind == EntityKind.Vessel || _vessel != new VesselInfo() ? _vessel : null,
        Aircraft = Kind == EntityKind.Aircraft || _aircraft != new AircraftInfo() ? _aircraft : null,
        OtherInfo = _lists.Count > 0 ? [$"Lists: {string.Join(", ", _lists)}", .. _other] : _other,
    };

    /// <summary>
    /// A person's name as OFAC's legacy files write it (<c>LAST, First Middle</c>), so every format gives one spelling;
    /// anything else as its parts are written.
    /// </summary>
    public static EntityName Name(IReadOnlyList<(string Type, string Value)> parts, NameRole role, string? note)
    {
        var last = parts.Where(p => p.Type == "Last Name").Select(p => p.Value).ToList();
        var given = parts.Where(p => p.Type is "First Name" or "Middle Name" or "Patronymic" or "Matronymic").Select(p => p.Value).ToList();
        var full = last.Count > 0 && given.Count > 0
            ? $"{string.Join(' ', last)}, {string.Join(' ', given)}"
            : string.Join(' ', parts.Select(p => p.Value));
        return new EntityName(full, role, given.Count > 0 ? string.Join(' ', given) : null, last.Count > 0 ? string.Join(' ', last) : null,
            parts.Count > 1 ? [.. parts.Select(p => p.Value)] : null, note);
    }

    /// <summary>An identity document type as OFAC names it, to an identifier kind.</summary>
    public static IdentifierKind DocumentKind(string type) => type.ToLowerInvariant() switch
    {
        var t when t.Contains("passport") => IdentifierKind.Passport,
        var t when t.Contains("vessel registration") || t == "imo" => IdentifierKind.Imo,
        var t when t.Contains("tax") || t.Contains("v.a.t.") || t.Contains("inn") => IdentifierKind.TaxId,
        var t when t.Contains("unified social credit") => IdentifierKind.Uscc,
        var t when t.Contains("registration") || t.Contains("registry") || t.Contains("gazette") || t.Contains("ogrn") => IdentifierKind.Registration,
        var t when t.Contains("cedula") => IdentifierKind.Cedula,
        var t when t.Contains("national id") || t.Contains("identification number") || t.Contains("id no") => IdentifierKind.NationalId,
        var t when t.Contains("driver") => IdentifierKind.DriverLicense,
        var t when t.Contains("ssn") || t.Contains("social security") => IdentifierKind.SocialSecurity,
        var t when t.Contains("swift") => IdentifierKind.SwiftBic,
        var t when t.Contains("c.u.r.p") => IdentifierKind.Curp,
        var t when t.Contains("r.f.c") => IdentifierKind.Rfc,
        var t when t.StartsWith("nit", StringComparison.Ordinal) => IdentifierKind.Nit,
        var t when t.StartsWith("ruc", StringComparison.Ordinal) => IdentifierKind.Ruc,
        var t when t.Contains("mmsi") => IdentifierKind.Mmsi,
        var t when t.Contains("residency") => IdentifierKind.ResidencyNumber,
        var t when t.Contains("birth certificate") => IdentifierKind.BirthCertificate,
        _ => IdentifierKind.Other,
    };

    /// <summary>An identifier from a document: IMO numbers lose their <c>IMO</c> prefix.</summary>
    public static Identifier Document(string type, string number, string? country, string? note)
    {
        var kind = DocumentKind(type);
        if (kind == IdentifierKind.Imo && number.StartsWith("IMO", StringComparison.OrdinalIgnoreCase)) number = number[3..].Trim();
        return new Identifier(kind, number, country, type, note);
    }

    private static string? Code(string? text) => Core.Text.Countries.TryGetCode(text, out var c) ? c : null;

    private bool Add(IdentifierKind kind, string? value, string label)
    {
        if (value is null) return false;
        AddIdentifier(new Identifier(kind, value, Label: label));
        return true;
    }

    private static bool AddOnce(List<string> list, string? item)
    {
        if (item is null) return false;
        if (!list.Contains(item)) list.Add(item);
        return true;
    }
}
