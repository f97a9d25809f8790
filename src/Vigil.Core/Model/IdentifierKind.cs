namespace Vigil.Core.Model;

/// <summary>The kind of an identifier or contact detail a list gives for an entity.</summary>
public enum IdentifierKind
{
    Other = 0,
    Passport,
    NationalId,
    Cedula,
    TaxId,
    SocialSecurity,
    DriverLicense,
    Registration,
    Uscc,
    Imo,
    Mmsi,
    SwiftBic,
    DigitalCurrencyAddress,
    Website,
    Email,
    Phone,
    Curp,
    Rfc,
    Nit,
    Ruc,
    AircraftSerial,
    AircraftTail,
    CallSign,
    ResidencyNumber,
    BirthCertificate,
    TravelDocument,
}
