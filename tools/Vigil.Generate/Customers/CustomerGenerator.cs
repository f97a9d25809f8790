using System.Globalization;
using Vigil.Core.Model;
using Vigil.Core.Text;
using Vigil.Generate.Tables;

namespace Vigil.Generate.Customers;

/// <summary>
/// Makes customer records: persons and firms of many cultures, a few vessels, with partial birth dates, countries and
/// document numbers, and a small share of true hits made from listed entities with the variations clerks introduce.
/// </summary>
/// <remarks>
/// Everything is drawn from one <see cref="Random"/> seeded by the caller, row after row, so a seed always gives the same
/// file. Shares (below) are those of a retail and trade-finance customer base, not of any measured bank.
/// </remarks>
internal sealed partial class CustomerGenerator
{
    private const double PersonShare = 0.74;
    private const double OrganizationShare = 0.22;
    private const double VesselShare = 0.01;
    /// <summary>Rows whose type column is left empty although the name is a person's or a firm's.</summary>
    private const double UnknownTypeShare = 0.03;
    /// <summary>Latin-script rows stored without accents, as ASCII-only systems keep them.</summary>
    private const double AsciiFoldedShare = 0.15;
    private const double UpperCaseShare = 0.10;

    private readonly NameTables _tables;
    private readonly TrueHitMaker? _hits;
    private readonly double _hitShare;
    private readonly int[] _cultureWeights;

    /// <param name="hitSource">Listed entities true hits are made from; empty for none.</param>
    /// <param name="hitShare">Share of rows that are true hits (0.005 = 0.5%).</param>
    public CustomerGenerator(NameTables tables, IReadOnlyList<Entity> hitSource, double hitShare)
    {
        _tables = tables;
        _hits = hitSource.Count > 0 ? new TrueHitMaker(hitSource) : null;
        _hitShare = _hits is null ? 0 : hitShare;
        _cultureWeights = [.. tables.Cultures.Select(c => c.Share)];
    }

    /// <summary><paramref name="count"/> rows with ids <c>{prefix}000001</c>…, the same for the same seed.</summary>
    public IEnumerable<CustomerRow> Generate(int count, int seed, string idPrefix = "c")
    {
        var rng = new Random(seed);
        var width = Math.Max(6, count.ToString(CultureInfo.InvariantCulture).Length);
        for (var i = 1; i <= count; i++)
        {
            var id = idPrefix + i.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
            if (_hits is not null && rng.Chance(_hitShare))
            {
                yield return _hits.Make(rng, id);
                continue;
            }
            var culture = _tables.Cultures[rng.PickWeighted(_cultureWeights)];
            var kind = rng.NextDouble();
            CustomerRow row;
            if (kind < PersonShare) row = Person(rng, id, culture);
            else if (kind < PersonShare + OrganizationShare) row = Organization(rng, id, culture);
            else if (kind < PersonShare + OrganizationShare + VesselShare) row = Vessel(rng, id, culture);
            else row = rng.Chance(0.5) ? Person(rng, id, culture) : Organization(rng, id, culture);
            if (rng.Chance(UnknownTypeShare)) row = row with { Type = "" };
            yield return row;
        }
    }

    private static CustomerRow Person(Random rng, string id, Culture culture)
    {
        var native = culture.ScriptPercent > 0 && rng.Next(100) < culture.ScriptPercent;
        var female = rng.Chance(0.5);
        var name = PersonName(rng, culture, female, native);
        if (!native) name = Restyle(rng, name);
        var idNumber = rng.Chance(0.2)
            ? rng.Chance(0.5) ? rng.Chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + rng.Digits(7) : rng.Digits(9)
            : "";
        return new CustomerRow(id, name, "person", BirthDate(rng), Country(rng, culture), idNumber, null);
    }

    private CustomerRow Organization(Random rng, string id, Culture culture)
    {
        var native = culture.ScriptPercent > 0 && rng.Next(100) < culture.ScriptPercent;
        var name = OrganizationName(rng, culture, native);
        if (!native) name = Restyle(rng, name);
        var idNumber = rng.Chance(0.15) ? rng.Digits(rng.Next(8, 11)) : "";
        return new CustomerRow(id, name, "organization", "", Country(rng, culture), idNumber, null);
    }

    private static readonly string[] VesselWords =
        ["OCEAN", "SEA", "STAR", "PRIDE", "SPIRIT", "GLORY", "FORTUNE", "PEARL", "QUEEN", "PRINCESS", "EXPRESS", "WIND", "WAVE", "BAY",
         "ISLAND", "DRAGON", "HARMONY", "VICTORY", "NAVIGATOR", "CARRIER", "VENTURE", "HORIZON", "TRADER", "BREEZE"];

    private CustomerRow Vessel(Random rng, string id, Culture culture)
    {
        var head = rng.Chance(0.5) ? rng.Pick(_tables.AnyBrands).Latin.ToUpperInvariant() : rng.Pick(VesselWords);
        var name = head + " " + rng.Pick(VesselWords);
        if (rng.Chance(0.25)) name += " " + rng.Next(1, 20).ToString(CultureInfo.InvariantCulture);
        if (rng.Chance(0.3)) name = (rng.Chance(0.5) ? "MV " : "M/T ") + name;
        return new CustomerRow(id, name, "vessel", "", Country(rng, culture), rng.Chance(0.4) ? Imo(rng) : "", null);
    }

    /// <summary>A 7-digit IMO ship number with a valid check digit.</summary>
    internal static string Imo(Random rng)
    {
        var digits = rng.Next(100000, 1000000).ToString(CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 6; i++) sum += (digits[i] - '0') * (7 - i);
        return digits + (sum % 10).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Latin names: some stored without accents, some in capitals, a few in lower case.</summary>
    private static string Restyle(Random rng, string name)
    {
        if (rng.Chance(AsciiFoldedShare)) name = TextVariation.StripAccents(name);
        var c = rng.NextDouble();
        return c < UpperCaseShare ? name.ToUpperInvariant() : c < UpperCaseShare + 0.02 ? name.ToLowerInvariant() : name;
    }

    /// <summary>Ages 18 to 85; full date 60%, year and month 8%, year only 10%, none 22%.</summary>
    private static string BirthDate(Random rng)
    {
        var p = rng.NextDouble();
        if (p >= 0.78) return "";
        var year = rng.Next(1941, 2008);
        var month = rng.Next(1, 13);
        if (p < 0.60) return new DateOnly(year, month, rng.Next(1, DateTime.DaysInMonth(year, month) + 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return p < 0.68 ? $"{year:D4}-{month:D2}" : $"{year:D4}";
    }

    /// <summary>The culture's main country half the time; an ISO code 70%, the country's name 10%, empty 20%.</summary>
    private static string Country(Random rng, Culture culture)
    {
        var code = rng.PickFavouringFirst(culture.Countries, 0.5);
        var p = rng.NextDouble();
        return p < 0.70 ? code : p < 0.80 ? Countries.NameOf(code) : "";
    }
}
