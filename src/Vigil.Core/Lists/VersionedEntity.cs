using Vigil.Core.Model;

namespace Vigil.Core.Lists;

/// <summary>An entry as one version of its list states it.</summary>
public sealed record VersionedEntity(Entity Entity, ListVersion Version);
