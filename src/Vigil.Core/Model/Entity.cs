namespace Vigil.Core.Model;

/// <summary>One entry of a sanctions list with everything the list says about it.</summary>
/// <remarks>
/// Immutable; parsers build it, the store keeps it as JSON, the index prepares it.
/// <see cref="Names"/> always holds the primary name first.
/// </remarks>
public sealed record Entity
{
    /// <summary>The list it comes from: <c>ofac-sdn</c>, <c>ofac-cons</c>, <c>un</c>.</summary>
    public required string Source { get; init; }
    /// <summary>The list's own id (OFAC ent_num, UN REFERENCE_NUMBER).</summary>
    public required string SourceId { get; init; }
    public required EntityKind Kind { get; init; }
    /// <summary>All names: the primary name first, then aliases of every strength.</summary>
    public required IReadOnlyList<EntityName> Names { get; init; }
    public IReadOnlyList<BirthDate> BirthDates { get; init; } = [];
    public IReadOnlyList<string> PlacesOfBirth { get; init; } = [];
    /// <summary>ISO 3166-1 alpha-2 codes.</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];
    /// <summary>ISO 3166-1 alpha-2 codes.</summary>
    public IReadOnlyList<string> Citizenships { get; init; } = [];
    /// <summary><c>Male</c>, <c>Female</c> or null.</summary>
    public string? Gender { get; init; }
    public IReadOnlyList<Identifier> Identifiers { get; init; } = [];
    public IReadOnlyList<Address> Addresses { get; init; } = [];
    /// <summary>Sanctions programme codes (<c>VENEZUELA</c>, <c>IRAN-CON-ARMS-EO</c>, <c>QD</c>).</summary>
    public IReadOnlyList<string> Programs { get; init; } = [];
    /// <summary>Titles and positions (<c>President of the Bolivarian Republic of Venezuela</c>).</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];
    public DateOnly? ListedOn { get; init; }
    /// <summary>When the list last amended the entry (OFSI <c>Last Updated</c>, EU/UK amendment dates), if it says.</summary>
    public DateOnly? AmendedOn { get; init; }
    /// <summary>The UN Security Council reference (<c>QDi.001</c>) where a national list repeats a UN listing.</summary>
    public string? UnReference { get; init; }
    /// <summary>The list's remarks/comments as published (OFAC remarks with overflow joined, UN COMMENTS1).</summary>
    public string? Remarks { get; init; }
    public IReadOnlyList<EntityLink> Links { get; init; } = [];
    public VesselInfo? Vessel { get; init; }
    public AircraftInfo? Aircraft { get; init; }
    /// <summary>Other facts the list states that have no field of their own ("Additional Sanctions Information - ...").</summary>
    public IReadOnlyList<string> OtherInfo { get; init; } = [];

    /// <summary>The primary name as written.</summary>
    public string Name => Names.Count > 0 ? Names[0].Full : "";

    /// <summary>The key of an entry across all lists.</summary>
    public SourceRef Ref => new(Source, SourceId);
}
