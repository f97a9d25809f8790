namespace Vigil.Fuzz.Tests.Fuzzing;

/// <summary>How a parser took an input that broke no guarantee.</summary>
public enum Outcome
{
    /// <summary>Read (perhaps with warnings or row errors).</summary>
    Accepted,

    /// <summary>Refused as a whole with the documented error, naming its place.</summary>
    Refused,
}
