namespace Vigil.Contracts;

/// <summary>The mentions found in a text, in order of appearance, the format it was read as, and the list versions searched.</summary>
/// <param name="Format">text, mt103 or pacs008 (what <c>auto</c> decided).</param>
public sealed record TextResult(string ListVersions, string Format, IReadOnlyList<Mention> Mentions);
