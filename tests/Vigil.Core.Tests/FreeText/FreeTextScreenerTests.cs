using Vigil.Core.FreeText;
using Vigil.Core.Model;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.FreeText;

/// <summary>Mentions in prose over a small index: offsets, the single-word rules, context and overlaps.</summary>
public sealed class FreeTextScreenerTests
{
    private static readonly Entity Maduro = Some.Person("MADURO MOROS, Nicolas", born: "1962-11-23", nationality: "VE", id: "22790")
        with { Titles = ["President of the Bolivarian Republic of Venezuela"] };
    private static readonly Entity MaduroSon = Some.Person("MADURO GUERRA, Nicolas Ernesto", born: "1990-06-21", nationality: "VE", id: "26946");
    private static readonly Entity FloresDeMaduro = Some.Person("FLORES DE MADURO, Cilia Adela", born: "1956-10-15", nationality: "VE", id: "25079");
    private static readonly Entity Ceiec = Some.Org("CEIEC", aliases: ["CHINA NATIONAL ELECTRONICS IMPORT AND EXPORT CORPORATION"], id: "30502");
    private static readonly Entity BankOfChina = Some.Org("BANK OF CHINA LIMITED", id: "boc");
    private static readonly Entity CentralBank = Some.Org("CENTRAL BANK OF VENEZUELA", id: "bcv");
    // The UN publishes the name in its original script too.
    private static readonly Entity Zawahiri = Some.Person("AL-ZAWAHIRI, Ayman", born: "1951-06-19", id: "2676", aliases: ["أيمن محمد ربيع الظواهري"]);
    private static readonly Entity Putin = Some.Person("PUTIN, Vladimir Vladimirovich", born: "1952-10-07", id: "putin");

    private static readonly Entity Hizballah = Some.Org("HIZBALLAH", id: "4697");
    private static readonly Entity Khamenei = Some.Person("KHAMENEI, Ali Husseini", born: "1939-04-19", id: "26945") with { Titles = ["Supreme Leader of Iran"] };
    private static readonly Entity KhameneiSon = Some.Person("KHAMENEI, Mojtaba", born: "1969", id: "27848");
    private static readonly Entity AlQaida = Some.Org("AL QA'IDA", id: "6366");
    private static readonly Entity NiocLondon = Some.Org("NIOC INTERNATIONAL AFFAIRS (LONDON) LIMITED", id: "11639");

    private static readonly FreeTextScreener Screener =
        new(Some.Screener(Maduro, MaduroSon, FloresDeMaduro, Ceiec, BankOfChina, CentralBank, Zawahiri, Putin, Hizballah, NiocLondon, AlQaida, Khamenei, KhameneiSon));

    private static List<TextMention> Find(string text, double? minScore = null) => [.. Screener.Find(text, new FreeTextOptions(minScore))];

    [Fact]
    public void Given_text_before_the_name_in_other_scripts_When_found_Then_offsets_are_utf16_and_cut_the_exact_words()
    {
        const string text = "🙂 Ünïcode first. Then Nicolás Maduro Moros spoke.";

        var m = Assert.Single(Find(text));

        Assert.Equal("Nicolás Maduro Moros", m.Text);
        Assert.Equal(text.IndexOf("Nicolás", StringComparison.Ordinal), m.Start);
        Assert.Equal(m.Text, text[m.Start..m.End]);
        Assert.Equal("22790", m.Hit.Entity.SourceId);
    }

    [Fact]
    public void Given_country_names_and_common_words_that_listed_names_hold_When_found_Then_none_is_a_mention()
    {
        const string text = "China and Venezuela signed a deal in Washington. The Bank said the Central government of China "
            + "would import electronics; the Treasury and the Foreign Ministry objected. Corporation officials met the President.";

        Assert.Empty(Find(text));
    }

    [Fact]
    public void Given_an_acronym_that_is_a_listed_name_When_found_Then_it_is_a_mention_and_a_common_short_word_is_not()
    {
        var mentions = Find("The Treasury designated CEIEC on Monday. The US and the UN agreed.");

        var m = Assert.Single(mentions);
        Assert.Equal("CEIEC", m.Text);
        Assert.Equal(MentionRule.DistinctiveWord, m.Rule);
    }

    [Fact]
    public void Given_a_translated_organisation_name_and_its_acronym_When_found_Then_both_are_mentions_of_the_same_entity()
    {
        var mentions = Find("La Corporación China de Importaciones y Exportaciones Electrónicas (CEIEC) fue sancionada.");

        Assert.Equal(["Corporación China de Importaciones y Exportaciones Electrónicas", "CEIEC"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal("30502", m.Hit.Entity.SourceId));
    }

    [Fact]
    public void Given_an_organisations_own_one_word_name_When_found_Then_it_is_a_mention_but_a_bracketed_place_is_not()
    {
        var m = Assert.Single(Find("Hizballah fighters crossed the border, officials in London said."));

        Assert.Equal(("Hizballah", "4697"), (m.Text, m.Hit.Entity.SourceId));
    }

    [Fact]
    public void Given_a_one_word_name_after_the_particle_the_listed_name_has_When_found_Then_the_mention_includes_the_particle()
    {
        var m = Assert.Single(Find("Leaders of al-Qaida met."));

        Assert.Equal(("al-Qaida", "6366"), (m.Text, m.Hit.Entity.SourceId));
    }

    [Fact]
    public void Given_a_surname_after_a_title_When_one_listed_person_of_that_title_carries_it_Then_it_is_a_mention_of_that_person()
    {
        var m = Assert.Single(Find("Officials close to President Maduro denied it."));

        Assert.Equal("Maduro", m.Text);
        Assert.Equal("22790", m.Hit.Entity.SourceId);
        Assert.Equal(MentionRule.TitledSurname, m.Rule);
    }

    [Fact]
    public void Given_an_office_news_puts_before_a_surname_When_one_of_two_listed_namesakes_holds_it_Then_the_mention_is_that_one()
    {
        var m = Assert.Single(Find("Iran's Supreme Leader Khamenei spoke."));

        Assert.Equal(("Khamenei", "26945"), (m.Text, m.Hit.Entity.SourceId));
        Assert.Empty(Find("Ayatollah Khamenei spoke."));
    }

    [Fact]
    public void Given_a_surname_after_a_title_that_no_single_listed_person_holds_When_found_Then_there_is_no_mention()
    {
        Assert.Empty(Find("Officials close to Minister Maduro denied it."));
        Assert.Empty(Find("President Joe Biden met Mr Smith."));
    }

    [Fact]
    public void Given_a_full_mention_When_the_surname_recurs_alone_Then_it_is_a_mention_of_the_same_person_and_not_without_one()
    {
        var mentions = Find("Nicolás Maduro spoke. Critics of the Maduro regime left.");

        Assert.Equal(["Nicolás Maduro", "Maduro"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal("22790", m.Hit.Entity.SourceId));
        Assert.Equal(MentionRule.RepeatedSurname, mentions[1].Rule);
        Assert.Empty(Find("Critics of the Maduro regime left."));
    }

    [Fact]
    public void Given_a_birth_date_next_to_the_name_When_scored_Then_the_mention_scores_higher_than_without_it()
    {
        var plain = Assert.Single(Find("Nicolas Maduro arrived.", minScore: 0.5), m => m.Hit.Entity.SourceId == "22790");
        var dated = Assert.Single(Find("Nicolas Maduro (born 23 November 1962) arrived.", minScore: 0.5), m => m.Hit.Entity.SourceId == "22790");

        Assert.True(dated.Hit.Score > plain.Hit.Score, $"{dated.Hit.Score} vs {plain.Hit.Score}");
    }

    [Fact]
    public void Given_a_name_that_contains_a_shorter_listed_name_When_found_Then_the_overlap_resolves_to_the_better_one()
    {
        var mentions = Find("Funds went to China National Electronics Import and Export Corporation last year.");

        var m = Assert.Single(mentions);
        Assert.Equal("China National Electronics Import and Export Corporation", m.Text);
        Assert.Equal("30502", m.Hit.Entity.SourceId);
    }

    [Theory]
    [InlineData("Лидер Владимир Путин провёл совещание.", "putin")]
    [InlineData("قال أيمن الظواهري في تسجيل", "2676")]
    [InlineData("Ayman al-Zawahri was killed in Kabul.", "2676")]
    public void Given_a_listed_name_in_another_script_or_misspelt_When_found_Then_it_is_a_mention(string text, string id)
    {
        var m = Assert.Single(Find(text));

        Assert.Equal(id, m.Hit.Entity.SourceId);
        Assert.Equal(m.Text, text[m.Start..m.End]);
    }

    [Fact]
    public void Given_an_upper_case_payment_text_When_found_Then_the_name_is_found_without_capitals_to_guide()
    {
        var m = Assert.Single(Find("PAYMENT FOR GOODS TO CENTRAL BANK OF VENEZUELA REF 1234"));

        Assert.Equal("CENTRAL BANK OF VENEZUELA", m.Text);
    }

    [Fact]
    public void Given_a_name_wrapped_at_the_margin_When_found_Then_it_is_one_mention_but_a_blank_line_separates_names()
    {
        var wrapped = Assert.Single(Find("The government of Nicolas\r\nMaduro Moros was sanctioned."));
        Assert.Equal("Nicolas\r\nMaduro Moros", wrapped.Text);

        Assert.DoesNotContain(Find("A report by Nicolas\n\nMaduro Moros Street"), m => m.Text.Contains('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void Given_an_empty_text_When_found_Then_there_is_no_mention() => Assert.Empty(Find(""));
}

/// <summary>Session 29's rules of names written by other conventions in prose: hyphenated syllables, French transcription,
/// a surname after a given name.</summary>
public sealed class FreeTextConventionTests
{
    private static readonly FreeTextScreener Screener = new(Some.Screener(
        Some.Person("KIM, Jong Un", born: "1984-01-08", id: "kju"),
        Some.Person("KIM, Jong Man", id: "kjm"),
        Some.Person("PRIGOZHIN, Yevgeniy Viktorovich", born: "1961-06-01", id: "prigozhin"),
        Some.Org("MOKRAN LLC", id: "mokran")));

    private static List<TextMention> Find(string text) => [.. Screener.Find(text)];

    [Fact]
    public void Given_a_hyphenated_given_name_in_lower_case_When_found_Then_the_whole_name_is_the_mention()
    {
        var m = Assert.Single(Find("North Korean leader Kim Jong-un oversaw the test."));
        Assert.Equal("Kim Jong-un", m.Text);
        Assert.Equal("kju", m.Hit.Entity.SourceId);
    }

    [Fact]
    public void Given_a_lower_case_word_after_a_hyphen_that_names_nobody_When_screened_Then_it_stays_prose() =>
        Assert.Empty(Find("The Saudi-led coalition and Kim-era diplomats met."));

    [Fact]
    public void Given_a_French_text_When_a_name_is_in_the_French_transcription_Then_it_is_found()
    {
        var m = Assert.Single(Find("Les avoirs de l'homme d'affaires Evgueni Prigojine sont gelés."));
        Assert.Equal("Evgueni Prigojine", m.Text);
        Assert.Equal("prigozhin", m.Hit.Entity.SourceId);
    }

    [Fact]
    public void Given_an_English_text_When_a_word_looks_French_Then_it_is_read_as_written() =>
        // no French gate words: Prigojine is not read as Prigozhin
        Assert.Empty(Find("Evgueni Prigojine arrived in London on Monday."));

    [Fact]
    public void Given_a_surname_after_a_given_name_When_it_spells_an_organisation_otherwise_Then_it_is_no_mention() =>
        Assert.Empty(Find("Le président Emmanuel Macron a reçu les syndicats."));
}
