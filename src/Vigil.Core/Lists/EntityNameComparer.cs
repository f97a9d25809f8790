using Vigil.Core.Model;

namespace Vigil.Core.Lists;

/// <summary>Value equality for <see cref="EntityName"/>, including its <see cref="EntityName.Parts"/> in order.</summary>
/// <remarks>The record's own equality compares <c>Parts</c> by reference, which two parses of the same file never share.</remarks>
internal sealed class EntityNameComparer : IEqualityComparer<EntityName>
{
    public static EntityNameComparer Instance { get; } = new();

    public bool Equals(EntityName? x, EntityName? y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x is null || y is null) return false;
        return x with { Parts = null } == y with { Parts = null }
            && (x.Parts ?? []).SequenceEqual(y.Parts ?? [], StringComparer.Ordinal);
    }

    public int GetHashCode(EntityName obj) => HashCode.Combine(obj.Full, obj.Role);
}
