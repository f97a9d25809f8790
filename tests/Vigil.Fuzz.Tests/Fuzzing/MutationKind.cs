namespace Vigil.Fuzz.Tests.Fuzzing;

/// <summary>What a mutation does to the bytes of one file of the input.</summary>
public enum MutationKind
{
    FlipBit,
    SetByte,
    Truncate,
    DeleteRange,
    DeleteLine,
    DuplicateLine,
    SwapLines,
    Splice,
    InsertToken,
    InsertHuge,
    InsertNesting,
}
