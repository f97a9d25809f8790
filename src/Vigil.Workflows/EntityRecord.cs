using Vigil.Core.Lists;
using Vigil.Core.Model;

namespace Vigil.Workflows;

/// <summary>One list entry as a version of its list states it, with its JSON as stored (indented).</summary>
public sealed record EntityRecord(Entity Entity, ListVersion Version, string Json);
