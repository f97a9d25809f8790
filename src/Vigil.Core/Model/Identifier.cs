namespace Vigil.Core.Model;

/// <summary>An identifier as listed: kind, the number as written, issuing country and the list's own label.</summary>
/// <param name="Kind">What sort of identifier it is.</param>
/// <param name="Number">The number exactly as listed (<c>660000 73767</c>, <c>TR-P 614 166</c>).</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the issuing country, when known.</param>
/// <param name="Label">The list's own name for the identifier (<c>Cedula No.</c>, <c>Digital Currency Address - XBT</c>).</param>
/// <param name="Note">Anything else the list says about it (issue/expiry date, "diplomatic").</param>
public sealed record Identifier(IdentifierKind Kind, string Number, string? Country = null, string? Label = null, string? Note = null)
{
    /// <summary>The number with case, spaces and punctuation removed: how identifiers are compared.</summary>
    public string Canonical => CanonicalOf(Number);

    /// <summary>Upper-cases letters and digits and drops everything else (<c>4-6032-0048-1</c> → <c>46032 00481</c> without spaces).</summary>
    public static string CanonicalOf(string number)
    {
        Span<char> buffer = number.Length <= 256 ? stackalloc char[number.Length] : new char[number.Length];
        var n = 0;
        foreach (var c in number)
        {
            if (char.IsAsciiLetterOrDigit(c)) buffer[n++] = char.ToUpperInvariant(c);
            else if (char.IsLetterOrDigit(c)) buffer[n++] = char.ToUpperInvariant(c);
        }
        return new string(buffer[..n]);
    }
}
