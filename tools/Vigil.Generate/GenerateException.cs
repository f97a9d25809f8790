namespace Vigil.Generate;

/// <summary>A failure the user can fix (a missing folder, a bad option); printed without a stack trace, exit code 1.</summary>
internal sealed class GenerateException(string message) : Exception(message);
