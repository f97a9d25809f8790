namespace Vigil.Sources;

/// <summary>Bounds on what one list file may hold, so that a damaged or hostile file fails with a message, not a crash.</summary>
public static class ListLimits
{
    /// <summary>Longest field a list may hold: 1,048,576 characters (1 MiB of ASCII).</summary>
    /// <remarks>
    /// The longest real fields are about 1,000 characters (OFAC remarks, cut there by the publisher) and a few thousand
    /// (UN comments), so a thousand times that is no list at all: a field beyond it fails the file naming its line,
    /// before it reaches the name analyser or the store.
    /// </remarks>
    public const int MaxFieldChars = 1 << 20;
}
