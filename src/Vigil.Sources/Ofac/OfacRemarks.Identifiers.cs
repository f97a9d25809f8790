using System.Text.RegularExpressions;
using Vigil.Core.Model;
using Vigil.Core.Text;

namespace Vigil.Sources.Ofac;

// The identifier half of the remarks grammar: contact details, digital-currency addresses, aircraft and vessel
// particulars, and identity or registration documents of the form "<label> <number> (<country>) issued ... expires ...".
internal static partial class OfacRemarks
{
    // ---- contact details and digital currency ------------------------------------------------------

    // "Website https://www.ceiec.com" (30502), "Website:  www.alnakshabandia-army.org".
    [GeneratedRegex(@"^Website:?\s+(?<value>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex WebsiteRegex();

    // "Email Address dam.d.free@net.sy", "EMAIL daesong@co.chesin.com".
    [GeneratedRegex(@"^(?:Email Address|Email|EMAIL)\s+(?<value>\S+@\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailRegex();

    // "Telephone (98)(21)(66153220)", "Telephone No. 009613679153", "Phone Number 982188526300",
    // "PHONE 850 2 381 8221", "Fax (98)(21)(22224537)", "Alt. Fax: 9221227700019".
    [GeneratedRegex(@"^(?<label>Telephone(?: No\.| Number)?|Phone(?: Number| No\.)?|PHONE|Fax(?: No\.)?|FAX)\s*:?\s+(?<value>.*\d.*)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex PhoneRegex();

    // "Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h",
    // "Digital Currency Address - ETH 0x7F367cC41522cE07553e823bf3be79A889DEbe1B", also LTC, ZEC, DASH, BSV, XMR, ...
    [GeneratedRegex(@"^(?<label>Digital Currency Address - [A-Za-z0-9]+)\s+(?<value>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DigitalCurrencyRegex();

    private static bool TryContact(string body, OfacRemarkFacts into)
    {
        if (!StartsWithAny(body, "Website", "Email", "EMAIL", "Telephone", "Phone", "PHONE", "Fax", "FAX", "Digital Currency Address")) return false;
        if (WebsiteRegex().Match(body) is { Success: true } web)
            return Add(into, IdentifierKind.Website, web.Groups["value"].Value, "Website");
        if (EmailRegex().Match(body) is { Success: true } mail)
            return Add(into, IdentifierKind.Email, mail.Groups["value"].Value, "Email Address");
        if (PhoneRegex().Match(body) is { Success: true } phone)
            return Add(into, IdentifierKind.Phone, phone.Groups["value"].Value.Trim(), phone.Groups["label"].Value);
        if (DigitalCurrencyRegex().Match(body) is { Success: true } coin)
            return Add(into, IdentifierKind.DigitalCurrencyAddress, coin.Groups["value"].Value, coin.Groups["label"].Value);
        return false;
    }

    // ---- aircraft ----------------------------------------------------------------------------------

    // "Aircraft Construction Number (also called L/N or S/N or F/N) 8401"
    [GeneratedRegex(@"^Aircraft Construction Number \(also called L/N or S/N or F/N\)\s+(?<value>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AircraftConstructionNumberRegex();

    // "Aircraft Manufacturer's Serial Number (MSN) 1023409321"
    [GeneratedRegex(@"^Aircraft Manufacturer's Serial Number \(MSN\)\s+(?<value>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AircraftSerialNumberRegex();

    // "Aircraft Serial Identification 258512"
    [GeneratedRegex(@"^Aircraft Serial Identification\s+(?<value>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AircraftSerialIdentificationRegex();

    // "Aircraft Model IL76-TD"
    [GeneratedRegex(@"^Aircraft Model\s+(?<value>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AircraftModelRegex();

    // "Aircraft Manufacture Date 1992", "Aircraft Manufacture Date 28 Dec 2016"
    [GeneratedRegex(@"^Aircraft Manufacture Date\s+(?<value>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AircraftManufactureDateRegex();

    // "Aircraft Operator YAS AIR"
    [GeneratedRegex(@"^Aircraft Operator\s+(?<value>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AircraftOperatorRegex();

    // "Aircraft Tail Number EP-MMH", "Previous Aircraft Tail Number YI-NAE"
    [GeneratedRegex(@"^(?<label>(?:Previous )?Aircraft Tail Number)\s+(?<value>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AircraftTailNumberRegex();

    private static bool TryAircraft(string body, OfacRemarkFacts into)
    {
        if (!body.Contains("Aircraft ", StringComparison.Ordinal)) return false;
        if (AircraftSerialNumberRegex().Match(body) is { Success: true } msn)
        {
            var value = msn.Groups["value"].Value.Trim();
            into.AircraftSerialNumber ??= value;
            return Add(into, IdentifierKind.AircraftSerial, value, "Aircraft Manufacturer's Serial Number (MSN)");
        }
        var serial = AircraftConstructionNumberRegex().Match(body);
        var serialLabel = "Aircraft Construction Number (also called L/N or S/N or F/N)";
        if (!serial.Success) (serial, serialLabel) = (AircraftSerialIdentificationRegex().Match(body), "Aircraft Serial Identification");
        if (serial.Success)
            return Add(into, IdentifierKind.AircraftSerial, serial.Groups["value"].Value.Trim(), serialLabel);
        if (AircraftTailNumberRegex().Match(body) is { Success: true } tail)
        {
            var label = tail.Groups["label"].Value;
            if (label == "Aircraft Tail Number") into.AircraftTailNumber ??= tail.Groups["value"].Value;
            return Add(into, IdentifierKind.AircraftTail, tail.Groups["value"].Value, label);
        }
        if (AircraftModelRegex().Match(body) is { Success: true } model)
            return SetOnce(into, body, model.Groups["value"].Value, () => into.AircraftModel, v => into.AircraftModel = v);
        if (AircraftOperatorRegex().Match(body) is { Success: true } op)
            return SetOnce(into, body, op.Groups["value"].Value, () => into.AircraftOperator, v => into.AircraftOperator = v);
        if (AircraftManufactureDateRegex().Match(body) is { Success: true } made)
        {
            var raw = made.Groups["value"].Value.Trim();
            var value = TryParseDate(raw, out var date) ? date.ToString() : raw;
            return SetOnce(into, body, value, () => into.AircraftManufactureDate, v => into.AircraftManufactureDate = v);
        }
        return false;
    }

    /// <summary>Keeps the first value for a single-valued field; a further, different value stays in OtherInfo.</summary>
    private static bool SetOnce(OfacRemarkFacts into, string body, string value, Func<string?> get, Action<string> set)
    {
        value = value.Trim();
        var current = get();
        if (current is null) set(value);
        else if (current != value) into.OtherInfo.Add(body);
        return true;
    }

    // ---- vessels -----------------------------------------------------------------------------------

    // "Vessel Registration Identification IMO 9116412", company numbers "Company Number IMO 5055293",
    // "Identification Number IMO 5342883", "Vessel Registration Identification 8606173" (no "IMO"),
    // "International Maritime Organization No. (5777731)". IMO numbers have 7 digits; the lists also hold
    // "Company Number IMO 543400" and "Vessel Registration Identification IMO 15411", read as listed with a warning.
    // A bare "IMO 9116412" does not occur in these files but is read the same way.
    [GeneratedRegex(@"^(?<label>(?:(?:Vessel Registration Identification|Company Number|Identification Number|Registration Number)\s+)?IMO|Vessel Registration Identification|International Maritime Organization No\.)\s+\(?(?<value>\d{1,9})\)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ImoRegex();

    // "MMSI 572469210"
    [GeneratedRegex(@"^MMSI\s+(?<value>\d{9})$", RegexOptions.CultureInvariant)]
    private static partial Regex MmsiRegex();

    // "Other Vessel Call Sign 5IM713"
    [GeneratedRegex(@"^Other Vessel Call Sign\s+(?<value>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex OtherCallSignRegex();

    // "Vessel Year of Build 1998": not in the 2019-01/2021-07/2025-12 files (later OFAC lists use it).
    [GeneratedRegex(@"^Vessel Year of Build\s+(?<value>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex VesselBuildYearRegex();

    // "Vessel Flag Panama": not in these files, where the flag is the Vess_flag column; read for later lists.
    // "Other Vessel Flag Tanzania" and "Former Vessel Flag Malta" do occur; the model has no field for them,
    // so they stay in OtherInfo as written.
    [GeneratedRegex(@"^Vessel Flag\s+(?<value>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex VesselFlagRegex();

    private static bool TryVessel(string body, OfacRemarkFacts into)
    {
        if (!body.Contains("IMO", StringComparison.Ordinal) && !body.Contains("Vessel", StringComparison.Ordinal)
            && !body.StartsWith("MMSI", StringComparison.Ordinal) && !body.StartsWith("International Maritime", StringComparison.Ordinal))
        {
            return false;
        }
        if (ImoRegex().Match(body) is { Success: true } imo)
        {
            var number = imo.Groups["value"].Value;
            if (number.Length != 7) into.Problems.Add(("IMO", $"'{body}': an IMO number has 7 digits; read as listed"));
            return Add(into, IdentifierKind.Imo, number, imo.Groups["label"].Value);
        }
        if (MmsiRegex().Match(body) is { Success: true } mmsi)
            return Add(into, IdentifierKind.Mmsi, mmsi.Groups["value"].Value, "MMSI");
        if (OtherCallSignRegex().Match(body) is { Success: true } call)
            return Add(into, IdentifierKind.CallSign, call.Groups["value"].Value, "Other Vessel Call Sign");
        if (VesselBuildYearRegex().Match(body) is { Success: true } built)
            return SetOnce(into, body, built.Groups["value"].Value, () => into.VesselBuildYear, v => into.VesselBuildYear = v);
        if (VesselFlagRegex().Match(body) is { Success: true } flag)
            return SetOnce(into, body, flag.Groups["value"].Value, () => into.VesselFlag, v => into.VesselFlag = v);
        return false;
    }

    private static bool Add(OfacRemarkFacts into, IdentifierKind kind, string number, string label)
    {
        into.Identifiers.Add(new Identifier(kind, number, Label: label));
        return true;
    }

    // ---- identity and registration documents -------------------------------------------------------

    // The value after a document label: "A0002302 (Iran)", "AIMM67125HCHRRG06 (Mexico) issued 1968",
    // "L 191609 issued 28 Feb 1996 expires 27 Feb 2001", "3848561 (New York) (United States)" (the last bracket is
    // the country), "T04338017, expired 08 May 2013, issued by Alien's Office of ...".
    [GeneratedRegex(@"^(?<number>.*?)(?:\s*\((?<country>[^()]*)\))?(?:\s*,?\s+(?<note>(?:issued|expires|expired)\b.*))?$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex DocumentValueRegex();

    // A label the table does not know but that names a number: "Chamber of Commerce Number 55389694 (Netherlands)",
    // "Aircraft Mode S Transponder Code 140AE7", "Electoral Registry No. 22942118 (Venezuela)".
    [GeneratedRegex(@"^(?<label>[A-Z][A-Za-z.'/&\- ]*?(?:\b(?:No\.?|Number|ID|Code|Card)|#)):?\s+(?<value>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex GenericDocumentRegex();

    private static bool TryDocument(string body, string fact, OfacRemarkFacts into)
    {
        foreach (var (label, kind) in OfacDocumentLabels.StartingWith(body[0]))
        {
            if (!body.StartsWith(label, StringComparison.Ordinal)) continue;
            var rest = body.AsSpan(label.Length);
            if (rest.StartsWith(":")) rest = rest[1..];
            if (rest.IsEmpty || !char.IsWhiteSpace(rest[0])) continue;   // "RFC" must not take "RFCX ..."
            return AddDocument(into, kind, label, rest.Trim().ToString(), fact, generic: false);
        }
        // A document has a number: facts without a digit are never tried against the generic label pattern.
        return body.AsSpan().IndexOfAnyInRange('0', '9') >= 0
            && GenericDocumentRegex().Match(body) is { Success: true } m
            && AddDocument(into, IdentifierKind.Other, m.Groups["label"].Value, m.Groups["value"].Value, fact, generic: true);
    }

    private static bool AddDocument(OfacRemarkFacts into, IdentifierKind kind, string label, string value, string fact, bool generic)
    {
        var m = DocumentValueRegex().Match(value);
        var number = m.Groups["number"].Value.Trim().TrimEnd(',', ';', ':').TrimEnd();
        var country = m.Groups["country"].Success ? m.Groups["country"].Value.Trim() : null;
        if (number.Length == 0 && country is not null && country.Any(char.IsAsciiDigit))
            (number, country) = (country, null);   // "International Maritime Organization No. (5777731)"

        // Without a list-given label, only something short with a digit is taken for a number,
        // so that sentences such as "Company ID: No. 59 531 at Commercial Registry of ..." stay text.
        if (generic && (number.Length is 0 or > 40 || !number.Any(char.IsAsciiDigit))) return false;
        if (number.Length == 0)
        {
            into.Problems.Add((label, $"'{fact}' names a document but no number; kept as other information"));
            into.OtherInfo.Add(fact);
            return true;
        }

        string? code = null;
        var notes = new List<string>(2);
        if (!string.IsNullOrEmpty(country))
        {
            if (Countries.TryGetCode(country, out var c)) code = c;
            else notes.Add("country: " + country);
        }
        if (m.Groups["note"].Success) notes.Add(m.Groups["note"].Value.Trim());
        into.Identifiers.Add(new Identifier(kind, number, code, label, notes.Count == 0 ? null : string.Join("; ", notes)));
        return true;
    }
}
