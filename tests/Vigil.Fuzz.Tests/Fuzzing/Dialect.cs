namespace Vigil.Fuzz.Tests.Fuzzing;

/// <summary>The syntax an input is written in; it chooses the tokens and the nesting a mutation inserts.</summary>
public enum Dialect
{
    Csv,
    Xml,
    Json,
    Mt103,
}
