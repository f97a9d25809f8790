namespace Vigil.Core.Lists;

/// <summary>A list selection names a source that is not active (or is written wrongly); the message names it.</summary>
/// <remarks>Front ends answer it as a usage error: exit 2 in the CLI, 400 naming the <c>lists</c> field over HTTP.</remarks>
public sealed class ListSelectionException : Exception
{
    public ListSelectionException(string message) : base(message) { }
}
