using Vigil.Core.Model;

namespace Vigil.Store;

/// <summary>An entity read back from a list version, with that version and the JSON it is stored as.</summary>
public sealed record StoredEntity(Entity Entity, ListVersionInfo Version, string Json);
