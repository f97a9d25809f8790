using Vigil.Core.Model;

namespace Vigil.Core.Lists;

/// <summary>Compares two versions of one list entry field by field.</summary>
/// <remarks>
/// Collections compare as multisets: a list that only reorders an entry's aliases or addresses has not changed it.
/// The primary name is <c>Names[0]</c>; every other name counts as an alias.
/// </remarks>
public static class EntityDiff
{
    /// <summary>The fields whose content differs between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static EntityFields Compare(Entity before, Entity after)
    {
        var changed = EntityFields.None;
        if (before.Kind != after.Kind) changed |= EntityFields.Kind;
        if (!SameName(Primary(before), Primary(after))) changed |= EntityFields.Name;
        if (!SameBag(Aliases(before), Aliases(after), EntityNameComparer.Instance)) changed |= EntityFields.Aliases;
        if (!SameBag(before.Programs, after.Programs)) changed |= EntityFields.Programs;
        if (!SameBag(before.Identifiers, after.Identifiers)) changed |= EntityFields.Identifiers;
        if (!SameBag(before.Addresses, after.Addresses)) changed |= EntityFields.Addresses;
        if (!SameBag(before.BirthDates, after.BirthDates)) changed |= EntityFields.BirthDates;
        if (!SameBag(before.PlacesOfBirth, after.PlacesOfBirth)) changed |= EntityFields.PlacesOfBirth;
        if (!SameBag(before.Nationalities, after.Nationalities)) changed |= EntityFields.Nationalities;
        if (!SameBag(before.Citizenships, after.Citizenships)) changed |= EntityFields.Citizenships;
        if (!string.Equals(before.Gender, after.Gender, StringComparison.Ordinal)) changed |= EntityFields.Gender;
        if (!SameBag(before.Titles, after.Titles)) changed |= EntityFields.Titles;
        if (before.ListedOn != after.ListedOn) changed |= EntityFields.ListedOn;
        if (!string.Equals(before.Remarks, after.Remarks, StringComparison.Ordinal)) changed |= EntityFields.Remarks;
        if (!SameBag(before.Links, after.Links)) changed |= EntityFields.Links;
        if (before.Vessel != after.Vessel) changed |= EntityFields.Vessel;
        if (before.Aircraft != after.Aircraft) changed |= EntityFields.Aircraft;
        if (!SameBag(before.OtherInfo, after.OtherInfo)) changed |= EntityFields.OtherInfo;
        if (before.AmendedOn != after.AmendedOn) changed |= EntityFields.AmendedOn;
        if (before.UnReference != after.UnReference) changed |= EntityFields.UnReference;
        return changed;
    }

    private static EntityName? Primary(Entity e) => e.Names.Count > 0 ? e.Names[0] : null;

    private static IEnumerable<EntityName> Aliases(Entity e) => e.Names.Skip(1);

    private static bool SameName(EntityName? a, EntityName? b) =>
        a is null || b is null ? a is null && b is null : EntityNameComparer.Instance.Equals(a, b);

    private static bool SameBag<T>(IEnumerable<T> a, IEnumerable<T> b, IEqualityComparer<T>? comparer = null)
        where T : notnull
    {
        comparer ??= EqualityComparer<T>.Default;
        var counts = new Dictionary<T, int>(comparer);
        var n = 0;
        foreach (var x in a)
        {
            counts[x] = counts.GetValueOrDefault(x) + 1;
            n++;
        }
        foreach (var y in b)
        {
            if (!counts.TryGetValue(y, out var c) || c == 0) return false;
            counts[y] = c - 1;
            n--;
        }
        return n == 0;
    }
}
