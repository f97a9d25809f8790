using Spectre.Console;
using Spectre.Console.Rendering;
using Vigil.Core.Lists;

namespace Vigil.Cli.Rendering;

/// <summary>A table of list versions: one row each with id, dates, counts per kind, warnings and hash.</summary>
internal static class ListVersionsTable
{
    public static IRenderable Render(IReadOnlyList<ListVersion> versions, bool showActiveColumn)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Source");
        table.AddColumn(new TableColumn("Version").RightAligned());
        if (showActiveColumn) table.AddColumn("Active");
        table.AddColumn("Published");
        table.AddColumn("Loaded (UTC)");
        table.AddColumn(new TableColumn("Entries").RightAligned());
        table.AddColumn(new TableColumn("Persons").RightAligned());
        table.AddColumn(new TableColumn("Organizations").RightAligned());
        table.AddColumn(new TableColumn("Vessels").RightAligned());
        table.AddColumn(new TableColumn("Aircraft").RightAligned());
        table.AddColumn(new TableColumn("Warnings").RightAligned());
        table.AddColumn("SHA-256");

        foreach (var v in versions)
        {
            // The number within the source (un 1, 2, ...); the id stays internal, the key alerts and jobs refer to.
            var cells = new List<string> { v.Source, v.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            if (showActiveColumn) cells.Add(v.IsActive ? "yes" : v.Status switch { VersionStatus.Pending => "pending", VersionStatus.Dropped => "dropped", _ => "" });
            cells.AddRange(
            [
                Format.Date(v.PublishedOn),
                Format.Instant(v.LoadedAt),
                Format.Number(v.Counts.Total),
                Format.Number(v.Counts.Persons),
                Format.Number(v.Counts.Organizations),
                Format.Number(v.Counts.Vessels),
                Format.Number(v.Counts.Aircraft),
                Format.Number(v.WarningCount),
                Format.ShortHash(v.ContentHash),
            ]);
            table.AddRow(cells.Select(c => new Text(c)).ToArray<IRenderable>());
        }
        return table;
    }
}
