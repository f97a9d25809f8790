namespace Vigil.Fuzz.Tests.Fuzzing;

/// <summary>An input broke a guarantee without crashing: an error that does not name its place, an offset out of the text.</summary>
public sealed class FuzzFailureException(string message, Exception? inner = null) : Exception(message, inner);
