using System.Text.Json;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Tests.Shared;
using Vigil.Workflows;
using Vigil.Workflows.Audit;

namespace Vigil.Cli.Tests.Workflows;

/// <summary>The screening recorder's settings and modes: deferred records wait for a flush, the input is kept only when
/// asked, and the settings in vigil.json are checked naming the field.</summary>
public sealed class ScreeningRecorderTests : IDisposable
{
    private readonly TempDirectory _home = new();

    public void Dispose() => _home.Dispose();

    private static ScreenedItem Item(string reference) =>
        new(reference, ScreeningRecorder.Canonical(new ScreeningQuery("Nicolas Maduro Moros", EntityKind.Person, PartialDate.Parse("1962-11-23"), "VE")), 2, 1);

    [Fact]
    public void A_deferred_record_is_written_only_by_a_flush_and_an_export_flushes_first()
    {
        var recorder = new ScreeningRecorder(new VigilHome(_home.Path), TimeProvider.System, deferred: true);
        var reader = new ScreeningRecorder(new VigilHome(_home.Path), TimeProvider.System);

        Assert.Equal(2, recorder.Record("key-a", "api.screen", [], "default@1", [Item("r1"), Item("r2")]));
        Assert.Equal(2, recorder.Queued);
        Assert.Empty(reader.Lines(null, null));

        Assert.Equal(2, recorder.Flush());
        Assert.Equal(0, recorder.Flush());
        Assert.Equal(2, reader.Lines(null, null).Count());
        recorder.Record("key-a", "api.search", [], "default@1", [Item("r3")]);
        Assert.Equal(3, recorder.Lines(null, null).Count());
        Assert.Equal(0, recorder.Queued);
    }

    [Fact]
    public void The_input_is_kept_only_with_store_screening_input_and_its_canonical_form_is_the_parsed_query()
    {
        File.WriteAllText(Path.Combine(_home.Path, VigilConfig.FileName), """{ "audit": { "store_screening_input": true, "screening_retention_days": 30 } }""");
        var recorder = new ScreeningRecorder(new VigilHome(_home.Path), TimeProvider.System);

        recorder.Record("alice", "cli.search", [], "default@1", [Item("c1")]);

        using var line = JsonDocument.Parse(recorder.Lines(null, null).Single());
        Assert.Equal("""{"name":"Nicolas Maduro Moros","type":"person","birth_date":"1962-11-23","country":"VE"}""", line.RootElement.GetProperty("input").GetString());
        Assert.Equal(30, VigilConfig.Load(new VigilHome(_home.Path)).ScreeningRetentionDays);
        Assert.Equal(0, recorder.Purge()); // nothing is 30 days old
    }

    [Theory]
    [InlineData("""{ "audit": { "screening_retention_days": 0 } }""", "audit.screening_retention_days")]
    [InlineData("""{ "audit": { "screening_retention_days": "a year" } }""", "audit.screening_retention_days")]
    [InlineData("""{ "audit": { "store_screening_input": "yes" } }""", "audit.store_screening_input")]
    [InlineData("""{ "alerts": { "four_eyes": 1 } }""", "alerts.four_eyes")]
    public void A_bad_setting_is_refused_naming_the_field(string json, string field)
    {
        File.WriteAllText(Path.Combine(_home.Path, VigilConfig.FileName), json);
        var error = Assert.Throws<VigilException>(() => VigilConfig.Load(new VigilHome(_home.Path)));
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }
}
