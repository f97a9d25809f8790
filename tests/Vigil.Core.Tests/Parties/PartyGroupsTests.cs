using Vigil.Core.Model;
using Vigil.Core.Parties;
using Vigil.Core.Screening;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.Parties;

public sealed class PartyGroupsTests
{
    private static Entity On(string source, string id, Entity entity) => entity with { Source = source, SourceId = id };

    private static Entity Passport(Entity entity, string number, string? country = null) =>
        entity with { Identifiers = [new Identifier(IdentifierKind.Passport, number, country)] };

    [Fact]
    public void Un_reference_joins_the_un_entry_and_national_lists_repeating_it()
    {
        Entity[] all =
        [
            On("un", "QDi.006", Some.Person("AIMAN MUHAMMED RABI AL-ZAWAHIRI")),
            On("uk-ofsi", "7016", Some.Person("AL-ZAWAHIRI, Aiman") with { UnReference = "QDi.006" }),
            On("au-dfat", "147", Some.Person("Aiman Al-Zawahiri") with { UnReference = "QDI.006" }),
            On("uk-ofsi", "9999", Some.Person("Someone Else")),
        ];
        var groups = PartyGroups.Build(all);

        var party = Assert.Single(groups.Parties);
        Assert.Equal(["au-dfat:147", "uk-ofsi:7016", "un:QDi.006"], party.Members.Select(m => m.ToString()));
        Assert.All(party.Links, l => Assert.StartsWith("un-ref ", l.Reason, StringComparison.Ordinal));
        Assert.Equal(party.Id, groups.PartyIdOf(0));
        Assert.Equal(party.Id, groups.PartyIdOf(2));
        Assert.NotEqual(party.Id, groups.PartyIdOf(3));
        Assert.Equal(3, groups.MembersOf(1).Length);
        Assert.Empty(groups.PartyOf(3).Links);
    }

    [Fact]
    public void The_party_id_is_the_hash_of_its_smallest_member_and_survives_a_reload_in_another_order()
    {
        Entity[] all =
        [
            On("un", "QDi.006", Some.Person("AIMAN MUHAMMED RABI AL-ZAWAHIRI")),
            On("uk-ofsi", "7016", Some.Person("AL-ZAWAHIRI, Aiman") with { UnReference = "QDi.006" }),
        ];
        var first = PartyGroups.Build(all).Parties[0].Id;
        var reversed = PartyGroups.Build([.. all.Reverse()]).Parties[0].Id;

        Assert.Equal(first, reversed);
        Assert.Equal(Party.IdOf(new SourceRef("uk-ofsi", "7016")), first);
        Assert.Matches("^P-[0-9a-f]{10}$", first);
    }

    [Fact]
    public void Same_name_and_full_birth_date_joins_persons_whatever_the_word_order()
    {
        Entity[] all =
        [
            On("ofac-sdn", "1", Some.Person("PETROV, Ivan Sergeevich", born: "1961-07-28")),
            On("ca-sema", "r.1", Some.Person("Ivan Sergeevich Petrov", born: "1961-07-28")),
            On("uk-ofsi", "2", Some.Person("Ivan Sergeevich Petrov", born: "1961")),          // year only: no link
            On("au-dfat", "3", Some.Person("Ivan Sergeevich Petrov", born: "1961-07-29")),    // other day: no link
        ];
        var party = Assert.Single(PartyGroups.Build(all).Parties);

        Assert.Equal(["ca-sema:r.1", "ofac-sdn:1"], party.Members.Select(m => m.ToString()));
        Assert.Equal("name+dob 1961-07-28", Assert.Single(party.Links).Reason);
    }

    [Fact]
    public void Organisations_with_the_same_name_and_no_other_fact_stay_apart()
    {
        Entity[] all = [On("ofac-sdn", "1", Some.Org("GLOBAL TRADING LLC")), On("uk-ofsi", "2", Some.Org("GLOBAL TRADING LLC"))];
        Assert.Empty(PartyGroups.Build(all).Parties);
    }

    [Fact]
    public void Two_entries_of_one_source_never_merge_even_through_a_third_source()
    {
        // ofac-sdn gives one IMO number to two vessels; the UK lists it once: the number is ambiguous and links nothing.
        Entity[] shared =
        [
            On("ofac-sdn", "1", Some.Vessel("SEA STAR", imo: "9187629")),
            On("ofac-sdn", "2", Some.Vessel("SEA MOON", imo: "9187629")),
            On("uk-ofsi", "3", Some.Vessel("SEA STAR", imo: "IMO 9187629")),
        ];
        var groups = PartyGroups.Build(shared);
        Assert.Empty(groups.Parties);
        Assert.Equal(1, groups.Stats.AmbiguousKeys);

        // Two sdn entries each linked to the same UK entry by different facts: the second link is refused.
        Entity[] chain =
        [
            On("uk-ofsi", "3", Some.Vessel("SEA STAR", imo: "9187629") with { UnReference = "KPe.001" }),
            On("ofac-sdn", "1", Some.Vessel("SEA STAR", imo: "9187629")),
            On("ofac-sdn", "2", Some.Vessel("OTHER") with { UnReference = "KPe.001" }),
        ];
        var refused = PartyGroups.Build(chain);
        var party = Assert.Single(refused.Parties);
        Assert.Equal(["ofac-sdn:2", "uk-ofsi:3"], party.Members.Select(m => m.ToString())); // the UN reference is the stronger link
        Assert.Equal(1, refused.Stats.RefusedLinks);
    }

    [Fact]
    public void Placeholder_and_short_document_numbers_link_nothing()
    {
        Entity[] all =
        [
            Passport(On("ofac-sdn", "1", Some.Person("Ali Khan")), "0"),
            Passport(On("uk-ofsi", "2", Some.Person("Omar Lee")), "0"),
            Passport(On("ofac-sdn", "3", Some.Person("Kim Park")), "00000000"),
            Passport(On("uk-ofsi", "4", Some.Person("Ivan Lopez")), "00000000"),
            Passport(On("ofac-sdn", "5", Some.Person("Jose Smith")), "1234"),
            Passport(On("uk-ofsi", "6", Some.Person("Maria Rahman")), "1234"),
        ];
        Assert.Empty(PartyGroups.Build(all).Parties);
    }

    [Fact]
    public void A_passport_number_links_only_within_one_issuing_country()
    {
        Entity[] all =
        [
            Passport(On("ofac-sdn", "1", Some.Person("Ali Khan")), "A1234567", "IR"),
            Passport(On("uk-ofsi", "2", Some.Person("Ali Khan")), "A 123 4567", "IR"),
            Passport(On("ca-sema", "3", Some.Person("Omar Lee")), "A1234567", "KP"),
            Passport(On("au-dfat", "4", Some.Person("Kim Park")), "A1234567"),
        ];
        var party = Assert.Single(PartyGroups.Build(all).Parties);

        Assert.Equal(["ofac-sdn:1", "uk-ofsi:2"], party.Members.Select(m => m.ToString()));
        Assert.Equal("passport A1234567 (IR)", Assert.Single(party.Links).Reason);
    }

    [Fact]
    public void A_passport_without_country_links_when_the_others_agree_and_bic_ignores_the_head_office_branch()
    {
        Entity[] all =
        [
            Passport(On("ofac-sdn", "1", Some.Person("Ali Khan")), "A1234567", "IR"),
            Passport(On("au-dfat", "4", Some.Person("Ali Khan")), "A1234567"),
            On("ofac-sdn", "7", Some.Org("BANK MELLI") with { Identifiers = [new Identifier(IdentifierKind.SwiftBic, "MELIIRTHXXX")] }),
            On("uk-ofsi", "8", Some.Org("MELLI BANK") with { Identifiers = [new Identifier(IdentifierKind.SwiftBic, "MELI IR TH")] }),
        ];
        var groups = PartyGroups.Build(all);

        Assert.Equal(2, groups.Parties.Count);
        Assert.Contains(groups.Parties, p => p.Links[0].Reason == "passport A1234567 (IR)");
        Assert.Contains(groups.Parties, p => p.Links[0].Reason == "bic MELIIRTH");
    }

    [Fact]
    public void An_alerting_listing_brings_in_its_partys_other_listings_and_a_weak_match_brings_in_none()
    {
        Entity[] all =
        [
            On("un", "QDi.006", Some.Person("AIMAN MUHAMMED RABI AL-ZAWAHIRI")),
            On("ofac-sdn", "2676", Some.Person("AL ZAWAHIRI, Dr. Ayman") with { UnReference = "QDi.006" }),
        ];
        var screener = Some.Screener(all);

        var hits = screener.Search(new ScreeningQuery("Aiman Muhammed Rabi al-Zawahiri"), new SearchOptions(Explain: true));
        var un = Assert.Single(hits, h => h.Ref == new SourceRef("un", "QDi.006"));
        var sdn = Assert.Single(hits, h => h.Ref == new SourceRef("ofac-sdn", "2676"));
        Assert.Null(un.Via);
        Assert.Equal(new SourceRef("un", "QDi.006"), sdn.Via);
        Assert.Equal("un-ref QDi.006", sdn.ViaReason);
        Assert.Equal(un.Score, sdn.Score);
        Assert.Equal(un.Party, sdn.Party);
        Assert.Equal("AIMAN MUHAMMED RABI AL-ZAWAHIRI", sdn.Explanation!.MatchedName);
        Assert.True(hits.ToList().IndexOf(un) < hits.ToList().IndexOf(sdn)); // the listing that matched comes first

        // Below the alert threshold, nothing comes in through the party.
        var weak = screener.Search(new ScreeningQuery("Aiman Hussein"), new SearchOptions(MinScore: 0));
        var un2 = Assert.Single(weak, h => h.Ref == new SourceRef("un", "QDi.006"));
        Assert.True(un2.Score < screener.Index.Profile.AlertThreshold, $"scored {un2.Score}");
        Assert.DoesNotContain(weak, h => h.Via is not null);
    }

    [Fact]
    public void Listings_joined_through_a_third_give_the_chain_of_links_as_reason()
    {
        Entity[] all =
        [
            On("ofac-sdn", "7138", Some.Person("TUFAIL, Sheik Mohammed", born: "1930-05-05")),
            On("au-dfat", "307", Some.Person("Mohammed Tufail Sheik", born: "1930-05-05") with { UnReference = "QDi.056" }),
            On("un", "QDi.056", Some.Person("MOHAMMED TUFAIL")),
        ];
        var party = Assert.Single(PartyGroups.Build(all).Parties);

        Assert.Equal("name+dob 1930-05-05 (au-dfat:307); un-ref QDi.056", party.ReasonBetween(new("ofac-sdn", "7138"), new("un", "QDi.056")));
        Assert.Equal("name+dob 1930-05-05", party.ReasonBetween(new("au-dfat", "307"), new("ofac-sdn", "7138")));
        Assert.Equal("", party.ReasonBetween(new("au-dfat", "307"), new("uk-ofsi", "1")));
    }

    [Fact]
    public void A_listing_the_search_filters_out_is_not_brought_in_by_its_party()
    {
        Entity[] all =
        [
            On("un", "QDi.006", Some.Person("AIMAN MUHAMMED RABI AL-ZAWAHIRI")),
            On("ofac-sdn", "2676", Some.Person("AL ZAWAHIRI, Dr. Ayman") with { UnReference = "QDi.006" }),
        ];
        var screener = Some.Screener(all);

        var hits = screener.Search(new ScreeningQuery("Aiman Muhammed Rabi al-Zawahiri"), new SearchOptions(EntityFilter: e => e.Source == "un"));

        Assert.Contains(hits, h => h.Ref == new SourceRef("un", "QDi.006"));
        Assert.DoesNotContain(hits, h => h.Entity.Source == "ofac-sdn");
    }
}
