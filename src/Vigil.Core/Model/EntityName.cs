namespace Vigil.Core.Model;

/// <summary>A name of an entity as the list writes it, with its role and, where published, its parts.</summary>
/// <param name="Full">The whole name exactly as listed (e.g. <c>MADURO MOROS, Nicolas</c>).</param>
/// <param name="Role">Primary, alias, weak alias, former name, original script.</param>
/// <param name="Given">Given name(s) where the list separates them (OFAC individuals: the part after the comma).</param>
/// <param name="Family">Family name(s) where the list separates them (OFAC individuals: the part before the comma).</param>
/// <param name="Parts">Name parts in written order where the list publishes them (UN FIRST..FOURTH_NAME).</param>
/// <param name="Note">Free text the list attaches to this name (alias remarks, language), if any.</param>
public sealed record EntityName(
    string Full,
    NameRole Role = NameRole.Primary,
    string? Given = null,
    string? Family = null,
    IReadOnlyList<string>? Parts = null,
    string? Note = null);
