using Vigil.Core.Model;
using Vigil.Core.Text;

namespace Vigil.Core.Index;

/// <summary>An entity with what matching compares already worked out: countries as codes, identifiers canonical.</summary>
public sealed class PreparedEntity
{
    internal PreparedEntity(Entity entity, Matching.ScoringProfile profile)
    {
        Entity = entity;
        var nationalities = new HashSet<string>(entity.Nationalities, StringComparer.Ordinal);
        nationalities.UnionWith(entity.Citizenships);
        Nationalities = [.. nationalities];
        var other = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in entity.Addresses)
        {
            if (a.CountryCode is { Length: 2 } code) other.Add(code);
            else if (Countries.TryGetCode(a.Country, out var c)) other.Add(c);
        }
        foreach (var place in entity.PlacesOfBirth)
        {
            var comma = place.LastIndexOf(',');
            if (Countries.TryGetCode(comma >= 0 ? place[(comma + 1)..] : place, out var c)) other.Add(c);
        }
        other.ExceptWith(nationalities);
        OtherCountries = [.. other];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in entity.Identifiers)
        {
            if (id.Kind is IdentifierKind.Website or IdentifierKind.Email or IdentifierKind.Phone) continue;
            var canonical = id.Canonical;
            if (canonical.Length >= profile.IdentifierMinLength) ids.Add(canonical);
        }
        Identifiers = [.. ids];
    }

    public Entity Entity { get; }
    public EntityKind Kind => Entity.Kind;
    /// <summary>Nationalities and citizenships (ISO alpha-2).</summary>
    public string[] Nationalities { get; }
    /// <summary>Countries of addresses and places of birth not already among <see cref="Nationalities"/>.</summary>
    public string[] OtherCountries { get; }
    /// <summary>Canonical identifier numbers (upper-case letters and digits, 4 or more).</summary>
    public string[] Identifiers { get; }
    /// <summary>The numbers and contrast words of the entity's names (<see cref="Matching.NameMarks"/>), set by the index.</summary>
    internal Matching.NameMark[] Marks { get; set; } = [];
}
