using Vigil.Cli.Tests.Support;
using Vigil.Core.Model;
using Vigil.Sources;
using Vigil.Tests.Shared;
using Vigil.Workflows;

namespace Vigil.Cli.Tests.Workflows;

/// <summary>LoadList in process, with a scripted parser for the failures real files do not produce.</summary>
public sealed class LoadListTests : IDisposable
{
    private readonly TempDirectory _home = new();
    private readonly TempDirectory _list = new();

    public LoadListTests()
    {
        File.WriteAllText(_list.File("main.txt"), "version 1");
        File.WriteAllText(_list.File("extra.txt"), "x");
    }

    public void Dispose()
    {
        _home.Dispose();
        _list.Dispose();
    }

    private VigilHome Home => new(_home.Path);

    private LoadReportOrError Load(ScriptedParser parser)
    {
        try
        {
            return new(new LoadList(Home, TimeProvider.System, _ => parser).Run("ofac-sdn", _list.Path), null);
        }
        catch (VigilException ex)
        {
            return new(null, ex);
        }
    }

    private sealed record LoadReportOrError(Core.Lists.LoadReport? Report, VigilException? Error);

    private static Entity Person(string id, string name) => new()
    {
        Source = "ofac-sdn", SourceId = id, Kind = EntityKind.Person, Names = [new EntityName(name)],
    };

    [Fact]
    public void Given_a_parser_error_When_loading_Then_the_message_names_the_file_on_disk_and_the_place()
    {
        var error = Load(new ScriptedParser(_ => throw new ListFormatException("extra.txt", "line 3", "11 columns, expected 12"))).Error;

        Assert.NotNull(error);
        Assert.Equal($"{_list.File("extra.txt")}: line 3: 11 columns, expected 12", error.Message);
    }

    [Fact]
    public void Given_files_that_parse_to_no_entries_When_loading_Then_it_is_refused_and_the_old_version_stays()
    {
        Assert.Null(Load(new ScriptedParser(_ => [Person("1", "DOE, John")])).Error);
        File.WriteAllText(_list.File("main.txt"), "");

        var error = Load(new ScriptedParser(_ => [])).Error;

        Assert.NotNull(error);
        Assert.Contains("no ofac-sdn entries found", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, Assert.Single(new ListCatalog(Home).Active()).Counts.Total);
    }

    [Fact]
    public void Given_a_list_that_repeats_an_id_When_loading_Then_it_is_refused_naming_the_id_and_the_old_version_stays()
    {
        var first = Load(new ScriptedParser(_ => [Person("1", "DOE, John")])).Report!;
        File.WriteAllText(_list.File("main.txt"), "version 2");

        var error = Load(new ScriptedParser(_ => [Person("7", "A"), Person("7", "B")])).Error;

        Assert.NotNull(error);
        Assert.Contains("source id 7 occurs twice", error.Message, StringComparison.Ordinal);
        Assert.Equal(first.Version.Id, Assert.Single(new ListCatalog(Home).Active()).Id);
    }

    [Fact]
    public void Given_the_same_bytes_When_loaded_twice_Then_the_second_is_unchanged_but_any_changed_byte_makes_a_new_version()
    {
        var parser = new ScriptedParser(_ => [Person("1", "DOE, John")]);

        var first = Load(parser).Report!;
        var same = Load(parser).Report!;
        File.AppendAllText(_list.File("extra.txt"), " ");
        var touched = Load(parser).Report!;

        Assert.False(first.Unchanged);
        Assert.True(same.Unchanged);
        Assert.False(touched.Unchanged);
        Assert.NotEqual(first.Version.ContentHash, touched.Version.ContentHash);
        Assert.True(touched.Change.IsEmpty);
    }

    [Fact]
    public void Given_a_directory_When_loading_Then_the_parser_gets_the_files_under_their_published_names_in_order()
    {
        IReadOnlyList<string>? seen = null;

        Load(new ScriptedParser(input => { seen = input.Files.Select(f => f.Name).ToList(); return [Person("1", "A")]; }));

        Assert.Equal(["main.txt", "extra.txt"], seen);
    }

    /// <summary>A parser for <c>main.txt</c> + <c>extra.txt</c> whose result the test scripts.</summary>
    private sealed class ScriptedParser(Func<ListInput, IReadOnlyList<Entity>> parse) : IListParser
    {
        public string Source => "ofac-sdn";
        public IReadOnlyList<string> FileNames { get; } = ["main.txt", "extra.txt"];
        public ListParseResult Parse(ListInput input) => new(parse(input), []);
    }
}
