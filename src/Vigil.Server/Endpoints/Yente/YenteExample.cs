using System.Text.Json;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Core.Text;
using Vigil.Workflows.Screening;

namespace Vigil.Server.Endpoints.Yente;

/// <summary>One query of a <c>/match</c> batch as yente parses it: the caller's id, a FollowTheMoney schema and its
/// properties (each a string or a list), plus Vigil's own per-query <c>exclude_entity_ids</c>.</summary>
/// <param name="Properties">The properties Vigil knows, values as lists; a name built from the parts when none was given.</param>
internal sealed record YenteExample(string? Id, string Schema, Dictionary<string, List<string>> Properties, IReadOnlyList<string> ExcludeEntityIds)
{
    /// <summary>The schemas a query may have, with the entity kind each screens as.</summary>
    public static readonly IReadOnlyDictionary<string, EntityKind> Schemas = new Dictionary<string, EntityKind>(StringComparer.Ordinal)
    {
        ["Person"] = EntityKind.Person,
        ["Company"] = EntityKind.Organization,
        ["Organization"] = EntityKind.Organization,
        ["LegalEntity"] = EntityKind.Unknown,
        ["Vessel"] = EntityKind.Vessel,
        ["Airplane"] = EntityKind.Aircraft,
        ["Thing"] = EntityKind.Unknown,
    };

    /// <summary>The properties Vigil reads or echoes; others are ignored, as yente ignores a property its schema lacks.</summary>
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "name", "alias", "previousName", "weakAlias", "firstName", "secondName", "middleName", "fatherName", "motherName", "lastName",
        "title", "birthDate", "birthPlace", "nationality", "citizenship", "country", "jurisdiction", "mainCountry", "flag",
        "registrationNumber", "idNumber", "passportNumber", "taxNumber", "vatCode", "innCode", "ogrnCode", "leiCode", "swiftBic",
        "imoNumber", "mmsi", "callSign", "address", "email", "phone", "website", "gender", "position", "notes", "topics",
        "incorporationDate", "dunsCode", "bikCode", "okpoCode", "permId", "serialNumber", "model", "buildDate",
    };

    /// <summary>Name parts in the order FollowTheMoney joins them into a name.</summary>
    private static readonly string[] NameParts = ["firstName", "secondName", "middleName", "fatherName", "motherName", "lastName"];

    /// <summary>Properties holding a name to screen (yente's matchable name properties).</summary>
    private static readonly string[] NameProperties = ["name", "alias", "previousName"];

    /// <summary>Properties holding a country of the party, in the order they are preferred.</summary>
    private static readonly string[] CountryProperties = ["nationality", "citizenship", "jurisdiction", "country", "mainCountry", "flag"];

    /// <summary>Properties holding an identifier number, in the order they are preferred.</summary>
    private static readonly string[] IdProperties =
        ["passportNumber", "idNumber", "registrationNumber", "imoNumber", "taxNumber", "innCode", "ogrnCode", "leiCode", "swiftBic", "vatCode", "mmsi", "dunsCode", "bikCode", "okpoCode", "permId", "serialNumber"];

    /// <summary>Most names and identifiers one query screens; more are echoed but not screened.</summary>
    public const int MaxNames = 8, MaxIds = 4;

    /// <summary>Parses one query; the error is yente's 400 wording or a 422 location, else null.</summary>
    public static YenteExample? Parse(string key, JsonElement element, out string? badRequest, out (string Type, string[] Loc, string Msg)? invalid)
    {
        badRequest = null;
        invalid = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            invalid = ("model_attributes_type", ["body", "queries", key], "Input should be a valid dictionary or object to extract fields from");
            return null;
        }
        if (!element.TryGetProperty("schema", out var schemaElement))
        {
            invalid = ("missing", ["body", "queries", key, "schema"], "Field required");
            return null;
        }
        if (schemaElement.ValueKind != JsonValueKind.String)
        {
            invalid = ("string_type", ["body", "queries", key, "schema"], "Input should be a valid string");
            return null;
        }
        var schema = schemaElement.GetString()!;
        if (!Schemas.ContainsKey(schema))
        {
            badRequest = $"Cannot parse example entity: Unknown schema: '{schema}'";
            return null;
        }
        string? id = element.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
        var properties = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (element.TryGetProperty("properties", out var props))
        {
            if (props.ValueKind != JsonValueKind.Object)
            {
                invalid = ("dict_type", ["body", "queries", key, "properties"], "Input should be a valid dictionary");
                return null;
            }
            foreach (var prop in props.EnumerateObject())
            {
                if (!Known.Contains(prop.Name)) continue;
                var values = new List<string>();
                Collect(prop.Value, values);
                if (values.Count > 0) properties[prop.Name] = values;
            }
        }
        else
        {
            invalid = ("missing", ["body", "queries", key, "properties"], "Field required");
            return null;
        }
        var exclude = new List<string>();
        if (element.TryGetProperty("exclude_entity_ids", out var ex)) Collect(ex, exclude);
        if (!HasAny(properties, NameProperties))
        {
            var parts = NameParts.SelectMany(p => properties.TryGetValue(p, out var v) ? v.Take(1) : []).ToList();
            if (parts.Count > 0) properties["name"] = [string.Join(' ', parts)];
        }
        return new YenteExample(id, schema, properties, exclude);
    }

    /// <summary>The Vigil queries this example screens as: each name (at most <see cref="MaxNames"/>) with the first birth date,
    /// country and identifier, and each further identifier with the first name. <paramref name="nameOnly"/> leaves out all but names.</summary>
    /// <returns>The queries, or null with <paramref name="error"/> naming the property at fault.</returns>
    public IReadOnlyList<ScreeningQuery>? ToQueries(bool nameOnly, out string? error)
    {
        error = null;
        var kind = Schemas[Schema];
        var names = NameProperties.SelectMany(p => Properties.TryGetValue(p, out var v) ? v : []).Distinct(StringComparer.Ordinal).Take(MaxNames).ToList();
        PartialDate? birth = null;
        string? country = null;
        var ids = new List<string>();
        if (!nameOnly)
        {
            foreach (var value in Values("birthDate"))
            {
                var text = value.Length > 10 ? value[..10] : value;
                if (PartialDate.TryParse(text, out var d)) { birth = d; break; }
            }
            foreach (var value in CountryProperties.SelectMany(Values))
                if (Countries.TryGetCode(value, out var code)) { country = code; break; }
            ids = IdProperties.SelectMany(Values).Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).Take(MaxIds).ToList();
        }
        var type = kind switch
        {
            EntityKind.Person => "person",
            EntityKind.Organization => "organization",
            EntityKind.Vessel => "vessel",
            EntityKind.Aircraft => "aircraft",
            _ => null,
        };
        var queries = new List<ScreeningQuery>();
        var birthText = birth?.ToString();
        foreach (var name in names)
        {
            if (!new QueryFields(name, type, birthText, country, ids.Count > 0 ? ids[0] : null).TryCreate(out var q, out var e))
            {
                error = e;
                return null;
            }
            queries.Add(q);
        }
        for (var i = names.Count > 0 ? 1 : 0; i < ids.Count; i++)
        {
            queries.Add(names.Count > 0
                ? queries[0] with { IdNumber = ids[i].Trim() }
                : new ScreeningQuery("", kind, birth, country, ids[i].Trim()));
        }
        return queries;
    }

    private IEnumerable<string> Values(string property) => Properties.TryGetValue(property, out var v) ? v : [];

    private static bool HasAny(Dictionary<string, List<string>> properties, string[] names) => names.Any(properties.ContainsKey);

    /// <summary>A string, number or list of them (nested lists flattened); objects and nulls are skipped.</summary>
    private static void Collect(JsonElement value, List<string> into)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var s = value.GetString()!.Trim();
                if (s.Length > 0 && !into.Contains(s, StringComparer.Ordinal)) into.Add(s);
                break;
            case JsonValueKind.Number:
                into.Add(value.GetRawText());
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray()) Collect(item, into);
                break;
            default:
                break;
        }
    }
}
