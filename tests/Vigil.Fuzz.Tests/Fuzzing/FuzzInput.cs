namespace Vigil.Fuzz.Tests.Fuzzing;

/// <summary>A generated input: which seed of the corpus it starts from and the mutations applied to it, in order.</summary>
public sealed record FuzzInput(int Seed, Mutation[] Mutations)
{
    public override string ToString() => $"seed #{Seed}, mutations [{string.Join("; ", Mutations.Select(m => m.ToString()))}]";
}
