using System.Text.RegularExpressions;
using Vigil.Core.Model;
using Vigil.Core.Text;

namespace Vigil.Sources.Un;

internal sealed partial class UnMapper
{
    /// <summary>
    /// One INDIVIDUAL_DOCUMENT → an <see cref="Identifier"/>. The kind comes from TYPE_OF_DOCUMENT2 when it says more
    /// (<c>Birth certificate</c> under <c>National Identification Number</c>), else from TYPE_OF_DOCUMENT. NUMBER is kept as
    /// written; when it is missing the number is looked for in TYPE_OF_DOCUMENT2 / NOTE, and failing that the text goes to
    /// OtherInfo with a warning.
    /// </summary>
    private void MapDocument(string id, UnDocument doc, List<Identifier> into, List<string> otherInfo)
    {
        string? type = UnText.Clean(doc.TypeOfDocument), type2 = UnText.Clean(doc.TypeOfDocument2), number = UnText.Clean(doc.Number),
            note = UnText.Clean(doc.Note), issued = UnText.Clean(doc.DateOfIssue), city = UnText.Clean(doc.CityOfIssue);
        var label = (Specific(type2) ? type2 : type ?? type2)?.TrimEnd(':', ' ');
        var kind = KindOf(type2) ?? (Specific(type2) ? IdentifierKind.Other : KindOf(type) ?? IdentifierKind.Other);

        var countryName = UnText.Clean(doc.IssuingCountry) ?? UnText.Clean(doc.CountryOfIssue);
        string? country = null;
        if (countryName is not null)
        {
            if (Countries.TryGetCode(countryName, out var c)) country = c;
            else Warn(doc.Line, "ISSUING_COUNTRY", $"{id}: document country '{countryName}' is not a known country");
        }

        var notes = new List<string>(3);
        if (issued is not null || city is not null)
            notes.Add("issued" + (issued is null ? "" : " " + (UnText.IsoDate(issued)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? issued)) + (city is null ? "" : " in " + city));
        if (number is null)
        {
            // "Tunisian passport number L 191609 issued on 28 Feb. 1996", "Afghan national identification card (tazkira) number 545167"
            var text = string.Join("; ", new[] { type2, note }.OfType<string>());
            if (DocumentNumberInText().Match(text) is { Success: true } m)
            {
                number = m.Groups["n"].Value.Trim();
                notes.Add(text);
                // "SSN 156-92-9858 (United States of America)" under "National Identification Number" is a social security number.
                kind = KindOf(text) ?? kind;
                // "Afghan national identification card (tazkira) number 545167" is a label with the number in it.
                if (type2 is not null && type2.Contains(number, StringComparison.Ordinal)) label = type ?? label;
            }
            else
            {
                Warn(doc.Line, "NUMBER", $"{id}: {label ?? "document"} without a number: '{text}'");
                otherInfo.Add($"{label ?? "Document"}: {text}");
                return;
            }
        }
        else if (note is not null) notes.Add(note);

        var identifier = new Identifier(kind, number, country, label, notes.Count == 0 ? null : string.Join("; ", notes));
        AddIdentifier(into, identifier);
    }

    /// <summary>The kind a document label names, or null when it names none (<c>number:</c>, <c>Other ID</c>).</summary>
    private static IdentifierKind? KindOf(string? label)
    {
        if (label is null) return null;
        var l = label.ToLowerInvariant();
        if (l.Contains("passport") || l.Contains("passeport") || l.Contains("pasaporte")) return IdentifierKind.Passport;
        if (l.Contains("birth certificate")) return IdentifierKind.BirthCertificate;
        if (l.Contains("social security") || l.StartsWith("ssn ", StringComparison.Ordinal) || l.Contains(" ssn ")) return IdentifierKind.SocialSecurity;
        if (l.Contains("driver")) return IdentifierKind.DriverLicense;
        if (l.Contains("fiscal code") || l.Contains("tax")) return IdentifierKind.TaxId;
        if (l.Contains("residen")) return IdentifierKind.ResidencyNumber;
        if (l.Contains("travel document") || l.Contains("reiseausweis")) return IdentifierKind.TravelDocument;
        // Military, voter, student and ration cards identify a person but are not national identity documents.
        if (l.Contains("military") || l.Contains("serviceman") || l.Contains("fardc") || l.Contains("voter") || l.Contains("student") || l.Contains("ration")) return null;
        if (l.Contains("identi") || l.Contains("national number") || l.Contains("personalausweis") || l.Contains("tazkira")) return IdentifierKind.NationalId;
        return null;
    }

    /// <summary>True when a TYPE_OF_DOCUMENT2 names a document of its own (<c>Voter ID</c>), not just <c>number:</c>.</summary>
    private static bool Specific(string? type2) =>
        type2 is not null && type2.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w.Any(char.IsLetter) && !w.TrimEnd(':', '.').Equals("number", StringComparison.OrdinalIgnoreCase)
                      && !w.TrimEnd(':', '.').Equals("no", StringComparison.OrdinalIgnoreCase));

    // "Libyan passport number 347834, issued ...", "Tunisian passport number L 191609", "SSN 156-92-9858 (United States of America)",
    // "Italian Fiscal Code: DAOMMD74T11Z352Z", "Moroccan national identity card DE- 473900", "(tazkira) number 545167",
    // and a number that opens the note: "04643632 issued on 18 Jun. 1999"
    [GeneratedRegex(@"(?:(?i:number|no\.|code:|ssn|card)\s+|^)(?<n>(?:[A-Z]{1,3}-?\s)?[A-Z0-9][A-Z0-9-]*\d[A-Z0-9-]*)")]
    private static partial Regex DocumentNumberInText();

    /// <summary>IMO company numbers, SWIFT/BIC codes, registration and tax numbers that entity COMMENTS1 mention.</summary>
    private static void AddIdentifiersFromComments(string comments, List<Identifier> into)
    {
        foreach (Match m in ImoInComments().Matches(comments))
            AddIdentifier(into, new Identifier(IdentifierKind.Imo, m.Groups["n"].Value, Label: "IMO number"));
        foreach (Match m in SwiftInComments().Matches(comments))
            AddIdentifier(into, new Identifier(IdentifierKind.SwiftBic, m.Groups["n"].Value, Label: "SWIFT/BIC"));
        foreach (Match m in RegistrationInComments().Matches(comments))
            AddIdentifier(into, new Identifier(IdentifierKind.Registration, m.Groups["n"].Value.Trim(), CountryIn(m.Groups["c"]), UnText.Squash(m.Groups["label"].Value)));
        foreach (Match m in TaxNumberInComments().Matches(comments))
            AddIdentifier(into, new Identifier(IdentifierKind.TaxId, m.Groups["n"].Value, CountryIn(m.Groups["c"]), UnText.Squash(m.Groups["label"].Value)));
    }

    private static string? CountryIn(Group g) => g.Success && Countries.TryGetCode(g.Value, out var code) ? code : null;

    // "IMO number: 5878561" (KPe.070), "International Maritime Organization (IMO) Number: 1790183" (KPe.020),
    // "Company Number IMO 5434358" (KPe.066)
    [GeneratedRegex(@"\bIMO\)?\s*(?:number|no\.?)?\s*:?\s*(?<n>\d{7})\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImoInComments();

    // "SWIFT/BIC: FTBDKPPY" (KPe.047), "SWIFT: DCBKKPPY" (KPe.023)
    [GeneratedRegex(@"\bSWIFT(?:/BIC)?\s*:?\s*(?<n>[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\b")]
    private static partial Regex SwiftInComments();

    // "Registered company number: 02150590" (IQe.207), "Hong Kong company registration number 1177053" (KPe.017),
    // "Business Registration Number LL06889 (Malaysia)" (IRe.021), "Federal No.: CH-2 17-0-431-423-3 (Switzerland)" (IQe.200)
    [GeneratedRegex(@"(?<label>(?i:registered company number|company registration number|business registration number|registration number|federal no\.))\s*:?\s*(?<n>(?:[A-Z]{1,3}-?)?\d[\dA-Z-]*(?:\s\d[\d-]*)*)(?:\s*\((?<c>[^()]+)\))?")]
    private static partial Regex RegistrationInComments();

    // "Pakistan National Tax Number: 1774308" (TAe.010)
    [GeneratedRegex(@"(?:(?<c>[A-Z][a-z]+)\s+)?(?<label>National Tax Number)\s*:?\s*(?<n>\d+)")]
    private static partial Regex TaxNumberInComments();

    /// <summary>Adds an identifier unless one of the same kind, number and country is there (KPi.009 lists one passport in three languages).</summary>
    private static void AddIdentifier(List<Identifier> into, Identifier identifier)
    {
        foreach (var i in into)
            if (i.Kind == identifier.Kind && i.Canonical == identifier.Canonical && i.Country == identifier.Country) return;
        into.Add(identifier);
    }
}
