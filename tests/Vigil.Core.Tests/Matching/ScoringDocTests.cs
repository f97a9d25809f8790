using Vigil.Core.Matching;

namespace Vigil.Core.Tests.Matching;

/// <summary>docs/scoring.md describes the scoring that runs: every feature and every profile setting is named there.</summary>
public class ScoringDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(Vigil.Tests.Shared.SharedData.RepoRoot, "docs", "scoring.md"));

    [Fact]
    public void Every_feature_of_the_matcher_is_documented() =>
        Assert.All(Matcher.Features.Select(f => f.Name).Append("name"), name => Assert.Contains($"`{name}`", Doc, StringComparison.Ordinal));

    [Fact]
    public void Every_scoring_profile_setting_is_documented() =>
        Assert.All(typeof(ScoringProfile).GetProperties().Where(p => p.Name != "EqualityContract" && p.Name != "Default").Select(p => p.Name),
            name => Assert.Contains($"`{name}`", Doc, StringComparison.Ordinal));

    [Fact]
    public void The_documented_default_threshold_is_the_one_in_force() =>
        Assert.Contains($"`AlertThreshold` = {ScoringProfile.Default.AlertThreshold:0.00}", Doc, StringComparison.Ordinal);
}
