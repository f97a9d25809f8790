using Vigil.Core.Model;

namespace Vigil.Core.Lists;

/// <summary>How many entries of each kind a list version holds.</summary>
public sealed record KindCounts(int Persons, int Organizations, int Vessels, int Aircraft, int Unknown)
{
    public int Total => Persons + Organizations + Vessels + Aircraft + Unknown;

    /// <summary>Counts the entities by <see cref="Entity.Kind"/>.</summary>
    public static KindCounts Of(IEnumerable<Entity> entities)
    {
        int p = 0, o = 0, v = 0, a = 0, u = 0;
        foreach (var e in entities)
        {
            switch (e.Kind)
            {
                case EntityKind.Person: p++; break;
                case EntityKind.Organization: o++; break;
                case EntityKind.Vessel: v++; break;
                case EntityKind.Aircraft: a++; break;
                default: u++; break;
            }
        }
        return new KindCounts(p, o, v, a, u);
    }
}
