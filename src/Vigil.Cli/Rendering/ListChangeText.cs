using Spectre.Console;
using Vigil.Core.Lists;

namespace Vigil.Cli.Rendering;

/// <summary>Writes a list change as plain lines: <c>+</c> added, <c>-</c> removed, <c>~</c> changed with its fields.</summary>
/// <remarks>Plain lines rather than a table so the output greps and diffs well; <c>--json</c> is there for programs.</remarks>
internal static class ListChangeText
{
    /// <summary><c>1,858 added, 261 removed, 842 changed</c></summary>
    public static string Summary(ListChange change) =>
        $"{Format.Number(change.Added.Count)} added, {Format.Number(change.Removed.Count)} removed, {Format.Number(change.Changed.Count)} changed";

    /// <summary>Writes up to <paramref name="limit"/> entries of each part (all when null), saying how many were left out.</summary>
    public static void Write(IAnsiConsole console, ListChange change, int? limit, string indent = "")
    {
        Part(console, change.Added, limit, indent, a => $"+ {a.SourceId,-10} {Format.Kind(a.Kind),-12} {a.Name}");
        Part(console, change.Removed, limit, indent, r => $"- {r.SourceId,-10} {Format.Kind(r.Kind),-12} {r.Name}");
        Part(console, change.Changed, limit, indent, c =>
            $"~ {c.SourceId,-10} {Format.Kind(c.Kind),-12} {c.Name}"
            + (c.Name != c.PreviousName ? $" (was {c.PreviousName})" : "")
            + ": " + string.Join(", ", c.FieldNames));
    }

    private static void Part<T>(IAnsiConsole console, IReadOnlyList<T> items, int? limit, string indent, Func<T, string> line)
    {
        var shown = limit is { } n ? Math.Min(n, items.Count) : items.Count;
        for (var i = 0; i < shown; i++) console.WriteLine(indent + line(items[i]), Style.Plain);
        if (shown < items.Count) console.WriteLine($"{indent}  … and {Format.Number(items.Count - shown)} more", Style.Plain);
    }
}
