using nietras.SeparatedValues;
using Vigil.Core.Index;
using Vigil.Core.Screening;
using Vigil.Sources;
using Vigil.Sources.Ofac;
using Vigil.Sources.Un;
using Vigil.Tests.Shared;
using Vigil.Workflows.Screening;

namespace Vigil.Cli.Tests.Screening;

/// <summary>The candidate index never loses an alert: on the whole dev set, indexed search and the exhaustive scan agree.</summary>
public sealed class RecallSafetyTests
{
    private static readonly Lazy<(List<Core.Model.Entity> Entities, Screener Screener)> Lists = new(() =>
    {
        var entities = Parse(OfacParser.Sdn, SharedData.Path("ofac-sdn/2021-07")).Concat(Parse(UnParser.Instance, SharedData.Path("un/consolidated-2026-02.xml"))).ToList();
        return (entities, new Screener(ScreeningIndex.Build(entities)));
    });

    [Fact]
    public void Given_the_dev_set_When_searched_through_the_index_and_exhaustively_Then_the_same_alerts_are_raised()
    {
        var screener = Lists.Value.Screener;
        var queries = DevQueries().ToList();
        Assert.True(queries.Count > 4000, $"only {queries.Count} dev queries read");

        var differences = new System.Collections.Concurrent.ConcurrentBag<string>();
        var alerts = 0;
        Parallel.ForEach(queries, query =>
        {
            var indexed = Alerts(screener.Search(query));
            var exhaustive = Alerts(screener.Search(query, new SearchOptions(Exhaustive: true)));
            if (indexed.Length > 0) Interlocked.Increment(ref alerts);
            if (indexed != exhaustive) differences.Add($"{query.Name}: indexed [{indexed}] exhaustive [{exhaustive}]");
        });

        Assert.True(alerts > 1000, $"only {alerts} queries alerted: the check would prove little");
        Assert.Empty(differences);
    }

    /// <summary>Names cut at a payment field's 35 characters are read with their last word as the start of a longer one
    /// and the listed words after it cut off (docs/scoring.md, "Names cut at a field's end"): the index must raise what
    /// the exhaustive scan raises for them too, and most must find their own entry (0.887 when the rule was written,
    /// 0.745 before it).</summary>
    [Fact]
    public void Given_sdn_organisation_names_cut_at_35_characters_When_searched_Then_the_index_agrees_and_most_find_their_entry()
    {
        var (entities, screener) = Lists.Value;
        var cut = entities.Where(e => e.Source == "ofac-sdn" && e.Kind != Core.Model.EntityKind.Person && e.Names[0].Full.Length > 35)
            .Select(e => (e.SourceId, Query: new ScreeningQuery(e.Names[0].Full[..35], e.Kind))).ToList();
        Assert.True(cut.Count > 700, $"only {cut.Count} long SDN names");

        var differences = new System.Collections.Concurrent.ConcurrentBag<string>();
        var found = 0;
        Parallel.ForEach(cut, c =>
        {
            var hits = screener.Search(c.Query);
            var exhaustive = Alerts(screener.Search(c.Query, new SearchOptions(Exhaustive: true)));
            if (hits.Any(h => h.Entity.Source == "ofac-sdn" && h.Entity.SourceId == c.SourceId)) Interlocked.Increment(ref found);
            if (Alerts(hits) != exhaustive) differences.Add($"{c.Query.Name}: indexed [{Alerts(hits)}] exhaustive [{exhaustive}]");
        });

        Assert.Empty(differences);
        Assert.True(found >= 0.85 * cut.Count, $"{found} of {cut.Count} cut names find their entry");
    }

    private static string Alerts(IReadOnlyList<ScreeningHit> hits) => string.Join(",", hits.Select(h => $"{h.Ref}={h.Score:0.000000}"));

    private static IEnumerable<Core.Model.Entity> Parse(IListParser parser, string path)
    {
        // The same file reading `vigil lists load` does: the parser's published file names, or the one file given.
        return parser.Parse(Vigil.Workflows.ListFiles.Read(parser, path).ToInput()).Entities;
    }

    private static IEnumerable<ScreeningQuery> DevQueries()
    {
        var path = SharedData.Eval("dev/queries.csv");
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        foreach (var row in reader)
        {
            var fields = new QueryFields(row["name"].ToString(), row["type"].ToString(), row["birth_date"].ToString(), row["country"].ToString(), row["id_number"].ToString());
            if (fields.TryCreate(out var query, out _)) yield return query;
        }
    }
}
