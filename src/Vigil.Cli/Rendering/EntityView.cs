using Spectre.Console;
using Spectre.Console.Rendering;
using Vigil.Core.Lists;
using Vigil.Core.Model;
using Vigil.Core.Text;
using Vigil.Workflows.Parties;

namespace Vigil.Cli.Rendering;

/// <summary>Everything a list says about one entry as labelled lines, one value per line; empty fields are left out.</summary>
/// <remarks>Plain rows rather than a grid: a grid pads every line to its widest value, which a long remark makes ~1,000 columns.</remarks>
internal static class EntityView
{
    private const int LabelWidth = 16;

    public static IRenderable Render(Entity entity, ListVersion version, PartyLookup? party = null)
    {
        var grid = new List<IRenderable>();

        Row(grid, "Entry", [$"{entity.Ref}  {entity.Name}"]);
        Row(grid, "Kind", [Format.Kind(entity.Kind)]);
        Row(grid, "Names", entity.Names.Select(Name));
        Row(grid, "Born", entity.BirthDates.Select(b => b.ToString()));
        Row(grid, "Place of birth", entity.PlacesOfBirth);
        Row(grid, "Nationality", entity.Nationalities.Select(Country));
        Row(grid, "Citizenship", entity.Citizenships.Select(Country));
        Row(grid, "Gender", entity.Gender is null ? [] : [entity.Gender]);
        Row(grid, "Identifiers", entity.Identifiers.Select(Identifier));
        Row(grid, "Addresses", entity.Addresses.Select(a => a.ToString() + (a.Note is null ? "" : $" ({a.Note})")));
        Row(grid, "Programs", entity.Programs);
        Row(grid, "Titles", entity.Titles);
        Row(grid, "Listed on", entity.ListedOn is { } listed ? [Format.Date(listed)] : []);
        Row(grid, "Amended on", entity.AmendedOn is { } amended ? [Format.Date(amended)] : []);
        Row(grid, "UN reference", entity.UnReference is null ? [] : [entity.UnReference]);
        Row(grid, "Links", entity.Links.Select(l => $"{l.Relation}: {l.TargetName}" + (l.TargetSourceId is null ? "" : $" ({entity.Source}:{l.TargetSourceId})")));
        Row(grid, "Vessel", entity.Vessel is { } v ? [Vessel(v)] : []);
        Row(grid, "Aircraft", entity.Aircraft is { } a ? [Aircraft(a)] : []);
        Row(grid, "Remarks", entity.Remarks is null ? [] : [entity.Remarks]);
        Row(grid, "Other", entity.OtherInfo);
        Row(grid, "List version",
        [
            $"{version.Source} version {(version.Number > 0 ? version.Number : version.Id)}{(version.IsActive ? " (active)" : "")}, " +
            (version.PublishedOn is { } published ? $"published {Format.Date(published)}, " : "") +
            $"loaded {Format.Instant(version.LoadedAt)}, sha256 {Format.ShortHash(version.ContentHash)}",
        ]);
        if (party is not null)
        {
            Row(grid, "Party", [party.Members.Count == 1 ? $"{party.Party.Id} (listed on {entity.Source} only)" : $"{party.Party.Id}: {party.Members.Count} listings"]);
            if (party.Members.Count > 1)
            {
                Row(grid, "Listings", party.Members.Select(m => $"{m.Ref}  {m.Name}" + (m.Programs.Count == 0 ? "" : $" ({string.Join(", ", m.Programs)})")));
                Row(grid, "Party links", party.Party.Links.Select(l => l.ToString()));
            }
        }
        return new Rows(grid);
    }

    private static void Row(List<IRenderable> rows, string label, IEnumerable<string> values)
    {
        var first = true;
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            rows.Add(new Text((first ? label : "").PadRight(LabelWidth) + value));
            first = false;
        }
    }

    private static string Name(EntityName name)
    {
        var role = name.Role switch
        {
            NameRole.Primary => "primary",
            NameRole.Alias => "a.k.a.",
            NameRole.WeakAlias => "weak a.k.a.",
            NameRole.Former => "f.k.a.",
            NameRole.NowKnownAs => "n.k.a.",
            NameRole.OriginalScript => "original script",
            _ => name.Role.ToString(),
        };
        return $"{name.Full}  [{role}]" + (name.Note is null ? "" : $" {name.Note}");
    }

    private static string Country(string code) => $"{code} ({Countries.NameOf(code)})";

    private static string Identifier(Identifier id) =>
        $"{id.Label ?? id.Kind.ToString()}: {id.Number}"
        + (id.Country is null ? "" : $" ({id.Country})")
        + (id.Note is null ? "" : $"; {id.Note}");

    private static string Vessel(VesselInfo v) => Join(
        ("call sign", v.CallSign), ("type", v.Type), ("tonnage", v.Tonnage), ("GRT", v.GrossRegisteredTonnage),
        ("flag", v.Flag), ("owner", v.Owner), ("built", v.BuildYear));

    private static string Aircraft(AircraftInfo a) => Join(
        ("model", a.Model), ("manufacturer", a.Manufacturer), ("manufactured", a.ManufactureDate),
        ("operator", a.Operator), ("serial", a.SerialNumber), ("tail", a.TailNumber));

    private static string Join(params (string Label, string? Value)[] parts) =>
        string.Join("; ", parts.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Label} {p.Value}"));
}
