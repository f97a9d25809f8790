namespace Vigil.Server.Contracts;

/// <summary>One record to screen: the query columns of <c>vigil screen</c>, with the caller's own id echoed back.</summary>
/// <param name="Id">The caller's id; defaults to the 1-based position in the batch.</param>
/// <param name="Name">Required: the name in any script.</param>
/// <param name="Type">person, organization, vessel, aircraft, or empty.</param>
/// <param name="BirthDate">YYYY, YYYY-MM or YYYY-MM-DD.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code or country name.</param>
/// <param name="IdNumber">Passport, national id, registration or IMO number.</param>
public sealed record ScreenRecord(string? Id, string? Name, string? Type = null, string? BirthDate = null, string? Country = null, string? IdNumber = null);
