using Vigil.Core.FreeText;

namespace Vigil.Core.Tests.FreeText;

/// <summary>docs/scoring.md ("Free text") names every free-text setting and every rule a mention can come from.</summary>
public class FreeTextDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(Vigil.Tests.Shared.SharedData.RepoRoot, "docs", "scoring.md"));

    [Fact]
    public void Every_free_text_setting_is_documented() =>
        Assert.All(typeof(FreeTextOptions).GetProperties().Where(p => p.Name != "EqualityContract").Select(p => p.Name),
            name => Assert.Contains($"`{name}`", Doc, StringComparison.Ordinal));

    [Fact]
    public void Every_mention_rule_is_documented() =>
        Assert.All(Enum.GetNames<MentionRule>(), name => Assert.Contains($"`{name}`", Doc, StringComparison.Ordinal));
}
