namespace Vigil.Workflows.Keys;

/// <summary>What a presented key turned out to be: its check, and for a known key its name and role.</summary>
public sealed record KeyIdentity(KeyCheck Check, string? Name, string? Role)
{
    /// <summary>A key the store does not know.</summary>
    public static KeyIdentity Unknown { get; } = new(KeyCheck.Unknown, null, null);
}
