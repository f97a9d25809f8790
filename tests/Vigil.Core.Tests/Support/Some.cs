using Vigil.Core.Index;
using Vigil.Core.Model;
using Vigil.Core.Screening;

namespace Vigil.Core.Tests.Support;

/// <summary>One-line builders for test entities, indexes and queries.</summary>
internal static class Some
{
    private static int _next = 1;

    public static Entity Person(string name, string? born = null, string[]? aliases = null, string? nationality = null, string? id = null, string? passport = null) => new()
    {
        Source = "test",
        SourceId = id ?? (_next++).ToString(System.Globalization.CultureInfo.InvariantCulture),
        Kind = EntityKind.Person,
        Names = [new EntityName(name), .. (aliases ?? []).Select(a => new EntityName(a, NameRole.Alias))],
        BirthDates = born is null ? [] : [new BirthDate(PartialDate.Parse(born))],
        Nationalities = nationality is null ? [] : [nationality],
        Identifiers = passport is null ? [] : [new Identifier(IdentifierKind.Passport, passport)],
    };

    public static Entity Org(string name, string[]? aliases = null, string? id = null, string[]? weakAliases = null, EntityKind kind = EntityKind.Organization) => new()
    {
        Source = "test",
        SourceId = id ?? (_next++).ToString(System.Globalization.CultureInfo.InvariantCulture),
        Kind = kind,
        Names = [new EntityName(name), .. (aliases ?? []).Select(a => new EntityName(a, NameRole.Alias)),
                 .. (weakAliases ?? []).Select(a => new EntityName(a, NameRole.WeakAlias))],
    };

    public static Entity Vessel(string name, string? id = null, string? imo = null) => Org(name, id: id, kind: EntityKind.Vessel) with
    {
        Identifiers = imo is null ? [] : [new Identifier(IdentifierKind.Imo, imo)],
    };

    /// <summary>A screener over the given entities plus a background of ordinary names, so word rarity means something.</summary>
    public static Screener Screener(params Entity[] entities) => new(ScreeningIndex.Build([.. entities, .. Background]));

    /// <summary>The best score of <paramref name="query"/> against entity <paramref name="id"/> (0 when not a candidate).</summary>
    public static double Score(this Screener screener, string query, string id, EntityKind kind = EntityKind.Unknown, string? born = null, string? country = null, string? idNumber = null)
    {
        var q = new ScreeningQuery(query, kind, born is null ? null : PartialDate.Parse(born), country, idNumber);
        var hit = screener.Search(q, new SearchOptions(Top: 50, MinScore: 0)).FirstOrDefault(h => h.Entity.SourceId == id);
        return hit?.Score ?? 0;
    }

    private static readonly Entity[] Background = BuildBackground();

    private static Entity[] BuildBackground()
    {
        string[] given = ["Ali", "Mohammed", "Ahmad", "Hassan", "John", "Maria", "Jose", "Kim", "Ivan", "Sergei", "Abdul", "Omar"];
        string[] family = ["Smith", "Garcia", "Khan", "Hussein", "Ivanov", "Lee", "Park", "Rodriguez", "Al-Tikriti", "Rahman", "Petrov", "Lopez"];
        string[] orgWords = ["GLOBAL", "ALPHA", "NOVA", "ORIENT", "PACIFIC", "DELTA", "ZENITH", "SUNRISE"];
        string[] generic = ["TRADING LLC", "INTERNATIONAL TRADING LLC", "GENERAL TRADING CO", "HOLDING LTD", "BANK", "SHIPPING COMPANY", "INDUSTRIES S.A."];
        var list = new List<Entity>();
        var n = 0;
        foreach (var g in given)
            foreach (var f in family)
                list.Add(Person($"{f}, {g}", id: $"bg{n++}"));
        foreach (var w in orgWords)
            foreach (var g in generic)
                list.Add(Org($"{w} {g}", id: $"bg{n++}"));
        return [.. list];
    }
}
