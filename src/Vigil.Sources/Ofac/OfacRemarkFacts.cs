using Vigil.Core.Model;

namespace Vigil.Sources.Ofac;

/// <summary>What one entry's remarks state, sorted by the field each fact belongs to.</summary>
/// <remarks>Filled by <see cref="OfacRemarks.Parse"/>, read by <see cref="OfacMapper"/>. Lists keep the order of the remarks.</remarks>
internal sealed class OfacRemarkFacts
{
    public List<BirthDate> BirthDates { get; } = [];
    public List<string> PlacesOfBirth { get; } = [];
    /// <summary>ISO codes; nationalities whose country is not (yet) in the table are left out.</summary>
    public List<string> Nationalities { get; } = [];
    /// <summary>ISO codes; as <see cref="Nationalities"/>.</summary>
    public List<string> Citizenships { get; } = [];
    public string? Gender { get; set; }
    public List<Identifier> Identifiers { get; } = [];
    /// <summary>Names stated in the remarks (<c>a.k.a. 'BNC'</c>), without name parts.</summary>
    public List<EntityName> Names { get; } = [];
    /// <summary>Names after <c>Linked To:</c>, as written.</summary>
    public List<string> LinkedTo { get; } = [];
    public List<string> OtherInfo { get; } = [];

    public string? AircraftModel { get; set; }
    public string? AircraftManufactureDate { get; set; }
    public string? AircraftOperator { get; set; }
    public string? AircraftSerialNumber { get; set; }
    public string? AircraftTailNumber { get; set; }
    public bool HasAircraft =>
        AircraftModel is not null || AircraftManufactureDate is not null || AircraftOperator is not null
        || AircraftSerialNumber is not null || AircraftTailNumber is not null;

    public string? VesselBuildYear { get; set; }
    public string? VesselFlag { get; set; }

    /// <summary>Facts that look like a known kind but could not be read: (field, message quoting the fact).</summary>
    public List<(string Field, string Message)> Problems { get; } = [];
}
