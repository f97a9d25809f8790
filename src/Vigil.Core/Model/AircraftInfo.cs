namespace Vigil.Core.Model;

/// <summary>Aircraft particulars from OFAC remarks (<c>Aircraft Model B747-422; Aircraft Operator MAHAN AIR</c>).</summary>
public sealed record AircraftInfo(
    string? Model = null,
    string? Manufacturer = null,
    string? ManufactureDate = null,
    string? Operator = null,
    string? SerialNumber = null,
    string? TailNumber = null);
