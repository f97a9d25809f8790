using System.Text.Json;
using Vigil.Core.Model;
using Vigil.Core.Text;

namespace Vigil.Sources.Custom;

/// <summary>
/// FollowTheMoney entities (the JSON-lines format OpenSanctions and many data projects publish: <c>id</c>, <c>schema</c>,
/// <c>properties</c> of string lists) mapped into entries: <c>Person</c>, <c>Company</c>, <c>Organization</c>,
/// <c>LegalEntity</c>, <c>PublicBody</c>, <c>Vessel</c>, <c>Airplane</c> are parties; a <c>Sanction</c> adds its programme and
/// dates to the party it names; other schemas (addresses, ownerships, ...) are counted and left out.
/// </summary>
/// <remarks>Property names follow the FollowTheMoney model (followthemoney.tech, schema reference).</remarks>
internal sealed class FtmMapper(string source, string file)
{
    private static readonly Dictionary<string, EntityKind> Parties = new(StringComparer.Ordinal)
    {
        ["Person"] = EntityKind.Person,
        ["Company"] = EntityKind.Organization,
        ["Organization"] = EntityKind.Organization,
        ["LegalEntity"] = EntityKind.Unknown,
        ["PublicBody"] = EntityKind.Organization,
        ["Vessel"] = EntityKind.Vessel,
        ["Airplane"] = EntityKind.Aircraft,
    };

    private static readonly (string Property, IdentifierKind Kind)[] IdProperties =
    [
        ("passportNumber", IdentifierKind.Passport), ("idNumber", IdentifierKind.NationalId), ("taxNumber", IdentifierKind.TaxId),
        ("innCode", IdentifierKind.TaxId), ("vatCode", IdentifierKind.TaxId), ("registrationNumber", IdentifierKind.Registration),
        ("ogrnCode", IdentifierKind.Registration), ("leiCode", IdentifierKind.Other), ("swiftBic", IdentifierKind.SwiftBic),
        ("imoNumber", IdentifierKind.Imo), ("mmsi", IdentifierKind.Mmsi), ("callSign", IdentifierKind.CallSign),
        ("email", IdentifierKind.Email), ("website", IdentifierKind.Website), ("phone", IdentifierKind.Phone),
    ];

    private readonly List<(string Id, int Line, Entity Entity)> _entities = [];
    private readonly List<(int Line, string Target, JsonElement Properties)> _sanctions = [];
    private readonly Dictionary<string, int> _skipped = new(StringComparer.Ordinal);

    /// <summary>True when the object looks like a FollowTheMoney entity (<c>schema</c> and <c>properties</c>).</summary>
    public static bool IsFtm(JsonElement o) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty("schema", out _) && o.TryGetProperty("properties", out _);

    public void Add(JsonElement o, int line)
    {
        var schema = o.GetProperty("schema").GetString() ?? "";
        var props = o.GetProperty("properties");
        if (props.ValueKind != JsonValueKind.Object) throw new ListFormatException(file, $"line {line}, field properties", "properties is not an object");
        if (schema == "Sanction")
        {
            // Cloned: the document is disposed once the line is read, and sanctions are applied at the end.
            foreach (var target in Values(props, "entity")) _sanctions.Add((line, target, props.Clone()));
            return;
        }
        if (!Parties.TryGetValue(schema, out var kind))
        {
            _skipped[schema] = _skipped.GetValueOrDefault(schema) + 1;
            return;
        }
        var id = o.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
        if (string.IsNullOrWhiteSpace(id)) throw new ListFormatException(file, $"line {line}, field id", "no id");
        var names = new List<EntityName>();
        var name = Values(props, "name").FirstOrDefault() ?? Built(props);
        if (name is null) throw new ListFormatException(file, $"line {line}, field properties.name", $"{schema} {id} has no name");
        names.Add(new EntityName(name, NameRole.Primary,
            Given: Join(props, "firstName", "middleName", "fatherName"), Family: Join(props, "lastName")));
        foreach (var (property, role) in new[] { ("name", NameRole.Alias), ("alias", NameRole.Alias), ("weakAlias", NameRole.WeakAlias), ("previousName", NameRole.Former) })
            foreach (var alias in Values(props, property))
                if (!names.Any(n => n.Full == alias)) names.Add(new EntityName(alias, role));
        var other = new List<string>();
        var births = new List<BirthDate>();
        foreach (var text in Values(props, "birthDate"))
        {
            if (PartialDate.TryParse(text.Length > 10 ? text[..10] : text, out var d)) births.Add(new BirthDate(d));
            else other.Add($"birthDate: {text}");
        }
        var identifiers = new List<Identifier>();
        foreach (var (property, idKind) in IdProperties)
            foreach (var number in Values(props, property))
                identifiers.Add(new Identifier(idKind, number, Label: property));
        _entities.Add((id!, line, new Entity
        {
            Source = source,
            SourceId = id!,
            Kind = kind,
            Names = names,
            BirthDates = births,
            PlacesOfBirth = Values(props, "birthPlace"),
            Nationalities = Codes(Values(props, "nationality")),
            Citizenships = Codes(Values(props, "citizenship")),
            Gender = Values(props, "gender").FirstOrDefault() switch { "male" => "Male", "female" => "Female", _ => null },
            Identifiers = identifiers,
            Addresses = [.. Values(props, "address").Select(a => new Address(Street: a))],
            Programs = [.. Values(props, "program"), .. Values(props, "programId")],
            Titles = [.. Values(props, "position"), .. Values(props, "title")],
            Remarks = Values(props, "notes").FirstOrDefault(),
            OtherInfo = [.. other, .. Values(props, "topics").Select(t => $"topic: {t}"), .. Values(props, "country").Select(c => $"country: {c}")],
        }));
    }

    /// <summary>The parties with their sanctions folded in; a sanction naming no party here, and skipped schemas, are warnings.</summary>
    public IEnumerable<Entity> Entities(List<ParseWarning> warnings)
    {
        var byId = _entities.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        foreach (var (line, target, props) in _sanctions)
        {
            if (!byId.TryGetValue(target, out var i))
            {
                warnings.Add(new ParseWarning(file, line, "entity", $"Sanction names '{target}', which is not a party in this file; ignored"));
                continue;
            }
            var (id, at, e) = _entities[i];
            var programs = e.Programs.Concat(Values(props, "program")).Concat(Values(props, "programId")).Distinct().ToList();
            DateOnly? start = Values(props, "startDate").Select(s => DateOnly.TryParseExact(s.Length > 10 ? s[..10] : s, "yyyy-MM-dd", out var d) ? d : (DateOnly?)null)
                .Where(d => d is not null).Min();
            var authority = Values(props, "authority").Select(a => $"authority: {a}");
            _entities[i] = (id, at, e with { Programs = programs, ListedOn = e.ListedOn ?? start, OtherInfo = [.. e.OtherInfo, .. authority.Except(e.OtherInfo)] });
        }
        foreach (var (schema, count) in _skipped.OrderBy(s => s.Key, StringComparer.Ordinal))
            warnings.Add(new ParseWarning(file, 0, "schema", $"{count:N0} {schema} entit{(count == 1 ? "y" : "ies")} left out: not a party"));
        return _entities.Select(e => e.Entity);
    }

    private static List<string> Values(JsonElement props, string property) =>
        props.TryGetProperty(property, out var v) ? v.ValueKind switch
        {
            JsonValueKind.Array => [.. v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!.Trim()).Where(x => x.Length > 0).Distinct()],
            JsonValueKind.String when v.GetString()!.Trim() is { Length: > 0 } s => [s],
            _ => [],
        } : [];

    private static string? Join(JsonElement props, params string[] properties)
    {
        var parts = properties.SelectMany(p => Values(props, p).Take(1)).ToList();
        return parts.Count > 0 ? string.Join(' ', parts) : null;
    }

    private static string? Built(JsonElement props) => Join(props, "firstName", "middleName", "fatherName", "lastName");

    private static List<string> Codes(IEnumerable<string> values) =>
        [.. values.Select(v => Countries.TryGetCode(v, out var c) ? c : null).Where(c => c is not null).Cast<string>().Distinct()];
}
