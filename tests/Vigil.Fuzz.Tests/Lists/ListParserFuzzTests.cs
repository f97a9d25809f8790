using Vigil.Fuzz.Tests.Fuzzing;
using Vigil.Fuzz.Tests.Seeds;
using Vigil.Sources;
using Xunit.Abstractions;

namespace Vigil.Fuzz.Tests.Lists;

/// <summary>Every parser in <see cref="ListSources.Names"/> (OFAC SDN and consolidated CSV sets, UN XML, and any list added
/// later), fuzzed from its real files for <c>VIGIL_FUZZ_SECONDS</c>.</summary>
public sealed class ListParserFuzzTests(ITestOutputHelper output)
{
    public static TheoryData<string> Sources() => [.. ListSources.Names];

    [Theory]
    [MemberData(nameof(Sources))]
    public void A_mutated_list_is_read_or_refused_with_a_ListFormatException_naming_file_and_line(string source)
    {
        var parser = ListSources.ParserFor(source)!;
        var corpus = ListSeeds.For(source);
        Assert.True(corpus.Count > 0,
            $"no seed files for {source}: put a version under shared/data/{source} or tests/Vigil.Sources.Tests/Fixtures/{source} named as {string.Join(", ", parser.FileNames)}");

        var report = FuzzRunner.Run(new FuzzTarget("list:" + source, corpus, input => ListCheck.Run(parser, input)), FuzzSettings.FromEnvironment(), output);

        Assert.True(report.Failures == 0, report.Details());
        Assert.True(report.Inputs > 0);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_seed_of_the_corpus_parses_without_error(string source)
    {
        var parser = ListSources.ParserFor(source)!;
        foreach (var seed in ListSeeds.For(source).Where(e => !e.Origin.Contains("Fixtures", StringComparison.Ordinal)))
        {
            var files = seed.Names.Select((n, i) => new ListFile(n, new MemoryStream(seed.Files[i]))).ToList();
            var result = parser.Parse(new ListInput(files));
            output.WriteLine($"{seed.Origin}: {result.Entities.Count} entities, {result.Warnings.Count} warnings");
            Assert.NotEmpty(result.Entities);
        }
    }
}
