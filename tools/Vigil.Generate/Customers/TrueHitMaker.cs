using Vigil.Core.Model;

namespace Vigil.Generate.Customers;

/// <summary>
/// Turns a listed entity into the customer record a bank would hold for it: a listed name in natural or listed order,
/// in another case, perhaps with a typo, an accent the list strips, or a middle name left out, with some of the
/// entity's birth date, country and document number.
/// </summary>
/// <remarks>
/// Each variation is drawn independently, so most hits carry one or two and some carry none. Aircraft are left out: a
/// customer file does not hold them.
/// </remarks>
internal sealed class TrueHitMaker(IReadOnlyList<Entity> source)
{
    private const double AliasShare = 0.3;
    private const double TypoShare = 0.3;
    private const double AccentShare = 0.2;
    private const double DropMiddleShare = 0.15;

    private readonly List<Entity> _entities = [.. source.Where(e => e.Kind is EntityKind.Person or EntityKind.Organization or EntityKind.Vessel && e.Names.Count > 0)];

    public CustomerRow Make(Random rng, string id)
    {
        var entity = rng.Pick(_entities);
        var aliases = entity.Names.Where(n => n.Role is NameRole.Alias or NameRole.Former && IsLatin(n.Full)).ToList();
        var listed = aliases.Count > 0 && rng.Chance(AliasShare) ? rng.Pick(aliases) : entity.Names[0];
        var name = entity.Kind == EntityKind.Person ? PersonOrder(rng, listed, rng.Chance(DropMiddleShare)) : listed.Full;
        var c = rng.NextDouble();
        name = c < 0.45 ? TextVariation.TitleCase(name) : c < 0.70 ? name.ToUpperInvariant() : c < 0.75 ? name.ToLowerInvariant() : name;
        if (rng.Chance(TypoShare)) name = TextVariation.Typo(rng, name);
        if (rng.Chance(AccentShare)) name = TextVariation.AddAccent(rng, name);

        var type = rng.Chance(0.85) ? TypeOf(entity.Kind) : "";
        var birth = entity.BirthDates.Count > 0 && rng.Chance(0.6) ? entity.BirthDates[0].From.ToString() : "";
        var countries = entity.Nationalities.Concat(entity.Citizenships).Concat(entity.Addresses.Select(a => a.CountryCode).OfType<string>()).ToList();
        var country = countries.Count > 0 && rng.Chance(0.5) ? countries[0] : "";
        var documents = entity.Identifiers.Where(i => i.Kind is IdentifierKind.Passport or IdentifierKind.NationalId or IdentifierKind.Imo).ToList();
        var idNumber = documents.Count > 0 && rng.Chance(0.1) ? documents[0].Number : "";
        return new CustomerRow(id, name, type, birth, country, idNumber, $"{entity.Source}:{entity.SourceId}");
    }

    /// <summary>
    /// <c>MADURO MOROS, Nicolas</c> → <c>Nicolas MADURO MOROS</c> (60%), kept as listed (10%) or family first without the
    /// comma; with <paramref name="dropMiddle"/>, a second given name is left out (<c>Nicolas Antonio</c> → <c>Nicolas</c>).
    /// </summary>
    private static string PersonOrder(Random rng, EntityName listed, bool dropMiddle)
    {
        if (listed.Given is not { } given || listed.Family is not { } family) return listed.Full;
        var words = given.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (dropMiddle && words.Length >= 2) given = string.Join(' ', words[..^1]);
        var p = rng.NextDouble();
        return p < 0.6 ? $"{given} {family}" : p < 0.7 ? $"{family}, {given}" : $"{family} {given}";
    }

    private static bool IsLatin(string text)
    {
        foreach (var c in text) if (c > '\u024F') return false;
        return true;
    }

    private static string TypeOf(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        EntityKind.Vessel => "vessel",
        _ => "",
    };
}
