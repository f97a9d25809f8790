using Vigil.Core.Model;
using Vigil.Core.Text;

namespace Vigil.Sources.Custom;

/// <summary>
/// One entry of a custom list in Vigil's own shape, the same for CSV columns and JSON-lines fields (docs/lists.md):
/// <c>id</c> and <c>name</c> required; <c>kind</c>, <c>aliases</c>, <c>weak_aliases</c>, <c>former_names</c>,
/// <c>birth_dates</c>, <c>places_of_birth</c>, <c>nationalities</c>, <c>citizenships</c>, <c>identifiers</c>,
/// <c>addresses</c>, <c>programs</c>, <c>titles</c>, <c>gender</c>, <c>listed_on</c>, <c>remarks</c> optional.
/// </summary>
internal static class CustomRecord
{
    /// <summary>The fields Vigil reads; anything else is kept as other information.</summary>
    public static readonly string[] Fields =
    [
        "id", "name", "kind", "aliases", "weak_aliases", "former_names", "birth_dates", "places_of_birth", "nationalities",
        "citizenships", "identifiers", "addresses", "programs", "titles", "gender", "listed_on", "remarks",
    ];

    /// <summary>Builds the entity from a row's fields (multi-valued ones as lists); a bad value throws naming the field.</summary>
    public static Entity Build(string source, Func<string, IReadOnlyList<string>> values, IEnumerable<(string Field, string Value)> extra,
        string file, int line)
    {
        string? One(string field) => values(field) is { Count: > 0 } v ? v[0] : null;
        var id = One("id") ?? throw Error(file, line, "id", "no id: every entry of a custom list needs one");
        var name = One("name") ?? throw Error(file, line, "name", "no name");
        var kind = One("kind")?.ToLowerInvariant() switch
        {
            null or "" or "unknown" => EntityKind.Unknown,
            "person" or "individual" => EntityKind.Person,
            "organization" or "organisation" or "company" or "entity" => EntityKind.Organization,
            "vessel" or "ship" => EntityKind.Vessel,
            "aircraft" or "airplane" => EntityKind.Aircraft,
            var other => throw Error(file, line, "kind", $"'{other}' is not person, organization, vessel or aircraft"),
        };
        var names = new List<EntityName> { new(name) };
        foreach (var (field, role) in new[] { ("aliases", NameRole.Alias), ("weak_aliases", NameRole.WeakAlias), ("former_names", NameRole.Former) })
            foreach (var alias in values(field))
                if (!names.Any(n => n.Full == alias)) names.Add(new EntityName(alias, role));
        var births = new List<BirthDate>();
        foreach (var text in values("birth_dates"))
            births.Add(PartialDate.TryParse(text, out var d) ? new BirthDate(d)
                : throw Error(file, line, "birth_dates", $"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"));
        DateOnly? listed = One("listed_on") is { } l
            ? DateOnly.TryParseExact(l, "yyyy-MM-dd", out var day) ? day : throw Error(file, line, "listed_on", $"'{l}' is not a date of the form YYYY-MM-DD")
            : null;
        var gender = One("gender")?.ToLowerInvariant() switch
        {
            null or "" => null,
            "male" or "m" => "Male",
            "female" or "f" => "Female",
            var g => throw Error(file, line, "gender", $"'{g}' is not male or female"),
        };
        return new Entity
        {
            Source = source,
            SourceId = id,
            Kind = kind,
            Names = names,
            BirthDates = births,
            PlacesOfBirth = [.. values("places_of_birth")],
            Nationalities = Codes(values("nationalities"), "nationalities", file, line),
            Citizenships = Codes(values("citizenships"), "citizenships", file, line),
            Identifiers = [.. values("identifiers").Select(Identifier)],
            Addresses = [.. values("addresses").Select(a => new Address(Street: a))],
            Programs = [.. values("programs")],
            Titles = [.. values("titles")],
            Gender = gender,
            ListedOn = listed,
            Remarks = One("remarks"),
            OtherInfo = [.. extra.Where(e => e.Value.Length > 0).Select(e => $"{e.Field}: {e.Value}")],
        };
    }

    /// <summary><c>passport:5926671</c>, <c>imo:9123456</c>, <c>QA passport:5926671</c> or a bare number.</summary>
    internal static Identifier Identifier(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return new Identifier(IdentifierKind.Other, text.Trim());
        var label = text[..colon].Trim();
        var number = text[(colon + 1)..].Trim();
        string? country = null;
        if (label.Length > 3 && label[2] == ' ' && char.IsAsciiLetterUpper(label[0]) && char.IsAsciiLetterUpper(label[1]))
        {
            country = label[..2];
            label = label[3..];
        }
        var kind = label.ToLowerInvariant().Replace(" ", "_", StringComparison.Ordinal) switch
        {
            "passport" => IdentifierKind.Passport,
            "national_id" or "id" => IdentifierKind.NationalId,
            "tax_id" or "tax" or "vat" or "inn" => IdentifierKind.TaxId,
            "registration" or "company_number" or "ogrn" => IdentifierKind.Registration,
            "imo" => IdentifierKind.Imo,
            "mmsi" => IdentifierKind.Mmsi,
            "swift" or "bic" or "swift_bic" => IdentifierKind.SwiftBic,
            "lei" => IdentifierKind.Other,
            "email" => IdentifierKind.Email,
            "website" => IdentifierKind.Website,
            "phone" => IdentifierKind.Phone,
            _ => IdentifierKind.Other,
        };
        return new Identifier(kind, number, country, label);
    }

    private static List<string> Codes(IReadOnlyList<string> names, string field, string file, int line) =>
        [.. names.Select(n => Countries.TryGetCode(n, out var code) ? code : throw Error(file, line, field, $"'{n}' is not a country name or ISO code")).Distinct()];

    private static ListFormatException Error(string file, int line, string field, string reason) =>
        new(file, $"line {line}, field {field}", reason);
}
