using System.Globalization;
using System.Text;
using Vigil.Core.Model;
using Vigil.Sources;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Customers;

/// <summary>
/// Writes a customer file for the register tests: ordinary people and firms drawn from small name tables, plus listed
/// parties of SDN 2021-07 (and some only 2019-01 lists) under the spellings a customer file carries them (given name first, mixed case, accents,
/// legal forms written out), among them CEIEC as "Corporación China de Importaciones y Exportaciones Electrónicas".
/// </summary>
/// <remarks>Deterministic for a seed. Planted rows come from every <see cref="PlantEvery"/>-th SDN 2021-07 entry, so
/// some are listed in 2019-01 already and some only from 2021-07 on.</remarks>
internal static class CustomerFileGenerator
{
    public const int PlantEvery = 60;
    public const string CeiecCustomer = "Corporación China de Importaciones y Exportaciones Electrónicas";

    private static readonly string[] Given =
    [
        "Anna", "Peter", "Maria", "José", "Fatima", "Wei", "Olga", "Ahmed", "Sofia", "Lukas", "Aisha", "Chen", "Ingrid", "Pablo",
        "Yuki", "Omar", "Elena", "Tomás", "Priya", "Jan", "Noura", "Mateo", "Hanna", "Kenji", "Lucía", "Dmitri", "Amara", "Felix",
    ];

    private static readonly string[] Family =
    [
        "Schneider", "García", "Nguyen", "Kowalski", "Haddad", "Svensson", "Rossi", "O'Brien", "Tanaka", "Moreau", "Novak",
        "Fernández", "Okafor", "Jensen", "Papadopoulos", "Silva", "Horvath", "Lindqvist", "Dubois", "Yilmaz", "Kim", "Müller",
    ];

    private static readonly string[] FirmWords =
    [
        "Alpine", "Harbour", "Sunrise", "Nordic", "Meridian", "Cedar", "Atlas", "Orchid", "Granite", "Riverside", "Summit", "Falcon",
    ];

    private static readonly string[] FirmKinds = ["Trading", "Logistics", "Textiles", "Foods", "Consulting", "Engineering", "Holdings"];
    private static readonly string[] FirmForms = ["GmbH", "Ltd", "S.A.", "LLC", "B.V.", "AB", "S.r.l."];
    private static readonly string[] Countries = ["DE", "FR", "GB", "ES", "IT", "SE", "PL", "US", "JP", "BR", "NG", "TR"];

    /// <summary>Writes <paramref name="count"/> rows (ids c00001…); returns the planted rows' ids with the entry each was made from.</summary>
    public static IReadOnlyDictionary<string, string> Write(string path, int count, int seed = 7)
    {
        var planted = PlantedRows();
        var rng = new Random(seed);
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = new StringBuilder("id,name,type,birth_date,country,id_number\n");
        var plantAt = Math.Max(1, count / (planted.Count + 1));
        var next = 0;
        for (var i = 1; i <= count; i++)
        {
            var id = "c" + i.ToString("D5", CultureInfo.InvariantCulture);
            string name, type, dob = "", country = Countries[rng.Next(Countries.Length)];
            if (i % plantAt == 0 && next < planted.Count)
            {
                var (entry, variant, kind, birth, nation) = planted[next++];
                (name, type, dob, country) = (variant, kind, birth, nation);
                expected[id] = entry;
            }
            else if (rng.NextDouble() < 0.75)
            {
                name = $"{Given[rng.Next(Given.Length)]} {Family[rng.Next(Family.Length)]}";
                type = "person";
                dob = $"{rng.Next(1940, 2005)}-{rng.Next(1, 13):D2}-{rng.Next(1, 29):D2}";
            }
            else
            {
                name = $"{FirmWords[rng.Next(FirmWords.Length)]} {FirmKinds[rng.Next(FirmKinds.Length)]} {FirmForms[rng.Next(FirmForms.Length)]}";
                type = "organization";
            }
            text.Append(id).Append(',').Append(Csv(name)).Append(',').Append(type).Append(',').Append(dob).Append(',').Append(country).Append(",\n");
        }
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return expected;
    }

    /// <summary>One row per planted listed party: entry, customer spelling, type, birth date, country.</summary>
    private static List<(string Entry, string Name, string Type, string BirthDate, string Country)> PlantedRows()
    {
        var rows = new List<(string, string, string, string, string)> { ("ofac-sdn:30502", CeiecCustomer, "organization", "", "CN") };
        var entities = Sdn("2021-07");
        var current = entities.Select(e => e.SourceId).ToHashSet(StringComparer.Ordinal);
        // Entries 2021-07 no longer lists: their alerts must close when it is loaded.
        var removed = Sdn("2019-01").Where(e => !current.Contains(e.SourceId)).ToList();
        var picks = new List<(Entity, int)>();
        for (var i = 0; i < entities.Count; i += PlantEvery) picks.Add((entities[i], i));
        for (var i = 0; i < removed.Count; i += 10) picks.Add((removed[i], i * PlantEvery / 10));
        foreach (var (e, i) in picks)
        {
            if (e.Kind is not (EntityKind.Person or EntityKind.Organization) || e.SourceId == "30502") continue;
            var birth = e.BirthDates.Count > 0 && e.BirthDates[0].To is null && e.BirthDates[0].From.Day is not null ? e.BirthDates[0].From.ToString() : "";
            rows.Add((e.Ref.ToString(), Variant(e, i), e.Kind == EntityKind.Person ? "person" : "organization", birth,
                e.Nationalities.Count > 0 ? e.Nationalities[0] : ""));
        }
        return rows;
    }

    /// <summary>"FAMILY, Given" → "Given Family" in title case; firms in title case with accents or legal forms varied.</summary>
    private static string Variant(Entity e, int salt)
    {
        var name = e.Name;
        if (e.Kind == EntityKind.Person && name.IndexOf(',', StringComparison.Ordinal) is var comma and > 0)
            name = name[(comma + 1)..].Trim() + " " + name[..comma].Trim();
        name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
        return (salt / PlantEvery % 3) switch
        {
            0 => name.Replace("Company", "Co.", StringComparison.Ordinal).Replace("Limited", "Ltd", StringComparison.Ordinal),
            1 => name.Replace("Ltd", "Limited", StringComparison.Ordinal).Replace("Mohammad", "Muhammad", StringComparison.Ordinal),
            _ => name.ToUpperInvariant(),
        };
    }

    private static IReadOnlyList<Entity> Sdn(string version)
    {
        var dir = SharedData.Path("ofac-sdn/" + version);
        var parser = ListSources.ParserFor("ofac-sdn")!;
        var files = parser.FileNames.Select(n => Path.Combine(dir, n)).Where(File.Exists)
            .Select(f => new ListFile(Path.GetFileName(f), new MemoryStream(File.ReadAllBytes(f)))).ToList();
        return parser.Parse(new ListInput(files)).Entities;
    }

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
