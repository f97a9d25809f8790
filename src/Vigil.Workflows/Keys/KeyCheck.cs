namespace Vigil.Workflows.Keys;

/// <summary>What a presented key is: unknown (401), revoked (403) or valid.</summary>
public enum KeyCheck
{
    Unknown = 0,
    Revoked,
    Valid,
}
