using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Api;

/// <summary>Issue 13, finding 8, over HTTP: a name disguised with bidi controls or zero-width characters scores as the
/// clean name and its result carries a <c>warning</c>; a NUL or a name without letters gets 400 naming the field.</summary>
[Collection(LoadedHomeCollection.Name)]
public sealed class NameCharacterTests(LoadedHome home)
{
    [Fact]
    public async Task A_batch_record_with_a_right_to_left_override_scores_as_the_clean_name_and_carries_a_warning()
    {
        using var client = home.Factory.Client(home.Key);
        var records = new object[] { new { id = "clean", name = "CEIEC" }, new { id = "disguised", name = "\u202ECEI\u200BEC" } };

        var response = await client.PostAsJsonAsync("/api/v1/screen", records);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("results");
        var (clean, disguised) = (results[0], results[1]);
        Assert.False(clean.TryGetProperty("warning", out _));
        Assert.Equal(clean.GetProperty("matches").GetRawText(), disguised.GetProperty("matches").GetRawText());
        Assert.NotEqual(0, disguised.GetProperty("matches").GetArrayLength());
        Assert.Contains("U+202E right-to-left override", disguised.GetProperty("warning").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_with_a_zero_width_space_carries_a_warning()
    {
        using var client = home.Factory.Client(home.Key);

        var response = await client.GetAsync("/api/v1/search?name=" + Uri.EscapeDataString("CEI\u200BEC"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("CEIEC", result.GetProperty("query").GetString());
        Assert.Contains("U+200B zero-width space", result.GetProperty("warning").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12345", "[0].name: '12345' has no letters")]
    [InlineData("CEI\u0000EC", "[0].name: control character U+0000 at character 4")]
    public async Task A_name_without_letters_or_with_a_nul_gets_400_naming_the_field(string name, string expected)
    {
        using var client = home.Factory.Client(home.Key);

        var response = await client.PostAsJsonAsync("/api/v1/screen", new object[] { new { name } });

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(expected, Problem.Detail(problem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_binary_text_gets_400_on_text()
    {
        using var client = home.Factory.Client(home.Key);

        var response = await client.PostAsJsonAsync("/api/v1/screen/text", new { text = "CEIEC\u0000\u0001\u0002 payment" });

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("binary data, not text", Problem.Detail(problem), StringComparison.Ordinal);
    }
}
