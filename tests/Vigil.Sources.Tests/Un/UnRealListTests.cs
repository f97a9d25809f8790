using System.Diagnostics;
using Vigil.Core.Model;
using Vigil.Sources.Un;
using Vigil.Tests.Shared;
using Xunit.Abstractions;

namespace Vigil.Sources.Tests.Un;

/// <summary>The real UN consolidated list of 2026-02-27 (shared/data/un).</summary>
public sealed class UnRealListTests(ITestOutputHelper output)
{
    private static readonly Lazy<ListParseResult> Result = new(() => Parse().Result);

    private static (ListParseResult Result, TimeSpan Elapsed) Parse()
    {
        var sw = Stopwatch.StartNew();
        using var stream = File.OpenRead(SharedData.Path("un/consolidated-2026-02.xml"));
        var result = UnParser.Instance.Parse(new ListInput([new ListFile("consolidated-2026-02.xml", stream)]));
        return (result, sw.Elapsed);
    }

    private static Entity Get(string id) => Result.Value.Entities.Single(e => e.SourceId == id);

    [Fact]
    public void Real_list_has_730_persons_and_273_organisations_published_2026_02_27()
    {
        var r = Result.Value;
        Assert.Equal(730, r.Entities.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(273, r.Entities.Count(e => e.Kind == EntityKind.Organization));
        Assert.Equal(new DateOnly(2026, 2, 27), r.PublishedOn);
        Assert.Equal(r.Entities.Count, r.Entities.Select(e => e.SourceId).Distinct().Count());
    }

    [Fact]
    public void Real_list_warns_only_about_values_it_cannot_read_each_with_a_line()
    {
        var warnings = Result.Value.Warnings;
        foreach (var w in warnings) output.WriteLine(w.ToString());
        // 2026-02: a Hijri date, "30-35 years old", "former Soviet Union", and two documents without a number.
        Assert.InRange(warnings.Count, 1, 10);
        Assert.All(warnings, w => Assert.True(w.Line > 0, w.ToString()));
        Assert.Contains(warnings, w => w.Message.Contains("former Soviet Union", StringComparison.Ordinal));
    }

    [Fact]
    public void Iranian_and_DPRK_records_carry_ISO_nationalities()
    {
        Assert.Equal(["IR"], Get("IRi.003").Nationalities);
        Assert.Equal(["KP"], Get("KPi.009").Nationalities);
    }

    [Fact]
    public void Iri_003_and_Iri_041_share_two_passport_numbers_as_the_list_does()
    {
        var a = Get("IRi.003").Identifiers.Select(i => i.Canonical).ToHashSet();
        var b = Get("IRi.041").Identifiers.Select(i => i.Canonical).ToHashSet();
        Assert.Equal(["6620505", "9003213"], a.Intersect(b).Order());
    }

    [Fact]
    public void Qde_137_aliases_are_split()
    {
        var e = Get("QDe.137");
        Assert.Equal("AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT", e.Name);
        Assert.Contains("Hay’at Tahrir al-Sham", e.NamesWith(NameRole.Alias));
        Assert.Contains("Jabhat al-Nusrah", e.NamesWith(NameRole.Alias));
        Assert.Contains("هيئة تحرير الشام", e.NamesWith(NameRole.OriginalScript));
    }

    [Fact]
    public void Cdi_030_between_date_is_a_range()
    {
        Assert.Contains(new BirthDate(new PartialDate(1973), new PartialDate(1974)), Get("CDi.030").BirthDates);
    }

    [Fact]
    public void A_person_listed_under_two_regimes_is_two_entries()
    {
        Assert.Equal(Get("QDi.042").Name, Get("SOi.002").Name);
        Assert.Equal(["Al-Qaida"], Get("QDi.042").Programs);
        Assert.Equal(["Somalia"], Get("SOi.002").Programs);
    }

    [Fact]
    public void No_name_keeps_list_separators_padding_or_script_labels()
    {
        foreach (var e in Result.Value.Entities)
            foreach (var n in e.Names.Skip(1))
            {
                Assert.False(n.Full.Contains(';', StringComparison.Ordinal), $"{e.SourceId}: {n.Full}");
                Assert.False(n.Full.Contains("original script", StringComparison.OrdinalIgnoreCase), $"{e.SourceId}: {n.Full}");
                Assert.Equal(n.Full.Trim(), n.Full);
            }
    }

    [Fact]
    public void Every_nationality_and_document_country_is_an_ISO_code()
    {
        foreach (var e in Result.Value.Entities)
        {
            Assert.All(e.Nationalities, c => Assert.Matches("^[A-Z]{2}$", c));
            Assert.All(e.Identifiers.Where(i => i.Country is not null), i => Assert.Matches("^[A-Z]{2}$", i.Country!));
        }
        Assert.True(Result.Value.Entities.Count(e => e.Kind == EntityKind.Person && e.Nationalities.Count > 0) > 600);
    }
}
