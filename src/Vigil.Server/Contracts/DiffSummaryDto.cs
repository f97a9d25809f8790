namespace Vigil.Server.Contracts;

/// <summary>How many entries were added, removed and changed.</summary>
public sealed record DiffSummaryDto(int Added, int Removed, int Changed);
