using System.Text.Json;
using Vigil.Contracts;
using Vigil.Core.Model;

namespace Vigil.Cli.Tests.Contracts;

/// <summary>The one spelling and the one rounding of the wire, and stored explanations read back in today's shape.</summary>
public sealed class WireTests
{
    [Theory]
    [InlineData(NameRole.WeakAlias, "weak_alias")]
    [InlineData(NameRole.NowKnownAs, "now_known_as")]
    [InlineData(NameRole.OriginalScript, "original_script")]
    [InlineData(NameRole.Primary, "primary")]
    public void Enum_values_are_written_in_snake_case(NameRole role, string expected) => Assert.Equal(expected, Wire.Name(role));

    [Theory]
    [InlineData("false_positive")]
    [InlineData("false-positive")]
    [InlineData("FalsePositive")]
    public void A_state_in_any_spelling_is_written_false_positive(string state) => Assert.Equal("false_positive", Wire.Name(state));

    [Fact]
    public void Scores_keep_four_decimals_with_halves_rounded_away_from_zero()
    {
        Assert.Equal(0.1235, Wire.Round(0.12345));
        Assert.Equal(1.0, Wire.Round(0.99996));
    }

    [Fact]
    public void An_explanation_stored_before_the_contract_reads_back_with_its_role_in_snake_case_and_unpaired_words_as_null()
    {
        const string stored = """
            {"matched_name":"BNC","name_role":"WeakAlias","words":[{"query":"bnc","listed":"bnc","similarity":1,"weight":5.1},
             {"query":null,"listed":"cuba","similarity":0,"weight":2}],"features":[{"feature":"name","effect":0.93,"detail":"name similarity"}]}
            """;

        var explanation = AlertResult.StoredExplanation(stored)!;

        Assert.Equal("weak_alias", explanation.NameRole);
        var written = JsonDocument.Parse(JsonSerializer.Serialize(explanation, VigilJson.Compact.HitExplanation)).RootElement;
        Assert.Equal(JsonValueKind.Null, written.GetProperty("words")[1].GetProperty("query").ValueKind);
        Assert.False(written.GetProperty("features")[0].TryGetProperty("listed", out _));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("")]
    public void An_alert_stored_without_an_explanation_has_none(string stored) => Assert.Null(AlertResult.StoredExplanation(stored));

    [Fact]
    public void A_webhook_body_for_a_raised_alert_says_reason_null_and_rounds_its_score()
    {
        var body = VigilJson.Event(new AlertEvent("alert.raised", 7, "c1", "ofac-sdn", "30502", Wire.Round(0.912345), "CEIEC", 3, "vigil 1", "default@1", null,
            DateTimeOffset.UnixEpoch));

        var root = JsonDocument.Parse(body).RootElement;
        Assert.Equal(["event", "alert_id", "customer_id", "source", "source_id", "score", "matched_name", "list_version_id", "engine_version", "profile", "reason", "at"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("reason").ValueKind);
        Assert.Equal(0.9123, root.GetProperty("score").GetDouble());
    }
}
