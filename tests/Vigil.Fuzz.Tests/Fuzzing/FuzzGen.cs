using CsCheck;

namespace Vigil.Fuzz.Tests.Fuzzing;

/// <summary>The CsCheck generator of inputs: a corpus entry and one to four mutations. CsCheck shrinks a failing input
/// toward fewer mutations, smaller positions and the small size class.</summary>
public static class FuzzGen
{
    private static readonly Gen<int> SizeClass = Gen.Frequency((12, Gen.Const(0)), (4, Gen.Const(1)), (1, Gen.Const(2)));

    private static readonly Gen<MutationKind> Kind = Gen.Frequency(
        (6, Gen.Const(MutationKind.FlipBit)),
        (6, Gen.Const(MutationKind.SetByte)),
        (3, Gen.Const(MutationKind.Truncate)),
        (3, Gen.Const(MutationKind.DeleteRange)),
        (4, Gen.Const(MutationKind.DeleteLine)),
        (4, Gen.Const(MutationKind.DuplicateLine)),
        (2, Gen.Const(MutationKind.SwapLines)),
        (3, Gen.Const(MutationKind.Splice)),
        (8, Gen.Const(MutationKind.InsertToken)),
        (1, Gen.Const(MutationKind.InsertHuge)),
        (1, Gen.Const(MutationKind.InsertNesting)));

    private static readonly Gen<Mutation> OneMutation =
        Gen.Select(Kind, Gen.Int[0, 7], Gen.Int[0, int.MaxValue], Gen.Int[0, 1 << 20], SizeClass,
            (kind, file, at, arg, size) => new Mutation(kind, file, at, arg, size));

    /// <summary>Inputs over a corpus of <paramref name="entries"/> entries.</summary>
    public static Gen<FuzzInput> Inputs(int entries) =>
        Gen.Select(Gen.Int[0, Math.Max(0, entries - 1)], OneMutation.Array[1, 4], (seed, mutations) => new FuzzInput(seed, mutations));
}
