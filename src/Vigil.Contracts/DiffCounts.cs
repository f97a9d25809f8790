namespace Vigil.Contracts;

/// <summary>How many entries were added, removed and changed.</summary>
public sealed record DiffCounts(int Added, int Removed, int Changed);
