namespace Vigil.Store;

/// <summary>A customer record as imported: all text, empty where unknown.</summary>
/// <param name="IdNumbers">One or more identifier numbers separated by <c>;</c>.</param>
/// <param name="Fingerprint">SHA-256 (hex) of the fields that matter for matching; computed by the caller.</param>
public sealed record CustomerRecord(string Id, string Name, string Type, string BirthDate, string Country, string IdNumbers, string Fingerprint);
