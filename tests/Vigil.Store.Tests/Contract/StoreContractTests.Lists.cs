using Vigil.Core.Lists;
using Vigil.Core.Model;
using Vigil.Store.Tests.Support;

namespace Vigil.Store.Tests.Contract;

/// <summary>List versions: saved whole with the active pointer, kept, diffed, read back as one snapshot.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public void Given_an_empty_store_When_a_version_is_saved_Then_it_is_active_with_its_counts_and_everything_is_added()
    {
        var report = Lists.SaveVersion("ofac-sdn", "AB12", new DateOnly(2021, 7, 7),
            [Some.Person("DOE, John", "1"), Some.Organization("ACME", "2"), Some.Organization("EMCA", "3")],
            [new ParseWarning("sdn.csv", 7, "Remarks", "odd")], T1);

        Assert.False(report.Unchanged);
        Assert.Null(report.Previous);
        Assert.Equal(["1", "2", "3"], report.Change.Added.Select(a => a.SourceId));
        var active = Assert.Single(Lists.ActiveVersions());
        Assert.Equal(report.Version, active);
        Assert.True(active.IsActive);
        Assert.Equal("ab12", active.ContentHash);
        Assert.Equal(new DateOnly(2021, 7, 7), active.PublishedOn);
        Assert.Equal(T1, active.LoadedAt);
        Assert.Equal(new KindCounts(1, 2, 0, 0, 0), active.Counts);
        Assert.Equal(1, active.WarningCount);
        Assert.Equal("sdn.csv:7 [Remarks]: odd", Assert.Single(Lists.Warnings(active.Id)).ToString());
    }

    [Fact]
    public void Given_an_active_version_When_the_same_content_hash_is_saved_Then_nothing_is_written_and_the_report_says_unchanged()
    {
        var first = Lists.SaveVersion("ofac-sdn", "h1", null, [Some.Person("DOE, John", "1")], [], T1);

        var second = Lists.SaveVersion("ofac-sdn", "h1", null, [Some.Person("SOMEONE ELSE", "9")], [], T2);

        Assert.True(second.Unchanged);
        Assert.Equal(first.Version.Id, second.Version.Id);
        Assert.True(second.Change.IsEmpty);
        Assert.Single(Lists.Versions("ofac-sdn"));
        Assert.Null(Lists.GetEntity("ofac-sdn", "9"));
        Assert.Equal("DOE, John", Lists.GetEntity("ofac-sdn", "1")!.Entity.Name);
    }

    [Fact]
    public void Given_an_active_version_When_new_content_is_saved_Then_it_becomes_active_and_the_old_one_is_kept()
    {
        var first = Lists.SaveVersion("ofac-sdn", "h1", null, [Some.Person("DOE, John", "1")], [], T1);

        var second = Lists.SaveVersion("ofac-sdn", "h2", null, [Some.Person("DOE, Jon", "1")], [], T2);

        Assert.Equal(first.Version.Id, second.Previous!.Id);
        Assert.Equal(second.Version.Id, Assert.Single(Lists.ActiveVersions()).Id);
        var versions = Lists.Versions("ofac-sdn");
        Assert.Equal([second.Version.Id, first.Version.Id], versions.Select(v => v.Id));
        Assert.Equal([true, false], versions.Select(v => v.IsActive));
        Assert.Equal(first.Version.Id, versions[0].PreviousVersionId);
        Assert.Equal("DOE, Jon", Lists.GetEntity("ofac-sdn", "1")!.Entity.Name);
        Assert.Equal("DOE, John", Lists.GetEntity("ofac-sdn", "1", first.Version.Id)!.Entity.Name);
    }

    [Fact]
    public void Given_an_active_version_When_a_save_fails_midway_Then_it_rolls_back_and_the_old_version_stays_active()
    {
        var first = Lists.SaveVersion("ofac-sdn", "h1", null, [Some.Person("DOE, John", "1")], [], T1);
        Entity[] broken =
        [
            Some.Person("DOE, Jon", "1"),
            Some.Person("ROE, Richard", "2"),
            Some.Person("FAILS, Midway", "3") with { Programs = new ThrowingList<string>() },
        ];

        Assert.Throws<InvalidOperationException>(() => Lists.SaveVersion("ofac-sdn", "h2", null, broken, [], T2));

        Assert.Equal(first.Version, Assert.Single(Lists.ActiveVersions()));
        Assert.Single(Lists.Versions("ofac-sdn"));
        Assert.Null(Lists.GetEntity("ofac-sdn", "2"));
        Assert.Equal(1, AuditCount);
        Assert.Equal("DOE, John", Assert.Single(Lists.LoadActive().Entities).Name);
    }

    [Fact]
    public void Given_an_entity_of_another_source_or_a_repeated_id_When_saved_Then_it_is_refused_before_anything_is_written()
    {
        var other = Assert.Throws<ArgumentException>(() =>
            Lists.SaveVersion("ofac-sdn", "h1", null, [Some.Person("X", "1", source: "un")], [], T1));
        var twice = Assert.Throws<ArgumentException>(() =>
            Lists.SaveVersion("ofac-sdn", "h1", null, [Some.Person("X", "7"), Some.Person("Y", "7")], [], T1));

        Assert.Contains("un:1", other.Message, StringComparison.Ordinal);
        Assert.Contains("source id 7 occurs twice", twice.Message, StringComparison.Ordinal);
        Assert.Empty(Lists.Versions("ofac-sdn"));
        Assert.Equal(0, AuditCount);
    }

    [Fact]
    public void Given_two_versions_When_saving_the_second_Then_the_report_lists_added_removed_and_changed_with_fields()
    {
        Lists.SaveVersion("ofac-sdn", "h1", null,
        [
            Some.Person("AL-ASAD, Mahir", "10", born: "1967", programs: ["SYRIA"]),
            Some.Organization("GONE LTD", "11", programs: ["SDGT"]),
            Some.Organization("SAME CORP", "12", programs: ["SDGT"]),
            Some.Person("MOVED, Programs", "13", programs: ["IRAN"]),
        ], [], T1);

        var report = Lists.SaveVersion("ofac-sdn", "h2", null,
        [
            Some.Person("AL-ASSAD, Maher", "10", born: "1968", programs: ["SYRIA"]),
            Some.Organization("SAME CORP", "12", programs: ["SDGT"]),
            Some.Person("MOVED, Programs", "13", programs: ["IRAN", "SDGT"]),
            Some.Organization("NEW CO", "14", programs: ["SDGT"]),
        ], [], T2);

        Assert.Equal("14", Assert.Single(report.Change.Added).SourceId);
        Assert.Equal("GONE LTD", Assert.Single(report.Change.Removed).Name);
        Assert.Equal(["10", "13"], report.Change.Changed.Select(c => c.SourceId));
        var renamed = report.Change.Changed[0];
        Assert.Equal(EntityFields.Name | EntityFields.BirthDates, renamed.Fields);
        Assert.Equal("AL-ASAD, Mahir", renamed.PreviousName);
        Assert.Equal("AL-ASSAD, Maher", renamed.Name);
        Assert.Equal(["programs"], report.Change.Changed[1].FieldNames);
    }

    [Fact]
    public void Given_three_versions_When_diffing_any_two_Then_the_change_matches_the_one_reported_at_load()
    {
        var v1 = Lists.SaveVersion("un", "h1", null, [Some.Person("A", "QDi.1", "un"), Some.Person("B", "QDi.2", "un")], [], T1);
        var v2 = Lists.SaveVersion("un", "h2", null, [Some.Person("A", "QDi.1", "un", born: "1970"), Some.Person("C", "QDi.3", "un")], [], T2);
        var v3 = Lists.SaveVersion("un", "h3", null, [Some.Person("C", "QDi.3", "un")], [], T2);

        var oneToTwo = Lists.Diff("un", v1.Version.Id, v2.Version.Id);
        var oneToThree = Lists.Diff("un", v1.Version.Id, v3.Version.Id);
        var backwards = Lists.Diff("un", v3.Version.Id, v1.Version.Id);

        Assert.Equal(v2.Change.Added, oneToTwo.Added);
        Assert.Equal(v2.Change.Removed, oneToTwo.Removed);
        Assert.Equal(v2.Change.Changed, oneToTwo.Changed);
        Assert.Equal(["QDi.3"], oneToThree.Added.Select(a => a.SourceId));
        Assert.Equal(["QDi.1", "QDi.2"], oneToThree.Removed.Select(a => a.SourceId));
        Assert.Equal(["QDi.1", "QDi.2"], backwards.Added.Select(a => a.SourceId));
        Assert.True(Lists.Diff("un", v2.Version.Id, v2.Version.Id).IsEmpty);
    }

    [Fact]
    public void Given_a_version_of_another_source_When_diffing_Then_it_is_refused_naming_both()
    {
        var sdn = Lists.SaveVersion("ofac-sdn", "h1", null, [Some.Person("A", "1")], [], T1);
        var un = Lists.SaveVersion("un", "h1", null, [Some.Person("A", "QDi.1", "un")], [], T1);

        var error = Assert.Throws<ArgumentException>(() => Lists.Diff("ofac-sdn", sdn.Version.Id, un.Version.Id));
        var missing = Assert.Throws<ArgumentException>(() => Lists.Diff("ofac-sdn", sdn.Version.Id, 999));

        Assert.Contains("version of un, not ofac-sdn", error.Message, StringComparison.Ordinal);
        Assert.Contains("999", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_two_sources_loaded_When_loading_active_entities_Then_only_active_versions_come_back_sources_in_name_order()
    {
        Lists.SaveVersion("un", "u1", null, [Some.Person("UN ONE", "QDi.1", "un")], [], T1);
        Lists.SaveVersion("ofac-sdn", "s1", null, [Some.Person("OLD", "1")], [], T1);
        var sdn = Lists.SaveVersion("ofac-sdn", "s2", null, [Some.Person("NEW B", "2"), Some.Person("NEW A", "1")], [], T2);

        var active = Lists.LoadActive();

        Assert.Equal(["ofac-sdn:2", "ofac-sdn:1", "un:QDi.1"], active.Entities.Select(e => e.Ref.ToString()));
        Assert.Equal(["ofac-sdn", "un"], Lists.ActiveVersions().Select(v => v.Source));
        Assert.Equal(Lists.ActiveVersions(), active.Versions);
        var un = Lists.ActiveVersion("un")!;
        Assert.Equal($"ofac-sdn:{sdn.Version.Id},un:{un.Id}", active.Key);
    }

    [Fact]
    public void Given_a_missing_entry_or_version_When_looked_up_Then_the_result_is_null()
    {
        var v = Lists.SaveVersion("ofac-sdn", "s1", null, [Some.Person("A", "1")], [], T1);

        Assert.Null(Lists.GetEntity("ofac-sdn", "2"));
        Assert.Null(Lists.GetEntity("un", "1"));
        Assert.Null(Lists.GetEntity("un", "1", v.Version.Id));
        Assert.Null(Lists.GetEntity("ofac-sdn", "1", 999));
        Assert.Null(Lists.Version(999));
    }

    [Fact]
    public void Given_loads_When_the_audit_log_is_read_Then_each_load_and_each_unchanged_reload_left_one_entry()
    {
        Lists.SaveVersion("ofac-sdn", "s1", null, [Some.Person("A", "1")], [], T1);
        Lists.SaveVersion("ofac-sdn", "s1", null, [Some.Person("A", "1")], [], T2);

        var entries = Store.Audit.Latest(10);

        Assert.Equal(["list.load.unchanged", "list.load"], entries.Select(e => e.Action));
        Assert.Equal(T2, entries[0].At);
        Assert.Contains("\"added\":1", entries[1].Detail, StringComparison.Ordinal);
    }
}
