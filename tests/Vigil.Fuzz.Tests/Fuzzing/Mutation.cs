namespace Vigil.Fuzz.Tests.Fuzzing;

/// <summary>One mutation: a kind and the raw numbers it takes its place, size and payload from (reduced modulo what the input holds).</summary>
/// <param name="File">Which file of a multi-file input (modulo the file count).</param>
/// <param name="At">Byte offset or line index, modulo the file's length or line count.</param>
/// <param name="Arg">Second number: a bit, a byte value, a length, a token, another line or another seed.</param>
/// <param name="Size">A size class for huge fields, nesting depth and splice length (0 small, 1 medium, 2 large).</param>
public sealed record Mutation(MutationKind Kind, int File, int At, int Arg, int Size)
{
    public override string ToString() => $"{Kind}(file {File}, at {At}, arg {Arg}, size {Size})";
}
