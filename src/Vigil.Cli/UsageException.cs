namespace Vigil.Cli;

/// <summary>A command line that parses but asks for something impossible (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
