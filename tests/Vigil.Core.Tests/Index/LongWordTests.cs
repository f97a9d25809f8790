using System.Diagnostics;
using Vigil.Core.FreeText;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.Index;

/// <summary>Issue 13, finding 3: a word far longer than any listed word costs no typo look-up (its deletion
/// neighbourhood grows with the cube of its length), so a query or a text holding one stays cheap and finds the same.</summary>
public sealed class LongWordTests
{
    private static readonly Entity Maduro = Some.Person("MADURO MOROS, Nicolas", born: "1962-11-23", id: "22790");
    private static readonly Screener Screener = Some.Screener(Maduro);

    /// <summary>3,000 letters cycling through the alphabet from <paramref name="letter"/>: no doubles (a run of one letter
    /// has a neighbourhood of a few hashes, so it would not show the cost).</summary>
    private static string Giant(char letter) =>
        char.ToUpperInvariant(letter) + new string([.. Enumerable.Range(1, 2999).Select(i => (char)('a' + (letter - 'a' + i * 7) % 26))]);

    [Fact]
    public void A_query_with_3000_letter_words_is_answered_in_seconds_and_still_finds_the_name()
    {
        var watch = Stopwatch.StartNew();

        var hits = Screener.Search(new ScreeningQuery($"Nicolas Maduro Moros {Giant('q')} {Giant('w')}", EntityKind.Unknown), new SearchOptions(Top: 5, MinScore: 0));

        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.Equal("22790", hits[0].Entity.SourceId);
    }

    [Fact]
    public void A_text_with_3000_letter_words_is_screened_in_seconds_and_still_finds_the_mention()
    {
        var text = $"{Giant('q')} {Giant('w')} met Nicolas Maduro Moros in Caracas. {Giant('e')} {Giant('r')} {Giant('t')}.";
        var watch = Stopwatch.StartNew();

        var mentions = new FreeTextScreener(Screener).Find(text, new FreeTextOptions());

        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.Contains(mentions, m => m.Hit.Entity.SourceId == "22790");
    }
}
