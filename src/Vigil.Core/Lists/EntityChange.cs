using Vigil.Core.Model;

namespace Vigil.Core.Lists;

/// <summary>An entry present in both versions whose content changed.</summary>
/// <param name="SourceId">The list's id of the entry.</param>
/// <param name="Kind">The kind in the newer version.</param>
/// <param name="Name">The primary name in the newer version.</param>
/// <param name="PreviousName">The primary name in the older version.</param>
/// <param name="Fields">Which fields changed (never <see cref="EntityFields.None"/>).</param>
public sealed record EntityChange(string SourceId, EntityKind Kind, string Name, string PreviousName, EntityFields Fields)
{
    /// <summary>The snake_case names of <see cref="Fields"/>.</summary>
    public IReadOnlyList<string> FieldNames => EntityFieldNames.Of(Fields);
}
