namespace Vigil.Generate.Lists;

/// <summary>The vessel columns of sdn.csv.</summary>
internal sealed record VesselColumns(string? CallSign, string? Type, string? Tonnage, string? GrossTonnage, string? Flag, string? Owner);
