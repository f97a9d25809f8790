using Vigil.Core.Lists;

namespace Vigil.Contracts;

/// <summary>An entry named in a list change: its id, kind and primary name.</summary>
public sealed record EntryRef(string SourceId, string Kind, string Name)
{
    /// <summary>The wire shape of an added or removed entry.</summary>
    public static EntryRef From(EntitySummary e) => new(e.SourceId, Wire.Name(e.Kind), e.Name);
}
