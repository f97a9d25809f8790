using Vigil.Core.Model;

namespace Vigil.Core.Lists;

/// <summary>An entry named in a list change: its id, kind and primary name.</summary>
public sealed record EntitySummary(string SourceId, EntityKind Kind, string Name)
{
    public static EntitySummary Of(Entity entity) => new(entity.SourceId, entity.Kind, entity.Name);
}
