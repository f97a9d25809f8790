using System.Globalization;
using Spectre.Console;
using Vigil.Core.Screening;

namespace Vigil.Cli.Rendering;

/// <summary>Search hits for a person at a terminal: a ranked table, and with explanations the aligned words and features.</summary>
internal static class HitsTable
{
    public static void Render(IAnsiConsole console, ScreeningQuery query, IReadOnlyList<ScreeningHit> hits, bool explain)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(query.Name)}[/]");
        table.AddColumn("#");
        table.AddColumn("score");
        table.AddColumn("entry");
        table.AddColumn("matched name");
        table.AddColumn("kind");
        table.AddColumn("programs");
        var rank = 0;
        foreach (var hit in hits)
        {
            table.AddRow(
                (++rank).ToString(CultureInfo.InvariantCulture),
                hit.Score.ToString("0.000", CultureInfo.InvariantCulture),
                Markup.Escape(hit.Ref.ToString()),
                Markup.Escape(hit.MatchedName + (hit.MatchedName == hit.Entity.Name ? "" : $"  (alias of {hit.Entity.Name})")),
                hit.Entity.Kind.ToString().ToLowerInvariant(),
                Markup.Escape(string.Join(", ", hit.Entity.Programs)));
        }
        console.Write(table);
        if (!explain) return;
        foreach (var hit in hits)
        {
            if (hit.Explanation is not { } e) continue;
            console.MarkupLine($"[bold]{Markup.Escape(hit.Ref.ToString())}[/] {Markup.Escape(e.MatchedName)} ({Contracts.Wire.Name(hit.MatchedRole)}) → {hit.Score.ToString("0.000", CultureInfo.InvariantCulture)}");
            var words = new Table().Border(TableBorder.Simple).AddColumn("query").AddColumn("listed").AddColumn("similarity").AddColumn("weight");
            foreach (var w in e.Words)
                words.AddRow(Markup.Escape(w.Query ?? "—"), Markup.Escape(w.Listed ?? "—"),
                    w.Similarity.ToString("0.00", CultureInfo.InvariantCulture), w.Weight.ToString("0.0", CultureInfo.InvariantCulture));
            console.Write(words);
            var features = new Table().Border(TableBorder.Simple).AddColumn("feature").AddColumn("effect").AddColumn("query").AddColumn("listed").AddColumn("detail");
            foreach (var f in e.Features)
                features.AddRow(f.Feature, f.Effect.ToString("+0.000;-0.000;0", CultureInfo.InvariantCulture), Markup.Escape(f.QueryValue ?? ""), Markup.Escape(f.ListedValue ?? ""), f.Detail);
            console.Write(features);
        }
    }
}
