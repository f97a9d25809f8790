namespace Vigil.Store;

/// <summary>What an import changed.</summary>
public sealed record CustomerImportResult(int Added, int Updated, int Unchanged);
