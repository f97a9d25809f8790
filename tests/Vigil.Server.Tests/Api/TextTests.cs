using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vigil.Server.Tests.Support;
using Vigil.Tests.Shared;

namespace Vigil.Server.Tests.Api;

/// <summary><c>POST /api/v1/screen/text</c> over SDN 2021-07 and UN: the CLI's mention shape, the CEIEC article, payment messages.</summary>
[Collection(LoadedHomeCollection.Name)]
public sealed class TextTests(LoadedHome home)
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "text", name));

    private async Task<JsonElement> Screen(object body)
    {
        using var client = home.Factory.Client(home.Key);
        var response = await client.PostAsJsonAsync("/api/v1/screen/text", body);
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    private async Task<JsonElement> Refused(string json, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        using var client = home.Factory.Client(home.Key);
        return await Problem.ReadAsync(
            await client.PostAsync("/api/v1/screen/text", new StringContent(json, Encoding.UTF8, "application/json")), status);
    }

    [Fact]
    public async Task The_ceiec_article_mentions_ceiec_by_both_names_and_maduro_with_true_utf16_offsets_and_nothing_else()
    {
        var text = File.ReadAllText(SharedData.Path("text/ceiec-designation-news.txt"));

        var body = await Screen(new { text });

        Assert.Equal("text", body.GetProperty("format").GetString());
        var mentions = body.GetProperty("mentions").EnumerateArray().ToList();
        foreach (var m in mentions)
        {
            // The shape of a `vigil text` line: the contract's fields, then the profile that scored the mention; refers_to
            // only on a mention that refers back to an earlier one ("the Maduro regime" after "Nicolás Maduro").
            var fields = m.EnumerateObject().Select(p => p.Name).ToList();
            Assert.Equal(["start", "end", "text", "source", "source_id", "name", "score", "profile", "list_version", "list_version_id"], fields.Take(10));
            Assert.True(fields.Count == 10 || fields.Skip(10).SequenceEqual(["refers_to"]), string.Join(",", fields));
            Assert.Equal(text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()], m.GetProperty("text").GetString());
        }
        var found = mentions.Select(m => (m.GetProperty("text").GetString()!, m.GetProperty("source_id").GetString()!)).ToList();
        Assert.Contains(("Corporación China de Importaciones y Exportaciones Electrónicas", "30502"), found);
        Assert.Contains(("CEIEC", "30502"), found);
        Assert.Contains(found, f => f.Item2 == "22790");
        Assert.All(found, f => Assert.Contains(f.Item2, (string[])["30502", "22790"]));
        var starts = mentions.Select(m => m.GetProperty("start").GetInt32()).ToList();
        Assert.Equal(starts.Order(), starts);
    }

    [Fact]
    public async Task Explain_adds_the_rule_and_the_aligned_words_of_each_mention()
    {
        var body = await Screen(new { text = "Officials met CEIEC and Nicolás Maduro Moros in Caracas.", explain = true, min_score = 0.8 });

        var mentions = body.GetProperty("mentions").EnumerateArray().ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m =>
        {
            Assert.True(m.TryGetProperty("rule", out _), m.ToString());
            Assert.True(m.GetProperty("explanation").GetProperty("words").GetArrayLength() > 0, m.ToString());
        });
    }

    [Fact]
    public async Task An_mt103_whose_beneficiary_is_listed_under_a_misspelt_name_has_a_hit_on_field_59()
    {
        var message = Fixture("mt103-listed-beneficiary.txt");

        var body = await Screen(new { text = message, format = "auto" });

        Assert.Equal("mt103", body.GetProperty("format").GetString());
        var hit = Assert.Single(body.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("field").GetString() == "59");
        Assert.Equal("30502", hit.GetProperty("source_id").GetString());
        Assert.Equal(message[hit.GetProperty("start").GetInt32()..hit.GetProperty("end").GetInt32()], hit.GetProperty("text").GetString());
    }

    [Fact]
    public async Task An_mt103_whose_beneficiary_name_is_cut_at_35_characters_has_a_hit_on_the_first_line()
    {
        // DISTRIBUIDORA IMPERIAL DE BAJA CALIFORNIA, S.A. DE C.V. (SDN 7156) cut to the field's 35 characters, its
        // address on the next line: read wrapped, the name would run on into the street.
        const string message = ":20:REF-CUT\n:23B:CRED\n:32A:260115USD9000,00\n:50K:/DE89370400440532013000\nACME MACHINERY GMBH\nBERLIN GERMANY\n"
            + ":59:/MX1234567890\nDISTRIBUIDORA IMPERIAL DE BAJA CALI\nAVENIDA REFORMA 100\nTIJUANA MEXICO\n:71A:SHA\n";

        var body = await Screen(new { text = message, format = "mt103" });

        var hit = Assert.Single(body.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("field").GetString() == "59");
        Assert.Equal("7156", hit.GetProperty("source_id").GetString());
        Assert.Equal("DISTRIBUIDORA IMPERIAL DE BAJA CALI", hit.GetProperty("text").GetString());
        Assert.Equal(message[hit.GetProperty("start").GetInt32()..hit.GetProperty("end").GetInt32()], hit.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_pacs008_whose_creditor_is_listed_has_a_hit_on_cdtr()
    {
        var body = await Screen(new { text = Fixture("pacs008-listed-beneficiary.xml"), format = "pacs008" });

        Assert.Contains(body.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("field").GetString() == "Cdtr");
    }

    [Fact]
    public async Task The_same_mt103_with_an_unlisted_beneficiary_has_no_hit()
    {
        var body = await Screen(new { text = Fixture("mt103-clean-beneficiary.txt"), format = "mt103" });

        Assert.Equal(0, body.GetProperty("mentions").GetArrayLength());
    }

    [Theory]
    [InlineData(":20:REF\n:50K:ACME GMBH\n", "mt103", "field 59 (beneficiary customer) is missing")]
    [InlineData("garbage first\n:20:REF\n:50K:A\n:59:B\n", "mt103", "line 1")]
    [InlineData("<Document><FIToFICstmrCdtTrf><CdtTrfTxInf><Cdtr><Nm>X</Nm></Cdtr>\n</FIToFICstmrCdtTrf></Document>", "pacs008", "line 2")]
    public async Task A_malformed_message_gets_400_naming_the_field_or_line(string message, string format, string expected)
    {
        var problem = await Refused(JsonSerializer.Serialize(new { text = message, format }));

        Assert.StartsWith("text: ", Problem.Detail(problem));
        Assert.Contains(expected, Problem.Detail(problem));
    }

    [Theory]
    [InlineData("{\"text\":\"\"}", "text: empty")]
    [InlineData("{\"text\":\"CEIEC\",\"format\":\"mt202\"}", "format: 'mt202'")]
    [InlineData("{\"text\":\"CEIEC\",\"min_score\":1.5}", "min_score: ")]
    [InlineData("{\"text\":\"CEIEC\",\"min_score\":\"high\"}", "$.min_score: has the wrong JSON type")]
    [InlineData("[\"CEIEC\"]", "body: must be a JSON object")]
    [InlineData("{\"text\":\"CEIEC\"", "body: not valid JSON")]
    public async Task A_bad_request_gets_400_naming_the_field(string json, string expected)
    {
        Assert.StartsWith(expected, Problem.Detail(await Refused(json)));
    }

    [Fact]
    public async Task Without_a_key_the_text_endpoint_is_401()
    {
        using var client = home.Factory.Client(null);
        await Problem.ReadAsync(await client.PostAsJsonAsync("/api/v1/screen/text", new { text = "CEIEC" }), HttpStatusCode.Unauthorized);
    }
}
