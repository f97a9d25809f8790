namespace Vigil.Core.Model;

/// <summary>A link from one entry to another (OFAC <c>Linked To: RED MUNDIAL INMOBILIARIA, S.A. DE C.V.</c>).</summary>
/// <param name="Relation">The list's word for the link (<c>Linked To</c>).</param>
/// <param name="TargetName">The other entry's name as written.</param>
/// <param name="TargetSourceId">The other entry's id on the same list when it can be resolved.</param>
public sealed record EntityLink(string Relation, string TargetName, string? TargetSourceId = null);
