using Vigil.Core.FreeText;
using Vigil.Core.Index;
using Vigil.Core.Screening;
using Vigil.Sources;

namespace Vigil.Fuzz.Tests.Seeds;

/// <summary>A screening index over the first entries of the real SDN and consolidated lists (the seed slices), built once:
/// valid fuzzed queries and payment messages are screened against it, as the CLI and the server would.</summary>
public static class SmallIndex
{
    private static readonly Lazy<Screener> Instance = new(Build);

    public static Screener Screener => Instance.Value;

    private static readonly Lazy<FreeTextScreener> Text = new(() => new FreeTextScreener(Screener));

    public static FreeTextScreener TextScreener => Text.Value;

    private static Screener Build()
    {
        var entities = new List<Core.Model.Entity>();
        foreach (var source in new[] { "ofac-sdn", "ofac-cons" })
        {
            var parser = ListSources.ParserFor(source)!;
            var seed = ListSeeds.For(source).First(e => e.Origin.StartsWith("shared/data", StringComparison.Ordinal));
            entities.AddRange(parser.Parse(new ListInput(seed.Names.Select((n, i) => new ListFile(n, new MemoryStream(seed.Files[i]))))).Entities);
        }
        return new Screener(ScreeningIndex.Build(entities));
    }
}
