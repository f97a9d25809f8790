using Vigil.Core.Model;

namespace Vigil.Store.Tests.Support;

/// <summary>One-line builders for test entities.</summary>
internal static class Some
{
    public static Entity Person(string name, string id = "1", string source = "ofac-sdn", string? born = null, string[]? programs = null) => new()
    {
        Source = source,
        SourceId = id,
        Kind = EntityKind.Person,
        Names = [new EntityName(name)],
        BirthDates = born is null ? [] : [new BirthDate(PartialDate.Parse(born))],
        Programs = programs ?? [],
    };

    public static Entity Organization(string name, string id = "1", string source = "ofac-sdn", string[]? programs = null) => new()
    {
        Source = source,
        SourceId = id,
        Kind = EntityKind.Organization,
        Names = [new EntityName(name)],
        Programs = programs ?? [],
    };

    /// <summary>An SDN-sized individual (about 700 bytes of JSON): two aliases, a birth date, a passport, an address.</summary>
    public static Entity TypicalPerson(string id) => new()
    {
        Source = "ofac-sdn",
        SourceId = id,
        Kind = EntityKind.Person,
        Names =
        [
            new EntityName("AL-ZAWAHIRI, Ayman", NameRole.Primary, "Ayman", "AL-ZAWAHIRI"),
            new EntityName("AL-ZAWAHIRI, Dr. Ayman", NameRole.Alias, "Dr. Ayman", "AL-ZAWAHIRI"),
            new EntityName("'ABU MUHAMMAD'", NameRole.WeakAlias),
        ],
        BirthDates = [new BirthDate(new PartialDate(1951, 6, 19))],
        PlacesOfBirth = ["Giza, Egypt"],
        Nationalities = ["EG"],
        Identifiers = [new Identifier(IdentifierKind.Passport, "1084010", "EG", "Passport")],
        Addresses = [new Address(City: "Cairo", Country: "Egypt", CountryCode: "EG")],
        Programs = ["SDGT"],
        Remarks = "DOB 19 Jun 1951; POB Giza, Egypt; nationality Egypt; Passport 1084010 (Egypt).",
    };

    /// <summary>An entity with every field of the model set, including nested parts and all date precisions.</summary>
    public static Entity FullyPopulated(string id = "30502", string source = "ofac-sdn") => new()
    {
        Source = source,
        SourceId = id,
        Kind = EntityKind.Organization,
        Names =
        [
            new EntityName("CHINA NATIONAL ELECTRONICS IMPORT & EXPORT CORPORATION", NameRole.Primary),
            new EntityName("CEIEC", NameRole.Alias, Note: "acronym"),
            new EntityName("CHINA NATIONAL ELECTRONICS IMPORT AND EXPORT CORPORATION", NameRole.Alias),
            new EntityName("'BNC'", NameRole.WeakAlias),
            new EntityName("OLD NAME", NameRole.Former),
            new EntityName("NEW NAME", NameRole.NowKnownAs),
            new EntityName("中国电子进出口有限公司", NameRole.OriginalScript),
            new EntityName("MADURO MOROS, Nicolas", NameRole.Alias, Given: "Nicolas", Family: "MADURO MOROS", Parts: ["Nicolas", "MADURO", "MOROS"]),
        ],
        BirthDates =
        [
            new BirthDate(new PartialDate(1962, 11, 23)),
            new BirthDate(new PartialDate(1959, 1)),
            new BirthDate(new PartialDate(1958), new PartialDate(1960)),
            new BirthDate(new PartialDate(1951), Approximate: true),
        ],
        PlacesOfBirth = ["Caracas, Venezuela"],
        Nationalities = ["VE"],
        Citizenships = ["VE", "CO"],
        Gender = "Male",
        Identifiers =
        [
            new Identifier(IdentifierKind.Registration, "91110000100010433L", "CN", "Registration Number"),
            new Identifier(IdentifierKind.Uscc, "91110000100010433L", "CN", "Unified Social Credit Code (USCC)", "issued 2015"),
            new Identifier(IdentifierKind.Website, "www.ceiec.com.cn"),
            new Identifier(IdentifierKind.Cedula, "5892464", "VE", "Cedula No."),
        ],
        Addresses =
        [
            new Address("Building 1, 19 Yangfangdian Road", "Beijing", null, "100038", "China", "CN"),
            new Address(City: "Caracas", Country: "Venezuela", CountryCode: "VE", Note: "branch"),
        ],
        Programs = ["VENEZUELA", "IRAN-CON-ARMS-EO"],
        Titles = ["President of the Bolivarian Republic of Venezuela"],
        ListedOn = new DateOnly(2020, 11, 30),
        Remarks = "Website www.ceiec.com.cn; Organization Established Date 1980; \"quoted\" \\ and ünïcode",
        Links = [new EntityLink("Linked To", "CEIEC HOUSE", "30503"), new EntityLink("Linked To", "UNRESOLVED LTD")],
        Vessel = new VesselInfo("9HA2", "Crude Oil Tanker", "150,000", "81,000", "Malta", "NITC", "1998"),
        Aircraft = new AircraftInfo("B747-422", "Boeing", "1991", "MAHAN AIR", "24383", "EP-MEE"),
        OtherInfo = ["Additional Sanctions Information - Subject to Secondary Sanctions"],
    };
}
