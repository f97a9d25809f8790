namespace Vigil.Core.Model;

/// <summary>How results cite a list entry: <c>ofac-sdn:30502</c>.</summary>
public readonly record struct SourceRef(string Source, string SourceId)
{
    public override string ToString() => $"{Source}:{SourceId}";

    /// <summary>Parses <c>SOURCE:ID</c>.</summary>
    public static bool TryParse(string text, out SourceRef value)
    {
        var i = text.IndexOf(':', StringComparison.Ordinal);
        if (i <= 0 || i == text.Length - 1) { value = default; return false; }
        value = new SourceRef(text[..i], text[(i + 1)..]);
        return true;
    }
}
