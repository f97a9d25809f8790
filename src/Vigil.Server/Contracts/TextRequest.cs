namespace Vigil.Server.Contracts;

/// <summary>A text to screen: prose (a news article, remittance information) or a whole MT103 / pacs.008 message.</summary>
/// <param name="Text">Required: the text, as it is; offsets in the answer are UTF-16 positions in it.</param>
/// <param name="Format">auto (default: recognised from the content), text, mt103 or pacs008.</param>
/// <param name="MinScore">Mentions at or above this score (0-1); default the alert threshold.</param>
/// <param name="Explain">Add the rule that found each mention and its explanation.</param>
/// <param name="Lists">Screen against these sources only, comma-separated (<c>ofac-sdn,un</c>); default every active source.</param>
public sealed record TextRequest(string? Text, string? Format = null, double? MinScore = null, bool? Explain = null, string? Lists = null);
