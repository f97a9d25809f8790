namespace Vigil.Core.Model;

/// <summary>How results cite a list entry: <c>ofac-sdn:30502</c>.</summary>
public readonly record struct SourceRef(string Source, string SourceId)
{
    public override string ToString() => $"{Source}:{SourceId}";

    /// <summary>Parses <c>SOURCE:ID</c>; a custom list's source has a colon of its own (<c>custom:watchlist:E-17</c>).</summary>
    public static bool TryParse(string text, out SourceRef value)
    {
        var i = text.IndexOf(':', StringComparison.Ordinal);
        if (i > 0 && text.AsSpan(0, i).SequenceEqual("custom")) i = text.IndexOf(':', i + 1);
        if (i <= 0 || i == text.Length - 1) { value = default; return false; }
        value = new SourceRef(text[..i], text[(i + 1)..]);
        return true;
    }
}
