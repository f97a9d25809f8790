using Vigil.Core.Lists;
using Vigil.Core.Model;

namespace Vigil.Core.Tests.Lists;

public sealed class ListDiffTests
{
    private static Entity E(string id, string name, params string[] programs) => new()
    {
        Source = "ofac-sdn", SourceId = id, Kind = EntityKind.Organization, Names = [new EntityName(name)], Programs = programs,
    };

    [Fact]
    public void Given_two_versions_When_compared_Then_added_removed_and_changed_are_told_apart_and_sorted_by_id()
    {
        Entity[] before = [E("10", "KEPT"), E("9", "GONE"), E("100", "RENAMED OLD"), E("2", "PROGRAMS", "SDGT")];
        Entity[] after = [E("100", "RENAMED NEW"), E("10", "KEPT"), E("30502", "CEIEC"), E("2", "PROGRAMS", "SDGT", "IRAN"), E("3", "NEW")];

        var change = ListDiff.Compare(before, after);

        Assert.Equal(["3", "30502"], change.Added.Select(a => a.SourceId));
        Assert.Equal("GONE", Assert.Single(change.Removed).Name);
        Assert.Equal(["2", "100"], change.Changed.Select(c => c.SourceId));
        Assert.Equal(new EntityChange("100", EntityKind.Organization, "RENAMED NEW", "RENAMED OLD", EntityFields.Name), change.Changed[1]);
        Assert.Equal(["programs"], change.Changed[0].FieldNames);
    }

    [Fact]
    public void Given_identical_versions_When_compared_Then_the_change_is_empty()
    {
        Assert.True(ListDiff.Compare([E("1", "A")], [E("1", "A")]).IsEmpty);
    }

    [Fact]
    public void Given_an_id_twice_in_one_version_When_compared_Then_it_is_refused_naming_the_id()
    {
        var error = Assert.Throws<ArgumentException>(() => ListDiff.Compare([], [E("7", "A"), E("7", "B")]));

        Assert.Contains("7", error.Message, StringComparison.Ordinal);
    }
}
