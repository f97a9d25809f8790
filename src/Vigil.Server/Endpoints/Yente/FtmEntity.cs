using System.Globalization;
using Vigil.Core.Lists;
using Vigil.Core.Model;

namespace Vigil.Server.Endpoints.Yente;

/// <summary>An entity in FollowTheMoney form, as yente serves it: id, caption, schema, properties (each a list of
/// strings), datasets, referents, target and the three timestamps.</summary>
/// <remarks>The id is Vigil's <c>SOURCE:ID</c> (<c>ofac-sdn:30502</c>), so a yente client can hand it back to
/// <c>/entities/{id}</c> or <c>exclude_entity_ids</c>; timestamps are ISO 8601 to the second without a zone, as yente writes them.</remarks>
internal sealed record FtmEntity(
    string Id, string Caption, string Schema, Dictionary<string, List<string>> Properties, IReadOnlyList<string> Datasets,
    IReadOnlyList<string> Referents, bool Target, string? FirstSeen, string? LastSeen, string? LastChange)
{
    /// <summary>The FollowTheMoney schema of an entity kind: Person, Organization, Vessel, Airplane, else LegalEntity.</summary>
    public static string SchemaOf(EntityKind kind) => kind switch
    {
        EntityKind.Person => "Person",
        EntityKind.Organization => "Organization",
        EntityKind.Vessel => "Vessel",
        EntityKind.Aircraft => "Airplane",
        _ => "LegalEntity",
    };

    /// <summary>Renders a listed entity; <paramref name="version"/> is the active version it is in (its load time is
    /// <c>last_seen</c>), <paramref name="party"/> the ids of the other listings of its party (its <c>referents</c>).</summary>
    public static FtmEntity From(Entity entity, ListVersion? version, IReadOnlyList<string>? party = null)
    {
        var p = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var name in entity.Names)
        {
            var prop = name.Role switch
            {
                NameRole.Primary => "name",
                NameRole.WeakAlias => "weakAlias",
                NameRole.Former => "previousName",
                _ => "alias",
            };
            Add(p, prop, name.Full);
            if (name.Role == NameRole.Primary && entity.Kind == EntityKind.Person)
            {
                Add(p, "firstName", name.Given);
                Add(p, "lastName", name.Family);
            }
        }
        foreach (var b in entity.BirthDates)
        {
            Add(p, "birthDate", b.From.ToString());
            if (b.To is { } to) Add(p, "birthDate", to.ToString());
        }
        foreach (var place in entity.PlacesOfBirth) Add(p, "birthPlace", place);
        foreach (var c in entity.Nationalities) Add(p, "nationality", c.ToLowerInvariant());
        foreach (var c in entity.Citizenships) Add(p, "citizenship", c.ToLowerInvariant());
        Add(p, "gender", entity.Gender?.ToLowerInvariant());
        foreach (var id in entity.Identifiers) Add(p, PropertyOf(id.Kind), id.Number);
        foreach (var a in entity.Addresses)
        {
            Add(p, "address", a.ToString());
            Add(p, "country", a.CountryCode?.ToLowerInvariant());
        }
        foreach (var program in entity.Programs) Add(p, "programId", program);
        Add(p, "topics", "sanction");
        foreach (var title in entity.Titles) Add(p, entity.Kind == EntityKind.Person ? "position" : "notes", title);
        Add(p, "notes", entity.Remarks);
        foreach (var info in entity.OtherInfo) Add(p, "notes", info);
        if (entity.Vessel is { } v)
        {
            Add(p, "callSign", v.CallSign);
            Add(p, "type", v.Type);
            Add(p, "tonnage", v.Tonnage);
            Add(p, "grossRegisteredTonnage", v.GrossRegisteredTonnage);
            Add(p, "flag", v.Flag);
            Add(p, "buildDate", v.BuildYear);
        }
        if (entity.Aircraft is { } air)
        {
            Add(p, "model", air.Model);
            Add(p, "serialNumber", air.SerialNumber);
            Add(p, "registrationNumber", air.TailNumber);
            Add(p, "buildDate", air.ManufactureDate);
        }
        Add(p, "createdAt", entity.ListedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(p, "modifiedAt", entity.AmendedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(p, "sourceUrl", SourceUrl(entity.Source));

        // Referents: the entry itself, the UN listing a national list repeats, and the other listings of its party.
        var referents = new List<string> { entity.Ref.ToString() };
        if (entity.UnReference is { Length: > 0 } un && entity.Source != "un") referents.Add($"un:{un}");
        foreach (var other in party ?? []) if (!referents.Contains(other)) referents.Add(other);
        return new FtmEntity(
            entity.Ref.ToString(), entity.Name, SchemaOf(entity.Kind), p, [entity.Source], referents, Target: true,
            FirstSeen: Timestamp(entity.ListedOn), LastSeen: version is null ? null : Timestamp(version.LoadedAt),
            LastChange: Timestamp(LastChangeOf(entity)));
    }

    /// <summary>When the list last changed the entry, as far as the list says: its amendment date, else its listing date.</summary>
    public static DateOnly? LastChangeOf(Entity entity) => entity.AmendedOn ?? entity.ListedOn;

    /// <summary>The FollowTheMoney property an identifier kind is written to.</summary>
    public static string PropertyOf(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Passport or IdentifierKind.TravelDocument => "passportNumber",
        IdentifierKind.TaxId or IdentifierKind.Rfc or IdentifierKind.Nit or IdentifierKind.Ruc => "taxNumber",
        IdentifierKind.Registration or IdentifierKind.Uscc => "registrationNumber",
        IdentifierKind.Imo => "imoNumber",
        IdentifierKind.Mmsi => "mmsi",
        IdentifierKind.SwiftBic => "swiftBic",
        IdentifierKind.DigitalCurrencyAddress => "cryptoWallet",
        IdentifierKind.Website => "website",
        IdentifierKind.Email => "email",
        IdentifierKind.Phone => "phone",
        IdentifierKind.AircraftSerial => "serialNumber",
        IdentifierKind.AircraftTail => "registrationNumber",
        IdentifierKind.CallSign => "callSign",
        _ => "idNumber",
    };

    /// <summary>The publisher's page for a source, for <c>sourceUrl</c>; null for a list without a known page (custom lists).</summary>
    public static string? SourceUrl(string source) => source switch
    {
        "ofac-sdn" or "ofac-advanced" or "ofac-enhanced" => "https://sanctionslist.ofac.treas.gov/Home/SdnList",
        "ofac-cons" => "https://sanctionslist.ofac.treas.gov/Home/ConsolidatedList",
        "un" => "https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list",
        "uk-ofsi" => "https://www.gov.uk/government/publications/financial-sanctions-consolidated-list-of-targets",
        "eu-fsf" => "https://data.europa.eu/data/datasets/consolidated-list-of-persons-groups-and-entities-subject-to-eu-financial-sanctions",
        "au-dfat" => "https://www.dfat.gov.au/international-relations/security/sanctions/consolidated-list",
        "ca-sema" => "https://www.international.gc.ca/world-monde/international_relations-relations_internationales/sanctions/consolidated-consolide.aspx",
        "us-csl" => "https://www.trade.gov/consolidated-screening-list",
        "bis-dpl" => "https://www.bis.gov/dpl",
        _ => null,
    };

    private static string? Timestamp(DateOnly? date) =>
        date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00" : null;

    private static string Timestamp(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static void Add(Dictionary<string, List<string>> p, string prop, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        if (!p.TryGetValue(prop, out var list)) p[prop] = list = [];
        if (!list.Contains(value, StringComparer.Ordinal)) list.Add(value);
    }
}
