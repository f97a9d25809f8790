using Vigil.Core.Similarity;

namespace Vigil.Core.Tests.Similarity;

public class JaroWinklerTests
{
    [Fact]
    public void Equal_words_are_fully_similar() => Assert.Equal(1.0, JaroWinkler.Similarity("maduro", "maduro"));

    [Fact]
    public void Transposed_letters_still_score_high() => Assert.InRange(JaroWinkler.Similarity("maduro", "mdauro"), 0.9, 1.0);

    [Fact]
    public void Unrelated_words_score_low() => Assert.InRange(JaroWinkler.Similarity("maduro", "kelvin"), 0.0, 0.6);

    [Fact]
    public void It_is_symmetric() => Assert.Equal(JaroWinkler.Similarity("hussein", "husain"), JaroWinkler.Similarity("husain", "hussein"), 10);

    [Fact]
    public void A_shared_prefix_raises_the_score() =>
        Assert.True(JaroWinkler.Similarity("martha", "marhta") > JaroWinkler.Similarity("amrtha", "martha") - 1e-9);
}
