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
    [Fact]
    public void Given_the_dev_set_When_searched_through_the_index_and_exhaustively_Then_the_same_alerts_are_raised()
    {
        var entities = Parse(OfacParser.Sdn, SharedData.Path("ofac-sdn/2021-07")).Concat(Parse(UnParser.Instance, SharedData.Path("un/consolidated-2026-02.xml")));
        var screener = new Screener(ScreeningIndex.Build(entities));
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
