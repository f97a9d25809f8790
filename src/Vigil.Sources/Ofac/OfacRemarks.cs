using System.Globalization;
using System.Text.RegularExpressions;
using Vigil.Core.Model;
using Vigil.Core.Text;

namespace Vigil.Sources.Ofac;

/// <summary>
/// The grammar of the OFAC <c>Remarks</c> column: a <c>;</c>-separated bag of facts such as
/// <c>DOB 23 Nov 1962; POB Caracas, Venezuela; citizen Venezuela; Gender Male; Cedula No. 5892464 (Venezuela).</c>
/// </summary>
/// <remarks>
/// Each fact is tried against the patterns below in order; the first that matches decides where it goes.
/// <c>alt. </c> in front of a fact only says it is a further value of the same kind, so it is read like the plain fact.
/// A fact no pattern knows goes to <see cref="OfacRemarkFacts.OtherInfo"/> as written; only a fact that starts like a
/// known kind but cannot be read (a DOB that is not a date) is reported as a problem.
/// Every pattern is anchored and compiled at build time; examples are quoted from the 2019-01/2021-07 SDN and
/// 2025-12 consolidated files unless a comment says otherwise.
/// </remarks>
internal static partial class OfacRemarks
{
    /// <summary>Splits remarks into facts: on <c>;</c> outside parentheses, without the closing period.</summary>
    /// <remarks>
    /// Parentheses are respected because one SDN entry (11313) quotes a whole passport in brackets with its own
    /// <c>;</c>s: <c>(Following data derived from an Eritrean passport ...: Alt. DOB: 10 October 1969; Alt. POB: ...)</c>.
    /// If brackets do not balance, the plain split is used so one stray <c>(</c> cannot swallow the rest.
    /// </remarks>
    public static List<string> SplitFacts(string? remarks)
    {
        var facts = new List<string>();
        if (string.IsNullOrWhiteSpace(remarks)) return facts;
        var text = remarks.AsSpan().Trim();
        if (text.EndsWith(".")) text = text[..^1];

        var depth = 0;
        var balanced = true;
        foreach (var c in text)
        {
            if (c == '(') depth++;
            else if (c == ')' && --depth < 0) { balanced = false; break; }
        }
        balanced &= depth == 0;

        depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length;
            if (!end && balanced)
            {
                if (text[i] == '(') depth++;
                else if (text[i] == ')') depth--;
            }
            if (end || (text[i] == ';' && depth == 0))
            {
                var fact = text[start..i].Trim();
                if (!fact.IsEmpty) facts.Add(fact.ToString());
                start = i + 1;
            }
        }
        return facts;
    }

    /// <summary>Reads every fact of the remarks.</summary>
    public static OfacRemarkFacts Parse(string? remarks)
    {
        var facts = new OfacRemarkFacts();
        foreach (var fact in SplitFacts(remarks)) ParseFact(fact, facts);
        return facts;
    }

    /// <summary>Sorts one fact into <paramref name="into"/>.</summary>
    public static void ParseFact(string fact, OfacRemarkFacts into)
    {
        // "alt. DOB 1936", "Alt. Fax: 9221227700019"
        var body = fact.StartsWith("alt. ", StringComparison.OrdinalIgnoreCase) ? fact[5..].TrimStart() : fact;

        if (TryAlias(body, into)
            || TryBirthDate(body, fact, into)
            || TryPersonal(body, into)
            || TryLinkedTo(body, into)
            || TryContact(body, into)
            || TryAircraft(body, into)
            || TryVessel(body, into)
            || TryDocument(body, fact, into))
        {
            return;
        }
        into.OtherInfo.Add(fact);
    }

    // ---- names -------------------------------------------------------------------------------------

    // "a.k.a. 'BNC'" (306 BANCO NACIONAL DE CUBA); "f.k.a. 'ANSAR INSTITUTE'".
    // Only the outer quotes are the list's: "a.k.a. 'PEOPLE'S ARMY'" is the name PEOPLE'S ARMY.
    [GeneratedRegex(@"^(?<kind>[afn]\.k\.a\.)\s+'(?<name>.+)'$", RegexOptions.CultureInvariant)]
    private static partial Regex WeakAliasRegex();

    // Unquoted a.k.a./f.k.a./n.k.a. would be a strong alias. None occurs in the 2019-01, 2021-07 or 2025-12
    // remarks (strong aliases are alt.csv rows there); the form read is the weak one without quotes:
    // "a.k.a. BANCO NACIONAL DE CUBA".
    [GeneratedRegex(@"^(?<kind>[afn]\.k\.a\.)\s+(?<name>[^'\s].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex StrongAliasRegex();

    private static bool TryAlias(string body, OfacRemarkFacts into)
    {
        if (body.Length < 8 || !body.AsSpan(1, 6).SequenceEqual(".k.a. ")) return false;
        if (WeakAliasRegex().Match(body) is { Success: true } weak)
        {
            // A quoted f.k.a. is still OFAC's weak form; keep it weak and say it was a former name.
            var kind = weak.Groups["kind"].Value;
            into.Names.Add(new EntityName(weak.Groups["name"].Value.Trim(), NameRole.WeakAlias, Note: kind == "a.k.a." ? null : kind));
            return true;
        }
        if (StrongAliasRegex().Match(body) is { Success: true } strong)
        {
            var role = strong.Groups["kind"].Value switch { "f.k.a." => NameRole.Former, "n.k.a." => NameRole.NowKnownAs, _ => NameRole.Alias };
            into.Names.Add(new EntityName(strong.Groups["name"].Value.Trim(), role));
            return true;
        }
        return false;
    }

    // ---- birth date --------------------------------------------------------------------------------

    // "DOB 23 Nov 1962" (22790), "DOB Sep 1938", "DOB 1946", "DOB circa 1951", "DOB 1951 to 1953",
    // "DOB 01 Jan 1961 to 31 Dec 1962", "DOB circa 1979-1982", "alt. DOB 31 Aug 1953".
    [GeneratedRegex(@"^DOB\s+(?<circa>circa\s+)?(?<from>(?:\d{1,2}\s+)?(?:[A-Za-z]{3}\s+)?\d{4})(?:(?:\s+to\s+|\s*-\s*)(?<to>(?:\d{1,2}\s+)?(?:[A-Za-z]{3}\s+)?\d{4}))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex BirthDateRegex();

    private static bool TryBirthDate(string body, string fact, OfacRemarkFacts into)
    {
        if (!body.StartsWith("DOB ", StringComparison.Ordinal)) return false;
        var m = BirthDateRegex().Match(body);
        PartialDate from = default, to = default;
        if (m.Success && TryParseDate(m.Groups["from"].Value, out from)
            && (!m.Groups["to"].Success || TryParseDate(m.Groups["to"].Value, out to)))
        {
            into.BirthDates.Add(new BirthDate(from, m.Groups["to"].Success ? to : null, m.Groups["circa"].Success));
        }
        else
        {
            into.Problems.Add(("DOB", $"'{fact}' is not a date of birth of a known form; kept as other information"));
            into.OtherInfo.Add(fact);
        }
        return true;
    }

    /// <summary>Reads OFAC's date forms <c>23 Nov 1962</c>, <c>Nov 1962</c>, <c>1962</c>; rejects impossible dates.</summary>
    public static bool TryParseDate(string text, out PartialDate date)
    {
        date = default;
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 1 or > 3) return false;
        if (!int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1000 or > 9999) return false;
        int? month = null, day = null;
        if (parts.Length >= 2)
        {
            month = Months.FromAbbreviation(parts[^2]);
            if (month is null) return false;
        }
        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                || d < 1 || d > DateTime.DaysInMonth(year, month!.Value)) return false;
            day = d;
        }
        date = new PartialDate(year, month, day);
        return true;
    }

    // ---- place of birth, nationality, citizenship, gender ------------------------------------------

    // "POB Caracas, Venezuela" (22790), "alt. POB Yemen".
    [GeneratedRegex(@"^POB\s+(?<place>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceOfBirthRegex();

    // "Nationality of Registration Korea, North" (companies; read as the entity's nationality).
    [GeneratedRegex(@"^Nationality of Registration\s+(?<country>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex RegistrationNationalityRegex();

    // "nationality Iran", "alt. nationality Germany"; once "nationality: Eritrean" inside 11313's bracket.
    [GeneratedRegex(@"^nationality:?\s+(?<country>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NationalityRegex();

    // "citizen Venezuela" (22790), "alt. citizen Kenya".
    [GeneratedRegex(@"^citizen\s+(?<country>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex CitizenRegex();

    // "Gender Male" (22790), "Gender Female".
    [GeneratedRegex(@"^Gender\s+(?<gender>Male|Female)$", RegexOptions.CultureInvariant)]
    private static partial Regex GenderRegex();

    private static bool TryPersonal(string body, OfacRemarkFacts into)
    {
        // Cheap gate first: most facts are none of these, and a failed prefix costs less than five regex runs.
        if (!StartsWithAny(body, "POB ", "nationality", "Nationality of Registration", "citizen ", "Gender ")) return false;
        if (PlaceOfBirthRegex().Match(body) is { Success: true } pob)
        {
            into.PlacesOfBirth.Add(pob.Groups["place"].Value.Trim());
            return true;
        }
        var nationality = RegistrationNationalityRegex().Match(body);
        if (!nationality.Success) nationality = NationalityRegex().Match(body);
        if (nationality.Success)
        {
            // Unresolved names are left out on purpose: the country table is being completed elsewhere.
            AddCountry(into.Nationalities, nationality.Groups["country"].Value);
            return true;
        }
        if (CitizenRegex().Match(body) is { Success: true } citizen)
        {
            AddCountry(into.Citizenships, citizen.Groups["country"].Value);
            return true;
        }
        if (GenderRegex().Match(body) is { Success: true } gender)
        {
            into.Gender ??= gender.Groups["gender"].Value;
            return true;
        }
        return false;
    }

    private static bool StartsWithAny(string body, params ReadOnlySpan<string> prefixes)
    {
        foreach (var p in prefixes)
            if (body.StartsWith(p, StringComparison.Ordinal)) return true;
        return false;
    }

    private static void AddCountry(List<string> codes, string country)
    {
        if (Countries.TryGetCode(country.Trim(), out var code) && !codes.Contains(code)) codes.Add(code);
    }

    // ---- links -------------------------------------------------------------------------------------

    // "Linked To: RED MUNDIAL INMOBILIARIA, S.A. DE C.V." (12300, joined from sdn_comments.csv).
    [GeneratedRegex(@"^Linked To:\s*(?<name>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex LinkedToRegex();

    private static bool TryLinkedTo(string body, OfacRemarkFacts into)
    {
        if (!body.StartsWith("Linked To", StringComparison.Ordinal)) return false;
        if (LinkedToRegex().Match(body) is not { Success: true } m) return false;
        into.LinkedTo.Add(m.Groups["name"].Value.Trim());
        return true;
    }
}
