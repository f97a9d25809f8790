using System.Globalization;
using Spectre.Console;
using Vigil.Core.Screening;

namespace Vigil.Cli.Rendering;

/// <summary>Search hits for a person at a terminal: a ranked table, and with explanations the aligned words and features.</summary>
internal static class HitsTable
{
    /// <remarks>One row per party: the listings of one party (the hits sharing <see cref="ScreeningHit.Party"/>) share a
    /// row, its score the best of them, naming every listing (those brought in by the party with the listing they came
    /// through). The JSON keeps one match per listing.</remarks>
    public static void Render(IAnsiConsole console, ScreeningQuery query, IReadOnlyList<ScreeningHit> hits, bool explain)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(query.Name)}[/]");
        table.AddColumn("#");
        table.AddColumn("score");
        table.AddColumn("entries");
        table.AddColumn("matched name");
        table.AddColumn("kind");
        table.AddColumn("programs");
        table.AddColumn("party");
        var rank = 0;
        foreach (var party in ByParty(hits))
        {
            var best = party[0];
            table.AddRow(
                (++rank).ToString(CultureInfo.InvariantCulture),
                best.Score.ToString("0.000", CultureInfo.InvariantCulture),
                Markup.Escape(string.Join("\n", party.Select(h => h.Ref + (h.Via is { } via ? $"  (via {via}: {h.ViaReason})" : "")))),
                Markup.Escape(best.MatchedName + (best.MatchedName == best.Entity.Name ? "" : $"  (alias of {best.Entity.Name})")),
                best.Entity.Kind.ToString().ToLowerInvariant(),
                Markup.Escape(string.Join(", ", party.SelectMany(h => h.Entity.Programs).Distinct(StringComparer.Ordinal))),
                Markup.Escape(party.Count > 1 ? best.Party ?? "" : ""));
        }
        console.Write(table);
        if (!explain) return;
        foreach (var hit in hits)
        {
            if (hit.Explanation is not { } e) continue;
            if (hit.Via is { } through)
            {
                console.MarkupLine($"[bold]{Markup.Escape(hit.Ref.ToString())}[/] same party as {Markup.Escape(through.ToString())} ({Markup.Escape(hit.ViaReason ?? "")}) → {hit.Score.ToString("0.000", CultureInfo.InvariantCulture)}");
                continue;
            }
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

    /// <summary>The hits grouped by party, in the order of each party's best hit (hits are ranked already).</summary>
    internal static List<List<ScreeningHit>> ByParty(IReadOnlyList<ScreeningHit> hits)
    {
        var groups = new List<List<ScreeningHit>>();
        var byId = new Dictionary<string, List<ScreeningHit>>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            if (hit.Party is { } id && byId.TryGetValue(id, out var group)) { group.Add(hit); continue; }
            group = [hit];
            groups.Add(group);
            if (hit.Party is { } key) byId[key] = group;
        }
        return groups;
    }
}
