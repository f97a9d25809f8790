using System.Xml.Linq;
using Vigil.Core.Model;
using static Vigil.Sources.OfacXml.AdvancedDates;

namespace Vigil.Sources.OfacXml;

/// <summary>One <c>DistinctParty</c> of an OFAC advanced file, read into entity facts; its sanctions entries are added later.</summary>
internal sealed class AdvancedParty
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
    private string? _remarks;
    private DateOnly? _listedOn;
    private EntityKind _kind;
    private VesselInfo _vessel = new();
    private AircraftInfo _aircraft = new();

    private AdvancedParty(string id, string profileId)
    {
        Id = id;
        ProfileId = profileId;
    }

    public string Id { get; }
    public string ProfileId { get; }
    public List<EntityLink> Links { get; } = [];
    public string PrimaryName => _names.Count > 0 ? _names[0].Full : Id;

    public static AdvancedParty? Read(XElement e, int line, AdvancedReferences refs, IReadOnlyDictionary<string, Address> locations,
        IReadOnlyDictionary<string, List<Identifier>> documents, string file, List<ParseWarning> warnings)
    {
        var id = e.Attribute("FixedRef")?.Value;
        var profile = Child(e, "Profile");
        if (id is null || profile?.Attribute("ID")?.Value is not { } profileId)
        {
            warnings.Add(new ParseWarning(file, line, "FixedRef", "DistinctParty without FixedRef or Profile; skipped"));
            return null;
        }
        var party = new AdvancedParty(id, profileId) { _remarks = Child(e, "Comment")?.Value.Trim() is { Length: > 0 } c ? c : null };
        var subtype = profile.Attribute("PartySubTypeID")?.Value;
        var sub = refs.Text("PartySubType", subtype);
        var type = refs.Text("PartyType", refs.Attribute("PartySubType", subtype, "PartyTypeID"));
        party._kind = (sub, type) switch
        {
            ("Vessel", _) => EntityKind.Vessel,
            ("Aircraft", _) => EntityKind.Aircraft,
            (_, "Individual") => EntityKind.Person,
            (_, "Entity") => EntityKind.Organization,
            _ => EntityKind.Unknown,
        };
        foreach (var identity in profile.Elements().Where(x => x.Name.LocalName == "Identity"))
        {
            party.ReadNames(identity, refs);
            if (identity.Attribute("ID")?.Value is { } identityId && documents.TryGetValue(identityId, out var docs))
                foreach (var doc in docs) party.AddIdentifier(doc);
        }
        foreach (var feature in profile.Elements().Where(x => x.Name.LocalName == "Feature"))
            party.ReadFeature(feature, refs, locations, file, warnings);
        if (party._names.Count == 0)
        {
            warnings.Add(new ParseWarning(file, line, "Alias", $"party {id} has no name; skipped"));
            return null;
        }
        if (party._names[0].Role != NameRole.Primary)
        {
            warnings.Add(new ParseWarning(file, line, "Alias", $"party {id} has no primary name; its first name is taken"));
            party._names[0] = party._names[0] with { Role = NameRole.Primary };
        }
        return party;
    }

    private void ReadNames(XElement identity, AdvancedReferences refs)
    {
        var groups = identity.Descendants().Where(x => x.Name.LocalName == "NamePartGroup")
            .ToDictionary(g => g.Attribute("ID")?.Value ?? "", g => refs.Text("NamePartType", g.Attribute("NamePartTypeID")?.Value) ?? "", StringComparer.Ordinal);
        foreach (var alias in identity.Elements().Where(x => x.Name.LocalName == "Alias"))
        {
            var aliasType = refs.Text("AliasType", alias.Attribute("AliasTypeID")?.Value);
            var primary = string.Equals(alias.Attribute("Primary")?.Value, "true", StringComparison.OrdinalIgnoreCase);
            var low = string.Equals(alias.Attribute("LowQuality")?.Value, "true", StringComparison.OrdinalIgnoreCase);
            var role = primary ? NameRole.Primary
                : low ? NameRole.WeakAlias
                : aliasType switch { "F.K.A." => NameRole.Former, "N.K.A." => NameRole.NowKnownAs, _ => NameRole.Alias };
            foreach (var documented in alias.Elements().Where(x => x.Name.LocalName == "DocumentedName"))
            {
                var parts = documented.Descendants().Where(x => x.Name.LocalName == "NamePartValue")
                    .Select(v => (Type: groups.GetValueOrDefault(v.Attribute("NamePartGroupID")?.Value ?? "", ""), Value: v.Value.Trim(),
                        Script: refs.Attribute("Script", v.Attribute("ScriptID")?.Value, "ScriptCode")))
                    .Where(p => p.Value.Length > 0).ToList();
                if (parts.Count == 0) continue;
                var script = parts[0].Script;
                var latin = script is null or "Latin";
                var last = parts.Where(p => p.Type == "Last Name").Select(p => p.Value).ToList();
                var given = parts.Where(p => p.Type is "First Name" or "Middle Name" or "Patronymic" or "Matronymic").Select(p => p.Value).ToList();
                // As OFAC's legacy files write persons (LAST, First), so both formats give one spelling of one name.
                var full = last.Count > 0 && given.Count > 0
                    ? $"{string.Join(' ', last)}, {string.Join(' ', given)}"
                    : string.Join(' ', parts.Select(p => p.Value));
                var name = new EntityName(full, latin ? role : NameRole.OriginalScript,
                    given.Count > 0 ? string.Join(' ', given) : null, last.Count > 0 ? string.Join(' ', last) : null,
                    parts.Count > 1 ? [.. parts.Select(p => p.Value)] : null,
                    latin ? (role == NameRole.Alias && low ? "low quality" : null) : $"{script} script");
                if (_names.Any(n => n.Full == full)) continue;
                if (name.Role == NameRole.Primary && _names.Count > 0) _names.Insert(0, name);
                else _names.Add(name);
            }
        }
    }

    private void ReadFeature(XElement feature, AdvancedReferences refs, IReadOnlyDictionary<string, Address> locations, string file, List<ParseWarning> warnings)
    {
        var type = refs.Text("FeatureType", feature.Attribute("FeatureTypeID")?.Value) ?? "Feature";
        foreach (var version in feature.Elements().Where(x => x.Name.LocalName == "FeatureVersion"))
        {
            var detail = Child(version, "VersionDetail");
            var text = detail?.Value.Trim() is { Length: > 0 } t ? t
                : refs.Text("DetailReference", detail?.Attribute("DetailReferenceID")?.Value);
            var location = Child(version, "VersionLocation")?.Attribute("LocationID")?.Value is { } lid && locations.TryGetValue(lid, out var l) ? l : null;
            var period = Child(version, "DatePeriod");
            switch (type.ToLowerInvariant())
            {
                case "birthdate":
                    if (Birth(period) is { } birth && !_births.Contains(birth)) _births.Add(birth);
                    break;
                case "place of birth":
                    if ((text ?? location?.ToString()) is { Length: > 0 } place && !_places.Contains(place)) _places.Add(place);
                    break;
                case "nationality country":
                    AddCountry(_nationalities, location, text);
                    break;
                case "citizenship country":
                    AddCountry(_citizenships, location, text);
                    break;
                case "location":
                    if (location is not null && !_addresses.Contains(location)) _addresses.Add(location);
                    break;
                case "gender":
                    _gender ??= text is "Male" or "Female" ? text : null;
                    break;
                case "title":
                    if (text is not null && !_titles.Contains(text)) _titles.Add(text);
                    break;
                case "swift/bic": Add(IdentifierKind.SwiftBic, text, type); break;
                case "website": Add(IdentifierKind.Website, text, type); break;
                case "email address": Add(IdentifierKind.Email, text, type); break;
                case "phone number": Add(IdentifierKind.Phone, text, type); break;
                case "vessel call sign": _vessel = _vessel with { CallSign = text }; break;
                case "vessel type": _vessel = _vessel with { Type = text }; break;
                case "vessel flag": _vessel = _vessel with { Flag = text ?? location?.Country }; break;
                case "vessel owner": _vessel = _vessel with { Owner = text }; break;
                case "vessel tonnage": _vessel = _vessel with { Tonnage = text }; break;
                case "vessel gross registered tonnage": _vessel = _vessel with { GrossRegisteredTonnage = text }; break;
                case "vessel year of build": _vessel = _vessel with { BuildYear = text }; break;
                case "mmsi": Add(IdentifierKind.Mmsi, text, type); break;
                case "aircraft model": _aircraft = _aircraft with { Model = text }; break;
                case "aircraft manufacturer's serial number (msn)": _aircraft = _aircraft with { SerialNumber = text }; Add(IdentifierKind.AircraftSerial, text, type); break;
                case "aircraft operator": _aircraft = _aircraft with { Operator = text }; break;
                case "aircraft tail number": _aircraft = _aircraft with { TailNumber = text }; Add(IdentifierKind.AircraftTail, text, type); break;
                case "aircraft manufacture date": _aircraft = _aircraft with { ManufactureDate = text ?? Birth(period)?.ToString() }; break;
                default:
                    if (type.StartsWith("Digital Currency Address", StringComparison.OrdinalIgnoreCase)) { Add(IdentifierKind.DigitalCurrencyAddress, text, type); break; }
                    var value = text ?? location?.ToString() ?? Birth(period)?.ToString();
                    if (value is null)
                    {
                        warnings.Add(new ParseWarning(file, 0, type, $"party {Id}: feature '{type}' has no value; ignored"));
                        break;
                    }
                    var fact = $"{type.TrimEnd(' ', '-')}: {value}";
                    if (!_other.Contains(fact)) _other.Add(fact);
                    break;
            }
        }
    }

    private static void AddCountry(List<string> codes, Address? location, string? text)
    {
        var code = location?.CountryCode ?? (Core.Text.Countries.TryGetCode(text, out var c) ? c : null);
        if (code is not null && !codes.Contains(code)) codes.Add(code);
    }

    private void Add(IdentifierKind kind, string? value, string label)
    {
        if (value is not null) AddIdentifier(new Identifier(kind, value, Label: label));
    }

    private void AddIdentifier(Identifier id)
    {
        if (!_identifiers.Any(i => i.Kind == id.Kind && i.Canonical == id.Canonical)) _identifiers.Add(id);
    }

    /// <summary>Adds a sanctions entry: the list it is on, its programmes and its first event's date as listing date.</summary>
    public void AddEntry(XElement entry, AdvancedReferences refs)
    {
        if (refs.Text("List", entry.Attribute("ListID")?.Value) is { } list && !_lists.Contains(list)) _lists.Add(list);
        foreach (var measure in entry.Elements().Where(x => x.Name.LocalName == "SanctionsMeasure"))
            if (refs.Text("SanctionsType", measure.Attribute("SanctionsTypeID")?.Value) == "Program"
                && Child(measure, "Comment")?.Value.Trim() is { Length: > 0 } program && !_programs.Contains(program))
                _programs.Add(program);
        foreach (var evt in entry.Elements().Where(x => x.Name.LocalName == "EntryEvent"))
            if (Day(Child(evt, "Date")) is { } day) _listedOn = _listedOn is { } l && l < day ? l : day;
    }

    public Entity ToEntity() => new()
    {
        Source = OfacAdvancedParser.SourceName,
        SourceId = Id,
        Kind = _kind,
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
        Remarks = _remarks,
        Links = Links,
        Vessel = _kind == EntityKind.Vessel || _vessel != new VesselInfo() ? _vessel : null,
        Aircraft = _kind == EntityKind.Aircraft || _aircraft != new AircraftInfo() ? _aircraft : null,
        OtherInfo = _lists.Count > 0 ? [$"Lists: {string.Join(", ", _lists)}", .. _other] : _other,
    };

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
}
