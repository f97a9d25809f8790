using System.Globalization;

namespace Vigil.Generate.Lists;

/// <summary>
/// Writes a synthetic sanctions list of any size in the OFAC legacy CSV format, recombining the name parts and facts of
/// the real lists: persons as real given names × real family names, organisations as real words × real legal forms, some
/// vessels and aircraft, with remarks (birth dates, places of birth, nationalities, documents, weak aliases, links),
/// aliases and addresses in the real files' proportions.
/// </summary>
/// <remarks>
/// Real lists grow their vocabulary with their size: a list of a million entries holds many family names and firm words
/// that occur once. Recombining the few thousand words of the SDN and UN lists alone would not do that, so a share of
/// words is coined by splicing two real words (<c>HASH|IMI</c> + <c>RAH|MANI</c>), giving a long tail of rare words
/// next to the real words at their real frequencies. ent_num runs from 1,000,000 up, unique. One seeded
/// <see cref="Random"/>, drawn in entry order, makes the output the same for the same seed and size.
/// </remarks>
internal sealed partial class ListGenerator(ListParts parts)
{
    public const int FirstEntNum = 1_000_000;

    /// <summary>Entity kinds: roughly the SDN mix (51% individuals, 41% entities, 4.5% vessels, 3% aircraft).</summary>
    private const double PersonShare = 0.54, OrganizationShare = 0.41, VesselShare = 0.04;

    /// <summary>The last organisations written, for <c>Linked To:</c> remarks (a ring buffer).</summary>
    private readonly string[] _recentOrganizations = new string[500];
    private int _recentCount, _recentNext;

    /// <summary>What was written.</summary>
    public sealed record Summary(int Entities, int Persons, int Organizations, int Vessels, int Aircraft, long Aliases, long Addresses, long Overflows);

    public Summary Write(string directory, int count, int seed)
    {
        var rng = new Random(seed);
        int persons = 0, organizations = 0, vessels = 0, aircraft = 0, altNum = 0, addNum = 0;
        long aliases = 0, addresses = 0;
        using var writer = new OfacCsvWriter(directory);
        for (var i = 0; i < count; i++)
        {
            var entNum = FirstEntNum + i;
            var kind = rng.NextDouble();
            var home = rng.Pick(parts.Countries);
            Entry entry;
            if (kind < PersonShare) { entry = Person(rng, home); persons++; }
            else if (kind < PersonShare + OrganizationShare) { entry = Organization(rng, home); organizations++; }
            else if (kind < PersonShare + OrganizationShare + VesselShare) { entry = Vessel(rng, home); vessels++; }
            else { entry = Aircraft(rng); aircraft++; }

            writer.WriteEntry(entNum, entry.Name, entry.Type, Program(rng), entry.Title, entry.Vessel, entry.Remarks);
            foreach (var (type, name) in entry.Aliases)
            {
                writer.WriteAlias(entNum, ++altNum, type, name);
                aliases++;
            }
            foreach (var (street, city, country) in Addresses(rng, home, entry.Type is null or "individual"))
            {
                writer.WriteAddress(entNum, ++addNum, street, city, country);
                addresses++;
            }
            if (entry.Type is null)
            {
                _recentOrganizations[_recentNext] = entry.Name;
                _recentNext = (_recentNext + 1) % _recentOrganizations.Length;
                _recentCount = Math.Min(_recentCount + 1, _recentOrganizations.Length);
            }
        }
        var overflows = writer.Overflows;
        return new Summary(count, persons, organizations, vessels, aircraft, aliases, addresses, overflows);
    }

    /// <summary>One sdn.csv row to be, with its aliases.</summary>
    private sealed record Entry(string Name, string? Type, string? Title, VesselColumns? Vessel, string? Remarks, List<(string Type, string Name)> Aliases);

    /// <summary>One programme (95%) or two to three joined the OFAC way (<c>SDGT] [IRGC</c>).</summary>
    private string Program(Random rng)
    {
        if (rng.Chance(0.87)) return rng.Pick(parts.Programs);
        var n = rng.Chance(0.8) ? 2 : 3;
        var picked = new List<string>(n);
        for (var i = 0; i < n; i++)
        {
            var p = rng.Pick(parts.Programs);
            if (!picked.Contains(p)) picked.Add(p);
        }
        return string.Join("] [", picked);
    }

    /// <summary>1 to 5 addresses (about 1.5 on average, as in the SDN list), a tenth of them all empty as OFAC writes them.</summary>
    private IEnumerable<(string? Street, string? City, string? Country)> Addresses(Random rng, string home, bool person)
    {
        var p = rng.NextDouble();
        var count = p < 0.72 ? 1 : p < 0.90 ? 2 : p < 0.97 ? 3 : rng.Next(4, 6);
        for (var i = 0; i < count; i++)
        {
            if (i == 0 && rng.Chance(person ? 0.15 : 0.05))
            {
                yield return (null, null, null);
                continue;
            }
            var country = i == 0 || rng.Chance(0.6) ? home : rng.Pick(parts.Countries);
            var city = parts.Cities.TryGetValue(country, out var cities) && rng.Chance(0.85) ? rng.Pick(cities) : null;
            var street = rng.Chance(person ? 0.2 : 0.5) ? Street(rng) : null;
            yield return (street, city, country);
        }
    }

    /// <summary>A firm written earlier in the list, for a <c>Linked To:</c> fact, or null when none was written yet.</summary>
    private string? RecentOrganization(Random rng) => _recentCount == 0 ? null : _recentOrganizations[rng.Next(_recentCount)];

    private string Street(Random rng) => rng.Chance(0.5)
        ? rng.Pick(parts.Streets)
        : $"{rng.Next(1, 400).ToString(CultureInfo.InvariantCulture)} {Capitalised(rng.Pick(parts.FamilyWords))} {rng.Pick(StreetWords)}";

    private static readonly string[] StreetWords = ["Street", "Avenue", "Road", "Boulevard", "Square", "Lane", "Highway"];

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();
}
