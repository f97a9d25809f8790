namespace Vigil.Core.Model;

/// <summary>A postal address as listed. OFAC gives street, "city/state/postal code" and country; UN gives each part.</summary>
public sealed record Address(
    string? Street = null,
    string? City = null,
    string? Region = null,
    string? PostalCode = null,
    string? Country = null,
    string? CountryCode = null,
    string? Note = null)
{
    public override string ToString() =>
        string.Join(", ", new[] { Street, City, Region, PostalCode, Country }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
