namespace Vigil.Workflows;

/// <summary>A failure a user can act on: the message names the file, place or value at fault and is shown as is.</summary>
/// <remarks>Front ends print the message and exit 1 (CLI) or answer 4xx (server); anything else is a bug.</remarks>
public sealed class VigilException : Exception
{
    public VigilException(string message, Exception? inner = null) : base(message, inner) { }
}
