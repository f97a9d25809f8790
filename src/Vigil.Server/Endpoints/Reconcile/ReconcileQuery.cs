using System.Text.Json;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Core.Text;
using Vigil.Workflows.Screening;

namespace Vigil.Server.Endpoints.Reconcile;

/// <summary>One reconciliation query (Reconciliation Service API 0.2): a name (<c>query</c>), types, a limit and property
/// constraints, checked against the protocol's schema (<c>query</c> or a non-empty <c>properties</c>; no other fields).</summary>
internal sealed record ReconcileQuery(string? Text, EntityKind Kind, int Limit, string? BirthDate, string? Country, string? IdNumber)
{
    /// <summary>Candidates per query when the query gives no limit.</summary>
    public const int DefaultLimit = 5;

    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal) { "query", "type", "limit", "properties", "type_strict" };

    /// <summary>Property ids read as a birth date, a country, an identifier; others are accepted and ignored.</summary>
    private static readonly HashSet<string> BirthDateIds = new(StringComparer.OrdinalIgnoreCase) { "birthDate", "birth_date", "dob", "dateOfBirth" };
    private static readonly HashSet<string> CountryIds = new(StringComparer.OrdinalIgnoreCase) { "country", "nationality", "citizenship", "jurisdiction" };
    private static readonly HashSet<string> IdIds = new(StringComparer.OrdinalIgnoreCase)
        { "idNumber", "id_number", "passportNumber", "registrationNumber", "imoNumber", "taxNumber", "swiftBic", "leiCode", "innCode" };

    /// <summary>The properties a service manifest can suggest: id and name.</summary>
    public static readonly (string Id, string Name)[] Properties =
        [("birthDate", "Birth date (YYYY, YYYY-MM or YYYY-MM-DD)"), ("country", "Country or nationality (name or ISO code)"), ("idNumber", "Passport, national id, registration or IMO number")];

    /// <summary>Parses one query of a batch; <paramref name="error"/> names the field at fault (<c>q0.properties[1].pid: missing</c>).</summary>
    public static ReconcileQuery? Parse(string key, JsonElement q, out string? error)
    {
        error = null;
        if (q.ValueKind != JsonValueKind.Object) { error = $"{key}: must be an object"; return null; }
        foreach (var field in q.EnumerateObject())
            if (!Fields.Contains(field.Name)) { error = $"{key}.{field.Name}: not a field of a reconciliation query (query, type, limit, properties, type_strict)"; return null; }

        string? text = null;
        if (q.TryGetProperty("query", out var query))
        {
            if (query.ValueKind != JsonValueKind.String) { error = $"{key}.query: must be a string"; return null; }
            text = query.GetString()!.Trim();
        }
        var kind = EntityKind.Unknown;
        if (q.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind switch
            {
                JsonValueKind.String => [type.GetString()!],
                JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToArray(),
                _ => null,
            };
            if (types is null) { error = $"{key}.type: must be a type id or a list of them"; return null; }
            foreach (var t in types) if (KindOf(t) is { } k) { kind = k; break; }
        }
        var limit = DefaultLimit;
        if (q.TryGetProperty("limit", out var l))
        {
            if (l.ValueKind != JsonValueKind.Number || !l.TryGetInt32(out limit) || limit < 1) { error = $"{key}.limit: must be a positive whole number"; return null; }
            limit = Math.Min(limit, Limits.MaxTop);
        }
        string? birth = null, country = null, id = null;
        var hasProperties = false;
        if (q.TryGetProperty("properties", out var props))
        {
            if (props.ValueKind != JsonValueKind.Array) { error = $"{key}.properties: must be a list of {{pid, v}}"; return null; }
            var i = 0;
            foreach (var p in props.EnumerateArray())
            {
                var at = $"{key}.properties[{i++}]";
                if (p.ValueKind != JsonValueKind.Object || !p.TryGetProperty("pid", out var pid) || pid.ValueKind != JsonValueKind.String)
                { error = $"{at}.pid: missing; each property is {{\"pid\": ..., \"v\": ...}}"; return null; }
                if (!p.TryGetProperty("v", out var v)) { error = $"{at}.v: missing"; return null; }
                hasProperties = true;
                var values = Values(v);
                var name = pid.GetString()!;
                if (BirthDateIds.Contains(name)) birth ??= values.FirstOrDefault(s => PartialDate.TryParse(s.Length > 10 ? s[..10] : s, out _)) is { } b ? (b.Length > 10 ? b[..10] : b) : null;
                else if (CountryIds.Contains(name)) country ??= values.FirstOrDefault(s => Countries.TryGetCode(s, out _));
                else if (IdIds.Contains(name)) id ??= values.FirstOrDefault(s => s.Trim().Length > 0);
            }
        }
        if (string.IsNullOrEmpty(text) && !hasProperties) { error = $"{key}: needs a non-empty query or properties"; return null; }
        return new ReconcileQuery(string.IsNullOrEmpty(text) ? null : text, kind, limit, birth, country, id);
    }

    /// <summary>The screening query, or null when nothing in it can be screened (no usable name and no identifier).</summary>
    public ScreeningQuery? ToScreening()
    {
        var type = Kind == EntityKind.Unknown ? null : Kind.ToString();
        if (Text is not null && new QueryFields(Text, type, BirthDate, Country, IdNumber).TryCreate(out var q, out _)) return q;
        if (IdNumber is not null)
            return new ScreeningQuery("", Kind, BirthDate is null ? null : PartialDate.Parse(BirthDate), Countries.TryGetCode(Country, out var c) ? c : null, IdNumber.Trim());
        return null;
    }

    /// <summary>The entity kind of a type id (Person, Organization, Company, Vessel, Airplane, …); null for a type Vigil does not know.</summary>
    public static EntityKind? KindOf(string type) => type.Trim().ToLowerInvariant() switch
    {
        "person" or "individual" => EntityKind.Person,
        "organization" or "organisation" or "company" or "entity" => EntityKind.Organization,
        "vessel" or "ship" => EntityKind.Vessel,
        "airplane" or "aircraft" => EntityKind.Aircraft,
        _ => null,
    };

    /// <summary>A property value as text: a string, number or boolean as written, an entity by its name (else its id).</summary>
    private static List<string> Values(JsonElement v)
    {
        var list = new List<string>();
        foreach (var item in v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToArray() : [v])
        {
            switch (item.ValueKind)
            {
                case JsonValueKind.String: list.Add(item.GetString()!); break;
                case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False: list.Add(item.GetRawText()); break;
                case JsonValueKind.Object:
                    if (item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String) list.Add(n.GetString()!);
                    else if (item.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String) list.Add(i.GetString()!);
                    break;
                default: break;
            }
        }
        return list;
    }
}
