using Vigil.Core.Lists;

namespace Vigil.Contracts;

/// <summary>Entries of a list version per kind.</summary>
public sealed record VersionCounts(int Total, int Person, int Organization, int Vessel, int Aircraft, int Unknown)
{
    /// <summary>The wire shape of the counts.</summary>
    public static VersionCounts From(KindCounts c) => new(c.Total, c.Persons, c.Organizations, c.Vessels, c.Aircraft, c.Unknown);
}
