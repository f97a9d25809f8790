using Vigil.Core.Similarity;

namespace Vigil.Core.Tests.Similarity;

public class EditDistanceTests
{
    [Theory]
    [InlineData("maduro", "maduro", 0)]
    [InlineData("maduro", "madurro", 1)]
    [InlineData("maduro", "mdauro", 1)]
    [InlineData("maduro", "madura", 1)]
    [InlineData("hussein", "husain", 2)]
    [InlineData("", "abc", 3)]
    public void Counts_insertions_deletions_substitutions_and_swaps(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Distance(a, b));

    [Fact]
    public void The_bounded_distance_agrees_with_the_full_one_within_the_bound()
    {
        string[] words = ["maduro", "madurro", "mdauro", "hussein", "husain", "hosseini", "rungtawankhiri", "rungtaawankhory", "kim", "kin", "zawahiri", "alzawahiri"];
        foreach (var a in words)
            foreach (var b in words)
                for (var max = 0; max <= 3; max++)
                {
                    var full = EditDistance.Distance(a, b);
                    Assert.Equal(Math.Min(full, max + 1), EditDistance.DistanceWithin(a, b, max));
                }
    }
}
