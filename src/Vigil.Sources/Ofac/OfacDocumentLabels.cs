using System.Collections.Frozen;
using Vigil.Core.Model;

namespace Vigil.Sources.Ofac;

/// <summary>The document labels OFAC remarks use, as written, and the identifier kind each one is.</summary>
/// <remarks>
/// Surveyed from the remarks of the 2019-01 and 2021-07 SDN and 2025-12 consolidated files (counts are of 2021-07
/// where given). A label not listed here is still read when it ends in No./Number/ID/Code/Card/# (see
/// <c>OfacRemarks.GenericDocumentRegex</c>) and becomes <see cref="IdentifierKind.Other"/> with the list's words as label.
/// </remarks>
internal static class OfacDocumentLabels
{
    /// <summary>Label → kind, in the order written; see <see cref="ByLength"/> for matching.</summary>
    public static readonly (string Label, IdentifierKind Kind)[] Table =
    [
        // Passports: "Passport A0002302 (Iran)", "Diplomatic Passport 008827 (Iran) issued 1999"
        ("Passport", IdentifierKind.Passport),
        ("Diplomatic Passport", IdentifierKind.Passport),
        ("Passport Booklet", IdentifierKind.Passport),
        ("British National Overseas Passport", IdentifierKind.Passport),
        ("Stateless Person Passport", IdentifierKind.Passport),
        ("Travel Document Number", IdentifierKind.TravelDocument),

        // National identity numbers: "National ID No. 660000 73767 (Belgium)", "D.N.I. 78.865.882 (Spain)"
        ("National ID No.", IdentifierKind.NationalId),
        ("Personal ID Card", IdentifierKind.NationalId),
        ("Kenyan ID No.", IdentifierKind.NationalId),
        ("Tazkira National ID Card", IdentifierKind.NationalId),
        ("Turkish Identification Number", IdentifierKind.NationalId),
        ("Turkish Identificiation Number", IdentifierKind.NationalId),   // sic, in the SDN list
        ("Citizen's Card Number", IdentifierKind.NationalId),
        ("Numero de Identidad", IdentifierKind.NationalId),
        ("D.N.I.", IdentifierKind.NationalId),
        ("CNP (Personal Numerical Code)", IdentifierKind.NationalId),
        ("Bosnian Personal ID No.", IdentifierKind.NationalId),
        ("Moroccan Personal ID No.", IdentifierKind.NationalId),
        ("UAE Identification", IdentifierKind.NationalId),
        ("National Foreign ID Number", IdentifierKind.NationalId),
        ("Refugee ID Card", IdentifierKind.NationalId),
        ("Stateless Person ID Card", IdentifierKind.NationalId),
        ("C.U.I.", IdentifierKind.NationalId),
        ("LE Number", IdentifierKind.NationalId),
        ("N.I.E.", IdentifierKind.NationalId),
        ("Cedula No.", IdentifierKind.Cedula),
        ("C.U.R.P.", IdentifierKind.Curp),
        ("C.U.R.P. #", IdentifierKind.Curp),
        ("SSN", IdentifierKind.SocialSecurity),
        ("Driver's License No.", IdentifierKind.DriverLicense),
        ("Residency Number", IdentifierKind.ResidencyNumber),
        ("Romanian Permanent Resident CAN", IdentifierKind.ResidencyNumber),
        ("Birth Certificate Number", IdentifierKind.BirthCertificate),

        // Tax numbers: "R.F.C. DIB-771110-HQ1 (Mexico)", "NIT # 800146749-7 (Colombia)", "Tax ID No. 100036386 (Serbia)"
        ("R.F.C.", IdentifierKind.Rfc),
        ("R.F.C. #", IdentifierKind.Rfc),
        ("RFC", IdentifierKind.Rfc),
        ("NIT #", IdentifierKind.Nit),
        ("RUC #", IdentifierKind.Ruc),
        ("Tax ID No.", IdentifierKind.TaxId),
        ("V.A.T. Number", IdentifierKind.TaxId),
        ("RIF #", IdentifierKind.TaxId),
        ("C.U.I.T.", IdentifierKind.TaxId),
        ("US FEIN", IdentifierKind.TaxId),
        ("Italian Fiscal Code", IdentifierKind.TaxId),
        ("Fiscal Code", IdentifierKind.TaxId),
        ("Romanian Tax Registration", IdentifierKind.TaxId),
        ("C.I.F.", IdentifierKind.TaxId),
        ("RTN", IdentifierKind.TaxId),
        ("RSIN", IdentifierKind.TaxId),
        ("Numero Unico de Identificacao Tributaria (NUIT)", IdentifierKind.TaxId),
        ("Paraguayan tax identification number", IdentifierKind.TaxId),

        // Company registers: "Registration Number 16382287 (China)", "Registration ID 14063277",
        // "Company Number 01074897 (United Kingdom)", "Business Registration Document # F01000003035 (United States)"
        ("Registration Number", IdentifierKind.Registration),
        ("Registration ID", IdentifierKind.Registration),
        ("Company Number", IdentifierKind.Registration),
        ("UK Company Number", IdentifierKind.Registration),
        ("Business Registration Document #", IdentifierKind.Registration),
        ("Business Registration Number", IdentifierKind.Registration),
        ("Business Number", IdentifierKind.Registration),
        ("Commercial Registry Number", IdentifierKind.Registration),
        ("Government Gazette Number", IdentifierKind.Registration),
        ("Folio Mercantil No.", IdentifierKind.Registration),
        ("Matricula Mercantil No", IdentifierKind.Registration),
        ("Matricula Mercantil No.", IdentifierKind.Registration),
        ("Trade License No.", IdentifierKind.Registration),
        ("Tourism License No.", IdentifierKind.Registration),
        ("C.R. No.", IdentifierKind.Registration),
        ("Romanian C.R.", IdentifierKind.Registration),
        ("Legal Entity Number", IdentifierKind.Registration),
        ("Enterprise Number", IdentifierKind.Registration),
        ("Branch Unit Number", IdentifierKind.Registration),
        ("Chamber of Commerce Number", IdentifierKind.Registration),
        ("Dubai Chamber of Commerce Membership No.", IdentifierKind.Registration),
        ("Istanbul Chamber of Comm. No.", IdentifierKind.Registration),
        ("Certificate of Incorporation Number", IdentifierKind.Registration),
        ("Public Registration Number", IdentifierKind.Registration),
        ("Central Registration System Number", IdentifierKind.Registration),
        ("Registered Charity No.", IdentifierKind.Registration),
        ("MSB Registration Number", IdentifierKind.Registration),
        ("Afghan Money Service Provider License Number", IdentifierKind.Registration),
        ("D-U-N-S Number", IdentifierKind.Registration),
        ("Unified Social Credit Code (USCC)", IdentifierKind.Uscc),
        ("United Social Credit Code Certificate (USCCC)", IdentifierKind.Uscc),
        ("SWIFT/BIC", IdentifierKind.SwiftBic),

        // Numbers with no kind of their own, kept under the list's label.
        ("Identification Number", IdentifierKind.Other),
        ("Electoral Registry No.", IdentifierKind.Other),
        ("Credencial electoral", IdentifierKind.Other),
        ("I.F.E.", IdentifierKind.Other),
        ("C.U.I.P.", IdentifierKind.Other),
        ("ISIN", IdentifierKind.Other),
        ("Equity Ticker", IdentifierKind.Other),
        ("BIK (RU)", IdentifierKind.Other),
        ("Cartilla de Servicio Militar Nacional", IdentifierKind.Other),
        ("Pilot License Number", IdentifierKind.Other),
        ("Seafarer's Identification Document", IdentifierKind.Other),
        ("VisaNumberID", IdentifierKind.Other),
        ("Immigration No.", IdentifierKind.Other),
        ("SRE Permit No.", IdentifierKind.Other),
        ("Tarjeta Profesional", IdentifierKind.Other),
        ("License", IdentifierKind.Other),
    ];

    /// <summary>The table, longest label first, so <c>Passport Booklet</c> is tried before <c>Passport</c>.</summary>
    public static readonly (string Label, IdentifierKind Kind)[] ByLength =
        [.. Table.OrderByDescending(e => e.Label.Length).ThenBy(e => e.Label, StringComparer.Ordinal)];

    private static readonly FrozenDictionary<char, (string Label, IdentifierKind Kind)[]> ByFirstChar =
        ByLength.GroupBy(e => e.Label[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The labels that can start a fact beginning with <paramref name="first"/>, longest first.</summary>
    public static (string Label, IdentifierKind Kind)[] StartingWith(char first) =>
        ByFirstChar.TryGetValue(first, out var labels) ? labels : [];
}
