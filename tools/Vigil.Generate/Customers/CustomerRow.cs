namespace Vigil.Generate.Customers;

/// <summary>One row of a customer file in the query CSV shape (id,name,type,birth_date,country,id_number).</summary>
/// <param name="Expected">For a planted true hit, the listed entity it was made from (<c>ofac-sdn:30502</c>); else null.</param>
internal sealed record CustomerRow(string Id, string Name, string Type, string BirthDate, string Country, string IdNumber, string? Expected);
