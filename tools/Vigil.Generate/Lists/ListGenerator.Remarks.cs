using System.Globalization;
using System.Text;

namespace Vigil.Generate.Lists;

internal sealed partial class ListGenerator
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>
    /// A person's remarks in OFAC's order and proportions: birth date (most), place of birth, nationality, citizenship,
    /// gender, passports and national ids, weak aliases, links to firms.
    /// </summary>
    private string? PersonRemarks(Random rng, string home, string? title)
    {
        var facts = new List<string>(10);
        if (rng.Chance(0.93)) facts.Add("DOB " + BirthDate(rng));
        if (rng.Chance(0.15)) facts.Add("alt. DOB " + BirthDate(rng));
        if (rng.Chance(0.55))
            facts.Add("POB " + (parts.PlacesOfBirth.TryGetValue(home, out var places) && rng.Chance(0.8) ? rng.Pick(places) : home));
        if (rng.Chance(0.35)) facts.Add("nationality " + home);
        if (rng.Chance(0.20)) facts.Add("citizen " + home);
        if (rng.Chance(0.45)) facts.Add("Gender " + (rng.Chance(0.87) ? "Male" : "Female"));
        if (rng.Chance(0.25)) facts.Add($"Passport {DocumentNumber(rng)} ({home})");
        if (rng.Chance(0.05)) facts.Add($"alt. Passport {DocumentNumber(rng)}");
        if (rng.Chance(0.12)) facts.Add($"National ID No. {rng.Digits(rng.Next(7, 14))} ({home})");
        if (title is not null) facts.Add(title);
        WeakAliases(rng, facts, parts.PersonWeakAliases, 0.15);
        if (rng.Chance(0.25) && RecentOrganization(rng) is { } linked) facts.Add("Linked To: " + linked);
        return Join(facts);
    }

    private string? OrganizationRemarks(Random rng, string home, string core)
    {
        var facts = new List<string>(8);
        if (rng.Chance(0.08)) facts.Add($"Website www.{Domain(core)}.{rng.Pick(TopLevelDomains)}");
        if (rng.Chance(0.03)) facts.Add($"Email Address info@{Domain(core)}.com");
        if (rng.Chance(0.25)) facts.Add($"{rng.Pick(RegistrationLabels)} {rng.Digits(rng.Next(6, 12))} ({home})");
        if (rng.Chance(core.Contains("BANK", StringComparison.Ordinal) ? 0.6 : 0.02))
            facts.Add($"SWIFT/BIC {rng.Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 6)}{rng.Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 2)}");
        if (rng.Chance(0.05)) facts.Add("Organization Established Date " + BirthDate(rng));
        if (rng.Chance(0.10)) facts.Add("Nationality of Registration " + home);
        if (rng.Chance(0.05)) facts.Add("Additional Sanctions Information - Subject to Secondary Sanctions");
        WeakAliases(rng, facts, parts.OrgWeakAliases, 0.12);
        if (rng.Chance(0.30) && RecentOrganization(rng) is { } linked) facts.Add("Linked To: " + linked);
        return Join(facts);
    }

    private static string? VesselRemarks(Random rng, string? owner)
    {
        var facts = new List<string>(5);
        if (rng.Chance(0.2)) facts.Add("Vessel Year of Build " + rng.Next(1975, 2020).ToString(CultureInfo.InvariantCulture));
        if (rng.Chance(0.97)) facts.Add("Vessel Registration Identification IMO " + Customers.CustomerGenerator.Imo(rng));
        if (rng.Chance(0.3)) facts.Add("MMSI " + rng.Digits(9));
        if (owner is not null && rng.Chance(0.8)) facts.Add("Linked To: " + owner);
        return Join(facts);
    }

    private static readonly string[] TopLevelDomains = ["com", "ir", "ru", "net", "org", "co.uk", "ae", "cn", "com.ve"];
    private static readonly string[] RegistrationLabels = ["Registration Number", "Registration Number", "Tax ID No.", "Business Registration Document #", "Registration ID"];

    private static void WeakAliases(Random rng, List<string> facts, List<string> pool, double share)
    {
        if (pool.Count == 0 || !rng.Chance(share)) return;
        for (var n = rng.Chance(0.7) ? 1 : rng.Next(2, 4); n > 0; n--) facts.Add($"a.k.a. '{rng.Pick(pool)}'");
    }

    /// <summary>OFAC's forms: <c>23 Nov 1962</c> (70%), <c>1962</c>, <c>circa 1951</c>, <c>Jan 1959</c>, <c>1958 to 1960</c>.</summary>
    private static string BirthDate(Random rng)
    {
        var year = rng.Next(1935, 2001);
        var p = rng.NextDouble();
        if (p < 0.70) return $"{rng.Next(1, 29):D2} {rng.Pick(Months)} {year}";
        if (p < 0.85) return year.ToString(CultureInfo.InvariantCulture);
        if (p < 0.90) return $"circa {year}";
        if (p < 0.95) return $"{rng.Pick(Months)} {year}";
        return $"{year} to {year + rng.Next(1, 4)}";
    }

    /// <summary>Passport numbers of the shapes the list has: <c>A0002302</c>, <c>1084010</c>, <c>N12345678</c>.</summary>
    private static string DocumentNumber(Random rng) => rng.Next(3) switch
    {
        0 => rng.Chars("ABCDEFGHJKLMNPRSTUVWXYZ", 1) + rng.Digits(7),
        1 => rng.Digits(rng.Next(6, 10)),
        _ => rng.Chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + rng.Digits(6),
    };

    private static string Domain(string core)
    {
        var sb = new StringBuilder(16);
        foreach (var c in core)
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            if (sb.Length >= 16) break;
        }
        return sb.Length > 0 ? sb.ToString() : "example";
    }

    /// <summary>Facts joined with "; " and a closing period, which OFAC leaves out when the last fact ends with one (<c>Linked To: R D I S.A.</c>).</summary>
    private static string? Join(List<string> facts)
    {
        if (facts.Count == 0) return null;
        var text = string.Join("; ", facts);
        return text.EndsWith('.') ? text : text + ".";
    }
}
