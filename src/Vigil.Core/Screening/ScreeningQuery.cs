using Vigil.Core.Model;

namespace Vigil.Core.Screening;

/// <summary>What a caller asks about: a name and, when known, kind, birth date, country and an identifier number.</summary>
/// <param name="Name">The name as the customer record or payment carries it, in any script.</param>
/// <param name="Kind">Person, organisation, vessel, aircraft or unknown.</param>
/// <param name="BirthDate">Year, year-month or exact date.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code (nationality or country of registration).</param>
/// <param name="IdNumber">A passport, national id, registration or IMO number as written.</param>
public sealed record ScreeningQuery(
    string Name,
    EntityKind Kind = EntityKind.Unknown,
    PartialDate? BirthDate = null,
    string? Country = null,
    string? IdNumber = null);
