namespace Vigil.Core.Model;

/// <summary>Thrown when a file cannot be a list of the expected kind (empty, truncated, binary, wrong shape).</summary>
/// <remarks>
/// The message always names the file and the place: a line, element, row or byte offset, or <c>whole file</c> when the
/// file as a whole cannot be read (a damaged ZIP or workbook container).
/// </remarks>
public sealed class ListFormatException : Exception
{
    public ListFormatException(string file, string place, string reason, Exception? inner = null)
        : base($"{file}: {place}: {reason}", inner)
    {
        File = file;
        Place = place;
        Reason = reason;
    }

    public string File { get; }
    public string Place { get; }
    public string Reason { get; }
}
