using Vigil.Core.Model;

namespace Vigil.Server.Contracts;

/// <summary>An entry in both versions whose content changed, with the snake_case names of the changed fields.</summary>
public sealed record EntityChangeDto(string SourceId, EntityKind Kind, string Name, string PreviousName, IReadOnlyList<string> Fields);
