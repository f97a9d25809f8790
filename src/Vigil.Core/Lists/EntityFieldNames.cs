namespace Vigil.Core.Lists;

/// <summary>The snake_case names under which changed fields are shown and written as JSON (<c>birth_dates</c>).</summary>
public static class EntityFieldNames
{
    private static readonly (EntityFields Field, string Name)[] Table =
    [
        (EntityFields.Kind, "kind"),
        (EntityFields.Name, "name"),
        (EntityFields.Aliases, "aliases"),
        (EntityFields.Programs, "programs"),
        (EntityFields.Identifiers, "identifiers"),
        (EntityFields.Addresses, "addresses"),
        (EntityFields.BirthDates, "birth_dates"),
        (EntityFields.PlacesOfBirth, "places_of_birth"),
        (EntityFields.Nationalities, "nationalities"),
        (EntityFields.Citizenships, "citizenships"),
        (EntityFields.Gender, "gender"),
        (EntityFields.Titles, "titles"),
        (EntityFields.ListedOn, "listed_on"),
        (EntityFields.Remarks, "remarks"),
        (EntityFields.Links, "links"),
        (EntityFields.Vessel, "vessel"),
        (EntityFields.Aircraft, "aircraft"),
        (EntityFields.OtherInfo, "other_info"),
        (EntityFields.AmendedOn, "amended_on"),
        (EntityFields.UnReference, "un_reference"),
    ];

    /// <summary>The names of the fields set in <paramref name="fields"/>, in a fixed order.</summary>
    public static IReadOnlyList<string> Of(EntityFields fields)
    {
        var names = new List<string>();
        foreach (var (field, name) in Table)
            if ((fields & field) != 0) names.Add(name);
        return names;
    }
}
