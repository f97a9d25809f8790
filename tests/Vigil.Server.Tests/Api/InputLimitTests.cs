using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Api;

/// <summary>Issue 13, finding 3: one request cannot hog the server. Names and texts over the documented limits get 400
/// naming the field; words no listed word resembles are cheap; a request over its budget is stopped and answered 503.</summary>
[Collection(LoadedHomeCollection.Name)]
public sealed class InputLimitTests(LoadedHome home)
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Words(int count, int length) =>
        string.Join(' ', Enumerable.Range(0, count).Select(i => new string((char)('a' + i % 26), length - 1) + "x"));

    [Fact]
    public async Task A_megabyte_name_in_a_batch_gets_400_naming_the_record_and_field_not_500()
    {
        using var client = home.Factory.Client(home.Key);
        var records = new object[] { new { name = "CEIEC" }, new { name = new string('A', 1 << 20) } };

        var response = await client.PostAsJsonAsync("/api/v1/screen", records);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("[1].name: 1,048,576 characters; at most 500", Problem.Detail(problem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_of_ten_words_of_3000_characters_is_refused_at_once()
    {
        using var client = home.Factory.Client(home.Key);
        var watch = Stopwatch.StartNew();

        var response = await client.PostAsJsonAsync("/api/v1/screen", new object[] { new { name = Words(10, 3000) } });

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("[0].name: 30,009 characters; at most 500", Problem.Detail(problem), StringComparison.Ordinal);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData(6900, 1, "name: 6,900 characters; at most 500")]
    [InlineData(101, 2, "name: a word of 101 characters; at most 100")]
    [InlineData(3, 40, "name: 40 words; at most 32")]
    public async Task A_search_over_a_name_limit_gets_400_naming_the_limit(int wordLength, int words, string expected)
    {
        using var client = home.Factory.Client(home.Key);

        var response = await client.GetAsync("/api/v1/search?name=" + Uri.EscapeDataString(Words(words, wordLength)));

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(expected, Problem.Detail(problem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_at_the_limits_is_screened_quickly()
    {
        using var client = home.Factory.Client(home.Key);
        var name = "Nicolas Maduro " + Words(4, 100);
        var watch = Stopwatch.StartNew();

        var response = await client.GetAsync("/api/v1/search?min_score=0&name=" + Uri.EscapeDataString(name));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_text_over_a_million_characters_gets_400_naming_the_text()
    {
        using var client = home.Factory.Client(home.Key);

        var response = await client.PostAsJsonAsync("/api/v1/screen/text", new { text = new string('a', 1 << 20) });

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("text: 1,048,576 characters; at most 1,000,000", Problem.Detail(problem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_with_3000_character_words_is_screened_quickly_and_still_finds_its_mention()
    {
        using var client = home.Factory.Client(home.Key);
        // Letters cycling through the alphabet: no doubles, whose neighbourhoods are small.
        var giant = "Q" + new string([.. Enumerable.Range(1, 2999).Select(i => (char)('a' + i * 7 % 26))]);
        var text = $"{giant} {giant} met Nicolas Maduro Moros in Caracas. {giant} {giant} {giant}.";
        var watch = Stopwatch.StartNew();

        var response = await client.PostAsJsonAsync("/api/v1/screen/text", new { text });

        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        var mentions = JsonDocument.Parse(json).RootElement.GetProperty("mentions");
        Assert.Contains(mentions.EnumerateArray(), m => m.GetProperty("source_id").GetString() == "22790");
    }
}
