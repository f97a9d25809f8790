using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.Matching;

/// <summary>Two words the tables know (the English forms organisation words fold to) are two words, not a misspelling of
/// one another, unless they differ only in an ending: PRODUCTS is not PROJECTS, RUSSIA is RUSSIAN.</summary>
public class KnownWordTests
{
    private static readonly double Threshold = ScoringProfile.Default.AlertThreshold;

    private static readonly Screener Lists = Some.Screener(
        Some.Org("KARVELO DEVELOPMENT AND PROJECTS LLC", id: "projects"),
        Some.Org("KARVELO PRODUCTS LLC", id: "products"));

    private static double Score(string query, string id) =>
        Lists.Search(new ScreeningQuery(query, EntityKind.Organization), new SearchOptions(Top: 10, MinScore: 0))
            .SingleOrDefault(h => h.Entity.SourceId == id)?.Score ?? 0;

    [Theory]
    [InlineData("Karvelo Agro Products Inc.", "projects")] // products / projects: two edits, two known words
    [InlineData("Karvelo Products", "projects")]
    [InlineData("Karvelo Produits", "projects")] // the French word folds to product
    public void Another_known_word_is_no_misspelling(string query, string id)
    {
        Assert.InRange(Score(query, id), 0, Threshold - 0.01);
        Assert.True(Score(query, "products") > Score(query, id));
    }

    [Theory]
    [InlineData("Karvelo Development and Projects", "projects")]
    [InlineData("Karvelo Desarrollo y Proyectos", "projects")] // the Spanish words fold to the same English ones
    [InlineData("Karvelo Development and Projcts", "projects")] // a misspelling of a known word is still one
    public void The_same_known_word_or_a_misspelling_of_it_still_matches(string query, string id) =>
        Assert.True(Score(query, id) >= Threshold, $"{query}: {Score(query, id):0.000}");

    [Theory]
    [InlineData("Products", "Projects", false)]
    [InlineData("Russia", "Russian", true)] // an ending: noun and adjective of one word
    [InlineData("Centre", "Central", true)]
    public void Known_words_pair_only_when_they_share_their_stem(string a, string b, bool pair) =>
        Assert.Equal(pair, NameComparer.Compare($"Karvelo {a} Trading", $"Karvelo {b} Trading", EntityKind.Organization) >= Threshold);
}
