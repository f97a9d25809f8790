using System.Text.Json;
using Vigil.Core.Model;
using Vigil.Store.Tests.Support;

namespace Vigil.Store.Tests;

public sealed class EntityJsonTests
{
    [Fact]
    public void Given_a_fully_populated_entity_When_written_and_read_back_Then_every_field_is_equal()
    {
        var original = Some.FullyPopulated();

        var json = EntityJson.Serialize(original);
        var back = EntityJson.Deserialize(json);

        Assert.Equal(original.Source, back.Source);
        Assert.Equal(original.SourceId, back.SourceId);
        Assert.Equal(original.Kind, back.Kind);
        Assert.Equal(original.Names.Count, back.Names.Count);
        for (var i = 0; i < original.Names.Count; i++)
        {
            Assert.Equal(original.Names[i] with { Parts = null }, back.Names[i] with { Parts = null });
            Assert.Equal(original.Names[i].Parts ?? [], back.Names[i].Parts ?? []);
        }
        Assert.Equal(original.BirthDates, back.BirthDates);
        Assert.Equal(original.PlacesOfBirth, back.PlacesOfBirth);
        Assert.Equal(original.Nationalities, back.Nationalities);
        Assert.Equal(original.Citizenships, back.Citizenships);
        Assert.Equal(original.Gender, back.Gender);
        Assert.Equal(original.Identifiers, back.Identifiers);
        Assert.Equal(original.Addresses, back.Addresses);
        Assert.Equal(original.Programs, back.Programs);
        Assert.Equal(original.Titles, back.Titles);
        Assert.Equal(original.ListedOn, back.ListedOn);
        Assert.Equal(original.Remarks, back.Remarks);
        Assert.Equal(original.Links, back.Links);
        Assert.Equal(original.Vessel, back.Vessel);
        Assert.Equal(original.Aircraft, back.Aircraft);
        Assert.Equal(original.OtherInfo, back.OtherInfo);
        // And the diff logic, which knows every field, sees no difference.
        Assert.Equal(Core.Lists.EntityFields.None, Core.Lists.EntityDiff.Compare(original, back));
    }

    [Fact]
    public void Given_an_entity_read_back_When_written_again_Then_the_bytes_are_identical()
    {
        var first = EntityJson.SerializeToUtf8(Some.FullyPopulated());
        var second = EntityJson.SerializeToUtf8(EntityJson.Deserialize(first));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Given_partial_dates_When_written_Then_each_keeps_its_precision_as_text()
    {
        using var doc = JsonDocument.Parse(EntityJson.Serialize(Some.FullyPopulated()));
        var dates = doc.RootElement.GetProperty("birth_dates");

        Assert.Equal("1962-11-23", dates[0].GetProperty("from").GetString());
        Assert.Equal("1959-01", dates[1].GetProperty("from").GetString());
        Assert.Equal("1958", dates[2].GetProperty("from").GetString());
        Assert.Equal("1960", dates[2].GetProperty("to").GetString());
        Assert.True(dates[3].GetProperty("approximate").GetBoolean());
        Assert.Equal("2020-11-30", doc.RootElement.GetProperty("listed_on").GetString());
    }

    [Fact]
    public void Given_an_entity_When_written_Then_enums_are_strings_nulls_are_omitted_and_computed_properties_are_absent()
    {
        using var doc = JsonDocument.Parse(EntityJson.Serialize(Some.Person("DOE, John", born: "1970")));
        var root = doc.RootElement;

        Assert.Equal("person", root.GetProperty("kind").GetString());
        Assert.Equal("primary", root.GetProperty("names")[0].GetProperty("role").GetString());
        Assert.Contains("\"role\":\"weak_alias\"", EntityJson.Serialize(Some.FullyPopulated()), StringComparison.Ordinal);
        Assert.False(root.TryGetProperty("gender", out _));
        Assert.False(root.TryGetProperty("vessel", out _));
        Assert.False(root.GetProperty("names")[0].TryGetProperty("given", out _));
        Assert.False(root.TryGetProperty("name", out _));
        Assert.False(root.TryGetProperty("ref", out _));
        Assert.False(root.GetProperty("birth_dates")[0].TryGetProperty("years", out _));
    }

    [Fact]
    public void Given_an_identifier_When_written_Then_its_canonical_form_is_not_stored_but_still_computed()
    {
        var entity = Some.Person("X") with { Identifiers = [new Identifier(IdentifierKind.NationalId, "660000 73767", "BE")] };

        var json = EntityJson.Serialize(entity);
        var back = EntityJson.Deserialize(json);

        Assert.DoesNotContain("canonical", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"national_id\"", json, StringComparison.Ordinal);
        Assert.Equal("66000073767", back.Identifiers[0].Canonical);
    }

    [Fact]
    public void Given_a_bad_partial_date_in_stored_json_When_read_Then_the_error_names_the_value()
    {
        var json = EntityJson.Serialize(Some.Person("X", born: "1970")).Replace("\"1970\"", "\"1970-13\"", StringComparison.Ordinal);

        var error = Assert.Throws<JsonException>(() => EntityJson.Deserialize(json));

        Assert.Contains("1970-13", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_names_with_ampersands_and_other_scripts_When_written_Then_they_stay_readable_in_the_json()
    {
        var json = EntityJson.Serialize(Some.FullyPopulated());

        Assert.Contains("IMPORT & EXPORT", json, StringComparison.Ordinal);
        Assert.Contains("中国电子进出口有限公司", json, StringComparison.Ordinal);
    }
}
