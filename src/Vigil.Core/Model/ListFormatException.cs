namespace Vigil.Core.Model;

/// <summary>Thrown when a file cannot be a list of the expected kind (empty, truncated, binary, wrong shape).</summary>
/// <remarks>The message always names the file and the place (line, element or byte offset).</remarks>
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
