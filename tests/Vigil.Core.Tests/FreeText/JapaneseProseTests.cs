using Vigil.Core.FreeText;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.FreeText;

/// <summary>Japanese prose: Han characters that are the stem of a verb or adjective are no name (a false mention found on
/// SDN + UN: 役立つ "be useful" read yi li = LI, Yi). The one-Han-character rule (日 of 今日 read ri = REE on SDN) needs
/// the real lists' rarities to show: <c>TextCommandTests</c> checks it on SDN + UN.</summary>
public sealed class JapaneseProseTests
{
    private static readonly FreeTextScreener Screener = new(Some.Screener(
        Some.Person("LI, Yi", id: "liyi"),
        Some.Person("LI, Fangwei", id: "lifangwei", aliases: ["李方伟"])));

    [Fact]
    public void Given_a_verb_written_with_a_han_stem_When_screened_Then_it_is_no_name() =>
        Assert.Empty(Screener.Find("専門家は交通渋滞の緩和に役立つと述べた。"));

    [Fact]
    public void Given_a_name_in_han_followed_by_a_title_or_particle_When_screened_Then_it_is_found()
    {
        Assert.Equal("lifangwei", Assert.Single(Screener.Find("米財務省は李方伟氏とその会社に制裁を科した。")).Hit.Entity.SourceId);
        Assert.Equal("lifangwei", Assert.Single(Screener.Find("李方伟は声明を出した。")).Hit.Entity.SourceId);
    }
}
