namespace Vigil.Core.Model;

/// <summary>Vessel particulars (OFAC columns Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner).</summary>
public sealed record VesselInfo(
    string? CallSign = null,
    string? Type = null,
    string? Tonnage = null,
    string? GrossRegisteredTonnage = null,
    string? Flag = null,
    string? Owner = null,
    string? BuildYear = null);
