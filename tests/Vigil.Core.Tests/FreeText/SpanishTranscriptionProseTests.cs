using Vigil.Core.FreeText;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.FreeText;

/// <summary>A Spanish text writes Russian х and Arabic/Persian خ as j (<c>Alí Jamenei</c>, <c>Mijaíl</c>), гe as gue
/// (<c>Yevgueni</c>) and Arabic/Persian ج at a word's start as y (<c>Yavad</c>): read so, they are the lists' names. Only
/// in a Spanish text, and only where the reading is closer to a listed word: Spanish names written with j stay as written.</summary>
public sealed class SpanishTranscriptionProseTests
{
    private static readonly FreeTextScreener Screener = new(Some.Screener(
        Some.Person("KHAMENEI, Ali Husseini", id: "khamenei"),
        Some.Person("ZARIF, Mohammad Javad", id: "zarif"),
        Some.Person("KHODORKOVSKIY, Mikhail", id: "khodorkovskiy"),
        Some.Person("JARAMILLO, Juan", id: "jaramillo")));

    private static List<TextMention> Find(string text) => [.. Screener.Find(text, new FreeTextOptions(null))];

    [Theory]
    [InlineData("Según los medios, el ayatolá Alí Jamenei también rechazó las sanciones.", "Alí Jamenei", "khamenei")]
    [InlineData("Según los medios iraníes, el canciller Mohammad Yavad Zarif también fue incluido en la lista.", "Mohammad Yavad Zarif", "zarif")]
    [InlineData("Según los fiscales, el empresario Mijaíl Jodorkovski también fue acusado.", "Mijaíl Jodorkovski", "khodorkovskiy")]
    public void A_name_in_the_Spanish_transcription_is_found_in_a_Spanish_text(string text, string surface, string id)
    {
        var m = Assert.Single(Find(text));
        Assert.Equal(surface, m.Text);
        Assert.Equal(id, m.Hit.Entity.SourceId);
    }

    [Fact]
    public void Outside_a_Spanish_text_the_name_is_read_as_written() =>
        Assert.Empty(Find("Ali Jamenei arrived in London on Monday."));

    [Fact]
    public void A_Spanish_name_with_j_stays_as_written()
    {
        var m = Assert.Single(Find("Según los vecinos, el alcalde Juan Jaramillo también asistió."));
        Assert.Equal("jaramillo", m.Hit.Entity.SourceId);
    }
}
