using Vigil.Core.Lists;

namespace Vigil.Contracts;

/// <summary>An entry in both versions whose content changed, with the snake_case names of the changed fields.</summary>
public sealed record EntryChange(string SourceId, string Kind, string Name, string PreviousName, IReadOnlyList<string> Fields)
{
    /// <summary>The wire shape of a changed entry.</summary>
    public static EntryChange From(EntityChange c) => new(c.SourceId, Wire.Name(c.Kind), c.Name, c.PreviousName, c.FieldNames);
}
