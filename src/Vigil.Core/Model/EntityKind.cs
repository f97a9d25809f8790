namespace Vigil.Core.Model;

/// <summary>What kind of party a list entry describes.</summary>
public enum EntityKind
{
    /// <summary>The list does not say (or the query does not know).</summary>
    Unknown = 0,
    Person,
    Organization,
    Vessel,
    Aircraft,
}
