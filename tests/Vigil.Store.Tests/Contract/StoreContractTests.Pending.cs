using Vigil.Core.Lists;
using Vigil.Core.Model;
using Vigil.Store.Tests.Support;

namespace Vigil.Store.Tests.Contract;

/// <summary>Held list versions (issue 13, finding 1): stored as pending, never active until accepted; dropped on request; numbers per source.</summary>
public abstract partial class StoreContractTests
{
    private static readonly ActivationRule FivePercent = ActivationRule.Default;

    /// <summary>Twenty persons <c>1</c>..<c>20</c> (or the first <paramref name="count"/>) of <paramref name="source"/>.</summary>
    private static Entity[] People(int count = 20, string source = "ofac-sdn") =>
        [.. Enumerable.Range(1, count).Select(i => Some.Person($"PERSON {i}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), source))];

    [Fact]
    public void Given_an_active_version_When_a_version_removing_more_than_the_share_is_saved_Then_it_is_pending_with_the_reason_and_nothing_else_changes()
    {
        var first = Lists.SaveVersion("ofac-sdn", "h1", null, People(20), [], T1, FivePercent);
        var before = Lists.LoadActive();

        var held = Lists.SaveVersion("ofac-sdn", "h2", null, People(18), [], T2, FivePercent);

        Assert.True(held.Held);
        Assert.Equal(VersionStatus.Pending, held.Version.Status);
        Assert.False(held.Version.IsActive);
        Assert.Equal("removes 2 of 20 entries (10 %), more than the 5 % allowed", held.Version.HeldReason);
        Assert.Equal(2, held.Change.Removed.Count);
        Assert.Equal(first.Version.Id, held.Previous!.Id);
        Assert.Equal(first.Version, Assert.Single(Lists.ActiveVersions()));
        Assert.Equal(before.Entities.Count, Lists.LoadActive().Entities.Count);
        Assert.Equal(held.Version, Assert.Single(Lists.PendingVersions()));
        Assert.Equal("PERSON 3", Lists.GetEntity("ofac-sdn", "3", held.Version.Id)!.Entity.Name); // stored: nothing is lost
        var audit = Store.Audit.Latest(1)[0];
        Assert.Equal("list.load.held", audit.Action);
        Assert.Contains("more than the 5 % allowed", audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_active_version_When_a_version_removing_exactly_the_share_or_growing_is_saved_Then_it_is_activated()
    {
        Lists.SaveVersion("ofac-sdn", "h1", null, People(20), [], T1, FivePercent);

        var oneOfTwenty = Lists.SaveVersion("ofac-sdn", "h2", null, People(19), [], T2, FivePercent); // 5 %: allowed
        var growing = Lists.SaveVersion("ofac-sdn", "h3", null, People(30), [], T3, FivePercent);

        Assert.False(oneOfTwenty.Held);
        Assert.False(growing.Held);
        Assert.Equal(growing.Version.Id, Assert.Single(Lists.ActiveVersions()).Id);
        Assert.Empty(Lists.PendingVersions());
    }

    [Fact]
    public void Given_an_active_version_When_an_older_publication_is_saved_Then_it_is_held_naming_both_dates()
    {
        Lists.SaveVersion("un", "h1", new DateOnly(2026, 2, 27), People(5, "un"), [], T1, FivePercent);

        var older = Lists.SaveVersion("un", "h2", new DateOnly(2020, 3, 20), People(6, "un"), [], T2, FivePercent);

        Assert.True(older.Held);
        Assert.Equal("published 2020-03-20, older than the active version's 2026-02-27", older.Version.HeldReason);
    }

    [Fact]
    public void Given_no_rule_When_a_shrunken_version_is_saved_Then_it_is_activated_as_before()
    {
        Lists.SaveVersion("ofac-sdn", "h1", null, People(20), [], T1);

        var report = Lists.SaveVersion("ofac-sdn", "h2", null, People(1), [], T2);

        Assert.False(report.Held);
        Assert.Equal(report.Version.Id, Assert.Single(Lists.ActiveVersions()).Id);
    }

    [Fact]
    public void Given_a_pending_version_When_the_same_content_is_saved_again_Then_it_is_not_stored_twice()
    {
        Lists.SaveVersion("ofac-sdn", "h1", null, People(20), [], T1, FivePercent);
        var held = Lists.SaveVersion("ofac-sdn", "h2", null, People(10), [], T2, FivePercent);

        var again = Lists.SaveVersion("ofac-sdn", "h2", null, People(10), [], T3, FivePercent);

        Assert.True(again.Held);
        Assert.Equal(held.Version.Id, again.Version.Id);
        Assert.Equal(2, Lists.Versions("ofac-sdn").Count);
        Assert.Equal(10, again.Change.Removed.Count);
    }

    [Fact]
    public void Given_a_pending_version_When_accepted_Then_it_becomes_active_with_the_change_and_an_audit_entry_naming_who()
    {
        var first = Lists.SaveVersion("ofac-sdn", "h1", null, People(20), [], T1, FivePercent);
        var held = Lists.SaveVersion("ofac-sdn", "h2", null, People(10), [], T2, FivePercent);

        var accepted = Lists.Accept("ofac-sdn", held.Version.Number, "alice", T3);

        Assert.False(accepted.Held);
        Assert.True(accepted.Version.IsActive);
        Assert.Equal(VersionStatus.Loaded, accepted.Version.Status);
        Assert.Equal(held.Version.Id, accepted.Version.Id);
        Assert.Equal(first.Version.Id, accepted.Previous!.Id);
        Assert.Equal(10, accepted.Change.Removed.Count);
        Assert.Equal(held.Version.Id, Assert.Single(Lists.ActiveVersions()).Id);
        Assert.Equal(10, Lists.LoadActive().Entities.Count);
        Assert.Empty(Lists.PendingVersions());
        var audit = Store.Audit.Latest(1)[0];
        Assert.Equal(("list.accept", T3), (audit.Action, audit.At));
        Assert.Contains("\"by\":\"alice\"", audit.Detail, StringComparison.Ordinal);
        Assert.Contains("\"removed\":10", audit.Detail, StringComparison.Ordinal);
        Assert.Null(Store.Audit.Verify().BadRowId);
    }

    [Fact]
    public void Given_a_pending_version_When_dropped_Then_its_entries_go_it_stays_listed_as_dropped_and_the_audit_names_who()
    {
        var first = Lists.SaveVersion("ofac-sdn", "h1", null, People(20), [], T1, FivePercent);
        var held = Lists.SaveVersion("ofac-sdn", "h2", null, People(10), [], T2, FivePercent);

        var dropped = Lists.Drop("ofac-sdn", held.Version.Number, "bob", T3);

        Assert.Equal(VersionStatus.Dropped, dropped.Status);
        Assert.Equal(first.Version.Id, Assert.Single(Lists.ActiveVersions()).Id);
        Assert.Empty(Lists.PendingVersions());
        Assert.Null(Lists.GetEntity("ofac-sdn", "1", held.Version.Id));
        Assert.Equal(VersionStatus.Dropped, Lists.VersionNumbered("ofac-sdn", held.Version.Number)!.Status);
        Assert.Throws<ArgumentException>(() => Lists.Diff("ofac-sdn", first.Version.Id, held.Version.Id));
        var audit = Store.Audit.Latest(1)[0];
        Assert.Equal("list.drop", audit.Action);
        Assert.Contains("\"by\":\"bob\"", audit.Detail, StringComparison.Ordinal);
        // The publisher still serves it: fetched again, it is reported as the dropped version, not stored or activated.
        var again = Lists.SaveVersion("ofac-sdn", "h2", null, People(10), [], T3, FivePercent);
        Assert.True(again.Held);
        Assert.Equal((held.Version.Id, VersionStatus.Dropped), (again.Version.Id, again.Version.Status));
        Assert.Equal(2, Lists.Versions("ofac-sdn").Count);
    }

    [Fact]
    public void Given_versions_that_are_not_pending_When_accepted_or_dropped_Then_it_is_refused_and_nothing_changes()
    {
        var first = Lists.SaveVersion("ofac-sdn", "h1", null, People(20), [], T1, FivePercent);
        var count = AuditCount;

        var active = Assert.Throws<ArgumentException>(() => Lists.Accept("ofac-sdn", first.Version.Number, "alice", T2));
        var missing = Assert.Throws<ArgumentException>(() => Lists.Drop("ofac-sdn", 7, "alice", T2));

        Assert.Contains("ofac-sdn version 1 is not pending: it is the active version", active.Message, StringComparison.Ordinal);
        Assert.Contains("ofac-sdn has no version 7", missing.Message, StringComparison.Ordinal);
        Assert.Equal(count, AuditCount);
        Assert.Equal(first.Version, Assert.Single(Lists.ActiveVersions()));
    }

    [Fact]
    public void Given_two_sources_When_versions_are_saved_Then_numbers_count_per_source_and_ids_stay_unique()
    {
        var sdn1 = Lists.SaveVersion("ofac-sdn", "s1", null, People(3), [], T1);
        var un1 = Lists.SaveVersion("un", "u1", null, People(3, "un"), [], T1);
        var un2 = Lists.SaveVersion("un", "u2", null, People(4, "un"), [], T2);
        var sdn2 = Lists.SaveVersion("ofac-sdn", "s2", null, People(4), [], T2);

        Assert.Equal([1, 1, 2, 2], new[] { sdn1, un1, un2, sdn2 }.Select(r => r.Version.Number));
        Assert.Equal(4, new[] { sdn1, un1, un2, sdn2 }.Select(r => r.Version.Id).Distinct().Count());
        Assert.Equal(un2.Version.Id, Lists.VersionNumbered("un", 2)!.Id);
        Assert.Null(Lists.VersionNumbered("un", 3));
        Assert.Equal(sdn2.Version.Id, Lists.VersionNumbered("ofac-sdn", 2)!.Id);
    }
}
