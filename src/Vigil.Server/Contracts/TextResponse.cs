namespace Vigil.Server.Contracts;

/// <summary>The mentions found, in order of appearance, the format the text was read as, and the list versions searched.</summary>
/// <param name="Format">text, mt103 or pacs008 (what <c>auto</c> decided).</param>
public sealed record TextResponse(string ListVersions, string Format, IReadOnlyList<MentionDto> Mentions);
