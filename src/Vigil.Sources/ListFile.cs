namespace Vigil.Sources;

/// <summary>One file of a list version: its name as published (<c>sdn.csv</c>) and its content.</summary>
public sealed record ListFile(string Name, Stream Content);
