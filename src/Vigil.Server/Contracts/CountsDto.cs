namespace Vigil.Server.Contracts;

/// <summary>Entries of a list version per kind.</summary>
public sealed record CountsDto(int Total, int Person, int Organization, int Vessel, int Aircraft, int Unknown);
