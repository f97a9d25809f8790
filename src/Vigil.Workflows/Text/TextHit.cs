using Vigil.Core.FreeText;

namespace Vigil.Workflows.Text;

/// <summary>A mention found in a text or message, with the message field it came from (null for prose).</summary>
/// <param name="Field">The MT field tag (<c>59</c>, <c>50K</c>, <c>70</c>) or pacs.008 element (<c>Cdtr</c>, <c>RmtInf</c>); null for prose.</param>
/// <param name="Mention">Offsets into the whole text as read, the exact words, the hit.</param>
public sealed record TextHit(string? Field, TextMention Mention);
