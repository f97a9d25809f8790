using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.Matching;

public class MatcherRankingTests
{
    private static readonly double Threshold = ScoringProfile.Default.AlertThreshold;

    private static readonly Screener Lists = Some.Screener(
        Some.Person("MADURO MOROS, Nicolas", born: "1962-11-23", nationality: "VE", id: "22790"),
        Some.Org("CEIEC", aliases: ["CHINA NATIONAL ELECTRONICS IMPORT AND EXPORT CORPORATION", "CHINA NATIONAL ELECTRONIC IMPORT-EXPORT COMPANY"], id: "30502"),
        Some.Org("11420 CORP.", id: "11420"),
        Some.Org("NOVA INTERNATIONAL TRADING LLC", id: "nova"),
        Some.Person("AL-ZAWAHIRI, Ayman", born: "1951-06-19", id: "zawahiri"),
        Some.Person("PAK, Il Kyu", id: "pak"),
        Some.Person("MUBARAK AL-BADHALI, Mubarak Mishkhis Sanad", born: "1961-10-01", id: "badhali"),
        Some.Vessel("OCEAN MARINER", id: "vessel", imo: "9116412"),
        Some.Person("QADHAFI, Muammar", id: "qadhafi", passport: "B/002210"),
        Some.Org("BANCO NACIONAL DE CUBA", weakAliases: ["BNC"], aliases: ["NATIONAL BANK OF CUBA"], id: "306"),
        Some.Person("ATABIYEV, Islam Seit-Umarovich", born: "1983-06-29", id: "atabiyev"),
        Some.Person("CHUN, Chol Ho", id: "chun"),
        Some.Person("PRIGOZHIN, Yevgeniy Viktorovich", id: "prigozhin"),
        Some.Org("KOREA MINING DEVELOPMENT TRADING CORPORATION", aliases: ["KOMID"], id: "komid"));

    [Theory]
    [InlineData("Nicolás Maduro")]
    [InlineData("Nicolas MADURO MOROS")]
    [InlineData("MADURO MOROS, Nicolas")]
    [InlineData("Nicolas Maduro Moros")]
    [InlineData("Nicolas Madurro Moros")]
    public void Maduro_in_any_order_or_shortened_alerts(string query) =>
        Assert.InRange(Lists.Score(query, "22790", EntityKind.Person), Threshold, 1.0);

    [Theory]
    [InlineData("CEIEC")]
    [InlineData("Corporación China de Importaciones y Exportaciones Electrónicas")]
    [InlineData("China National Electronics Import & Export Corp.")]
    public void The_ceiec_seed_cases_alert(string query) =>
        Assert.InRange(Lists.Score(query, "30502"), Threshold, 1.0);

    [Fact]
    public void Steven_mnuchin_raises_no_alert()
    {
        var hits = Lists.Search(new ScreeningQuery("Steven Mnuchin", EntityKind.Person));
        Assert.Empty(hits);
    }

    [Fact]
    public void A_shared_legal_form_alone_never_alerts() =>
        Assert.True(Lists.Score("BELLETECH CORP", "11420") < Threshold);

    [Fact]
    public void Shared_generic_words_do_not_make_two_companies_one() =>
        Assert.True(Lists.Score("ZENITH INTERNATIONAL TRADING LLC", "nova", EntityKind.Organization) < Threshold);

    [Fact]
    public void A_person_query_never_alerts_on_a_vessel() =>
        Assert.True(Lists.Score("Ocean Mariner", "vessel", EntityKind.Person) < Threshold);

    [Fact]
    public void Vessel_prefixes_do_not_count() =>
        Assert.InRange(Lists.Score("MV OCEAN MARINER", "vessel", EntityKind.Vessel), Threshold, 1.0);

    [Fact]
    public void Fewer_typos_score_higher() =>
        Assert.True(Lists.Score("Ayman al-Zawahiri", "zawahiri") > Lists.Score("Aymen al-Zawahri", "zawahiri"));

    [Fact]
    public void Joined_words_match_their_split_form() =>
        Assert.InRange(Lists.Score("Ayman ALZAWAHIRI", "zawahiri", EntityKind.Person), Threshold, 1.0);

    [Fact]
    public void An_agreeing_birth_date_raises_and_a_conflicting_one_lowers()
    {
        var none = Lists.Score("Ayman Zawahiri", "zawahiri", EntityKind.Person);
        var same = Lists.Score("Ayman Zawahiri", "zawahiri", EntityKind.Person, born: "1951-06-19");
        var other = Lists.Score("Ayman Zawahiri", "zawahiri", EntityKind.Person, born: "1975-01-01");
        Assert.True(same > none);
        Assert.True(other < none);
    }

    [Fact]
    public void A_conflicting_nationality_lowers() =>
        Assert.True(Lists.Score("Nicolas Maduro", "22790", EntityKind.Person, country: "FR") < Lists.Score("Nicolas Maduro", "22790", EntityKind.Person, country: "VE"));

    [Fact]
    public void The_same_passport_number_is_near_certain_even_with_a_poor_name() =>
        Assert.InRange(Lists.Score("M. Gadafi", "qadhafi", EntityKind.Person, idNumber: "B002210"), 0.95, 1.0);

    [Fact]
    public void The_same_imo_number_finds_a_renamed_vessel() =>
        Assert.InRange(Lists.Score("SEA BREEZE", "vessel", EntityKind.Vessel, idNumber: "IMO 9116412"), 0.95, 1.0);

    [Theory]
    [InlineData("Park Il Kyu")]
    [InlineData("Pak Il-kyu")]
    [InlineData("박일규")]
    public void Korean_romanisations_and_hangul_find_the_same_person(string query) =>
        Assert.InRange(Lists.Score(query, "pak", EntityKind.Person), Threshold, 1.0);

    [Fact]
    public void Arabic_script_finds_the_latin_listing_by_consonant_skeleton() =>
        Assert.InRange(Lists.Score("مبارك مشخص سند مبارك البذالي", "badhali", EntityKind.Person), Threshold, 1.0);

    [Theory]
    [InlineData("Ислам Сеит-Умарович Атабиев", "atabiyev")]
    [InlineData("Jun Chol Ho", "chun")]
    [InlineData("Evgeny Prigozhin", "prigozhin")]
    [InlineData("Евгений Пригожин", "prigozhin")]
    [InlineData("KOMID", "komid")]
    [InlineData("KMDTC", "komid")]
    public void Transliterations_romanisations_and_acronyms_find_the_listed_party(string query, string id) =>
        Assert.InRange(Lists.Score(query, id), Threshold, 1.0);

    [Fact]
    public void Honorifics_and_titles_count_little() =>
        Assert.InRange(Lists.Score("Dr. Sheikh Ayman al-Zawahiri", "zawahiri", EntityKind.Person), Threshold, 1.0);

    [Fact]
    public void A_weak_alias_counts_less_than_a_strong_one()
    {
        var weak = Lists.Score("BNC", "306");
        var strong = Lists.Score("NATIONAL BANK OF CUBA", "306");
        Assert.True(strong > weak);
        Assert.True(weak > 0);
    }

    [Fact]
    public void Scores_stay_within_zero_and_one()
    {
        foreach (var q in (string[])["Nicolas Maduro", "CEIEC", "x", "Mohammed Ali Hassan Khan Smith Garcia Lee", "MV OCEAN MARINER"])
            foreach (var hit in Lists.Search(new ScreeningQuery(q), new SearchOptions(Top: 50, MinScore: 0)))
                Assert.InRange(hit.Score, 0.0, 1.0);
    }

    [Fact]
    public void Indexed_and_exhaustive_search_raise_the_same_alerts()
    {
        foreach (var q in (string[])["Nicolas Maduro", "CEIEC", "Corporación China de Importaciones y Exportaciones Electrónicas", "Aymen Zawahri", "Park Il Kyu", "BELLETECH CORP"])
        {
            var query = new ScreeningQuery(q);
            var indexed = Lists.Search(query).Select(h => (h.Ref, Math.Round(h.Score, 6)));
            var exhaustive = Lists.Search(query, new SearchOptions(Exhaustive: true)).Select(h => (h.Ref, Math.Round(h.Score, 6)));
            Assert.Equal(exhaustive, indexed);
        }
    }

    [Fact]
    public void Every_hit_can_say_why()
    {
        var hit = Lists.Search(new ScreeningQuery("Nicolas Maduro", EntityKind.Person, PartialDate.Parse("1962-11-23")), new SearchOptions(Explain: true))[0];
        var e = hit.Explanation!;
        Assert.Contains(e.Words, w => w.Query == "maduro" && w.Listed == "maduro" && w.Similarity == 1);
        Assert.Contains(e.Words, w => w.Query is null && w.Listed == "moros");
        Assert.Contains(e.Features, f => f.Feature == "birth_date" && f.Effect > 0);
        Assert.Contains(e.Features, f => f.Feature == "name");
    }

    [Fact]
    public void Compare_is_symmetric_and_ranks_closer_names_higher()
    {
        Assert.Equal(NameComparer.Compare("Nicolas Maduro", "MADURO MOROS, Nicolas"), NameComparer.Compare("MADURO MOROS, Nicolas", "Nicolas Maduro"), 6);
        Assert.True(NameComparer.Compare("Nicolas Maduro", "Nicolas Maduro Moros") > NameComparer.Compare("Nicolas Maduro", "Nicolas Sarkozy"));
    }

    [Fact]
    public void Compare_judges_a_name_with_only_generic_words_added_by_the_kinder_direction()
    {
        var threshold = ScoringProfile.Default.AlertThreshold;
        // what Talvik Shipping Company LLC adds to Talvik says what it is, not who
        Assert.InRange(NameComparer.Compare("Talvik", "Talvik Shipping Company LLC", EntityKind.Organization), threshold, 1.0);
        Assert.InRange(NameComparer.Compare("Nerida International Holdings Inc.", "Nerida", EntityKind.Organization), threshold, 1.0);
        // … while a place or another name added is another party
        Assert.InRange(NameComparer.Compare("Karvex", "Karvex Europe GmbH", EntityKind.Organization), 0.0, threshold - 0.01);
        Assert.InRange(NameComparer.Compare("Nerida", "Nerida Sunrise Holdings", EntityKind.Organization), 0.0, threshold - 0.01);
    }

    [Fact]
    public void Compare_weighs_a_sector_word_added_to_a_bare_name_as_a_generic_word()
    {
        var threshold = ScoringProfile.Default.AlertThreshold;
        // Oil, steel, mining added to a name that is only a name say what the company does.
        Assert.InRange(NameComparer.Compare("Varnex", "Varnex Oil Company", EntityKind.Organization), threshold, 1.0);
        Assert.InRange(NameComparer.Compare("Norvel", "Norvel Steel Plant", EntityKind.Organization), threshold, 1.0);
        // A legal form of the shorter name does not stop it (PAO Sberbank / Sberbank of Russia).
        Assert.InRange(NameComparer.Compare("OOO Belkamet", "Belkamet Steel", EntityKind.Organization), threshold, 1.0);
        // A sector word beside another name word keeps its weight; so does one that sets a bank apart from an insurer.
        Assert.InRange(NameComparer.Compare("Varnex", "Varnex Kirov Oil", EntityKind.Organization), 0.0, threshold - 0.01);
        Assert.InRange(NameComparer.Compare("Severin Bank", "Severin Insurance", EntityKind.Organization), 0.0, threshold - 0.01);
    }

    [Fact]
    public void A_listed_patronymic_left_out_costs_less_than_another_middle_name()
    {
        var threshold = ScoringProfile.Default.AlertThreshold;
        var withoutPatronymic = NameComparer.Compare("Igor Sechin", "SECHIN, Igor Ivanovich", EntityKind.Person);
        var withoutMiddleName = NameComparer.Compare("Igor Sechin", "SECHIN, Igor Ivan", EntityKind.Person);
        Assert.True(withoutPatronymic > withoutMiddleName, $"{withoutPatronymic} vs {withoutMiddleName}");
        // … so a spelling variant on top still alerts; another given name still does not.
        Assert.InRange(NameComparer.Compare("Igor Setchin", "SECHIN, Igor Ivanovich", EntityKind.Person), threshold, 1.0);
        Assert.InRange(NameComparer.Compare("Oleg Sechin", "SECHIN, Igor Ivanovich", EntityKind.Person), 0.0, threshold - 0.01);
    }

    [Fact]
    public void A_word_the_tables_know_is_not_a_misspelling_of_another_words_spelling()
    {
        var threshold = ScoringProfile.Default.AlertThreshold;
        // AVIATION is two edits from NAVIGATION, which the tables fold to shipping, like MARINE.
        Assert.InRange(NameComparer.Compare("Kestrel Aviation", "Kestrel Marine", EntityKind.Organization), 0.0, threshold - 0.01);
        Assert.InRange(NameComparer.Compare("Kestrel Aviation plc", "Kestrel Navigation plc", EntityKind.Organization), 0.0, threshold - 0.01);
        // A misspelt spelling still reads as its word.
        Assert.InRange(NameComparer.Compare("Kestrel Navigaton", "Kestrel Navigation", EntityKind.Organization), threshold, 1.0);
    }

    [Fact]
    public void Compare_matches_a_shortened_name_but_not_one_shared_given_name()
    {
        var threshold = ScoringProfile.Default.AlertThreshold;
        // A second surname or a middle name left out, given names as initials: the shorter name is the same person.
        Assert.InRange(NameComparer.Compare("Nicolas Maduro", "Nicolás Maduro Moros", EntityKind.Person), threshold, 1.0);
        Assert.InRange(NameComparer.Compare("Jean-Claude Duvalier", "J.-C. Duvalier", EntityKind.Person), threshold, 1.0);
        // One shared word of two is not a match, whichever name is the longer.
        Assert.InRange(NameComparer.Compare("Vladimir", "Vladimir Putin", EntityKind.Person), 0.0, threshold - 0.01);
        Assert.InRange(NameComparer.Compare("Vladimir Putin", "Vladimir Pozner", EntityKind.Person), 0.0, threshold - 0.01);
    }

    [Fact]
    public void Compare_matches_an_organisation_and_its_initials_either_way_round()
    {
        var threshold = ScoringProfile.Default.AlertThreshold;
        const string full = "Islamic Republic of Iran Shipping Lines";
        Assert.InRange(NameComparer.Compare(full, "IRISL", EntityKind.Organization), threshold, 1.0);
        Assert.Equal(NameComparer.Compare(full, "IRISL", EntityKind.Organization), NameComparer.Compare("IRISL", full, EntityKind.Organization));
        // Initials that are not the name's stay apart.
        Assert.InRange(NameComparer.Compare(full, "IRSL", EntityKind.Organization), 0.0, threshold - 0.01);
    }

    [Fact]
    public void A_typo_of_two_edits_keeps_the_first_letter()
    {
        var threshold = ScoringProfile.Default.AlertThreshold;
        // Two edits, the first letter among them: another name, not a misspelling.
        Assert.InRange(NameComparer.Compare("Nordvik Fisk Aksjeselskap", "Sorvik Fisk AS", EntityKind.Organization), 0.0, threshold - 0.01);
        // Two edits after the first letter still match.
        Assert.InRange(NameComparer.Compare("Nordvik Fisk Aksjeselskap", "Norrdvick Fisk AS", EntityKind.Organization), threshold, 1.0);
    }

    [Theory]
    [InlineData("Petrovanta Trading", "Petro Vanta Trading")] // "petro" is a form of Pyotr in the given-name table
    [InlineData("Sealand Maritime", "Sea Land Maritime")]
    public void A_name_written_as_one_word_matches_it_split_either_way_round(string joined, string split)
    {
        var threshold = ScoringProfile.Default.AlertThreshold;
        Assert.InRange(NameComparer.Compare(joined, split, EntityKind.Organization), threshold, 1.0);
    }

    [Fact]
    public void Split_words_that_join_to_another_word_stay_apart() =>
        Assert.InRange(NameComparer.Compare("Petrovanta Trading", "Petro Vantage Trading", EntityKind.Organization), 0.0, ScoringProfile.Default.AlertThreshold - 0.01);

    [Fact]
    public void Organisations_named_for_different_countries_are_different_parties()
    {
        var threshold = ScoringProfile.Default.AlertThreshold;
        Assert.InRange(NameComparer.Compare("Kalmar Holdings (Cyprus) Ltd", "Kalmar Holdings (Malta) Ltd", EntityKind.Organization), 0.0, threshold - 0.01);
        Assert.InRange(NameComparer.Compare("Iranian Kalmar Shipping", "Iraqi Kalmar Shipping", EntityKind.Organization), 0.0, threshold - 0.01);
        // The same country agrees, in brackets or not, in any language the countries table holds.
        Assert.InRange(NameComparer.Compare("Kalmar Holdings (Cyprus) Ltd", "Kalmar Holdings Cyprus Limited", EntityKind.Organization), threshold, 1.0);
        Assert.InRange(NameComparer.Compare("Kalmar Shipping (Deutschland)", "Kalmar Shipping Deutschland", EntityKind.Organization), threshold, 1.0);
        // A country named on one side only is no disagreement.
        Assert.InRange(NameComparer.Compare("Kalmar Holdings (Cyprus) Ltd", "Kalmar Holdings Ltd", EntityKind.Organization), threshold, 1.0);
    }
}

/// <summary>Pairing words one to one: the best pairs first, then swaps that pair a word the first pass left out.</summary>
public class NameAlignmentTests
{
    [Fact]
    public void Given_a_query_word_that_takes_the_partner_of_another_When_a_swap_pairs_both_Then_both_are_paired()
    {
        // ولد (wld) and الوليد (wlyd) both share WALID's consonants; ولد goes first and takes it, leaving الوليد alone,
        // unless ولد moves to OULD (also wld) and frees WALID for الوليد.
        var score = NameComparer.Compare("ولد الوليد", "OULD AL-WALID", EntityKind.Person);

        Assert.True(score >= ScoringProfile.Default.AlertThreshold, $"{score}");
    }

    [Fact]
    public void A_swap_never_pairs_a_word_twice()
    {
        // One listed word for two query words that both match it: the score stays that of one pair.
        var twice = NameComparer.Compare("Walid Walid", "Walid", EntityKind.Person);
        var once = NameComparer.Compare("Walid", "Walid", EntityKind.Person);

        Assert.True(twice < once, $"{twice} / {once}");
    }
}
