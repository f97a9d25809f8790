using System.Globalization;
using System.Text.Json;
using Vigil.Cli.Tests.Support;

namespace Vigil.Cli.Tests.Customers;

/// <summary>
/// 10,000 generated customers; SDN 2019-01 then 2021-07. The 2021-07 load adds and removes entries, so it rescreens every
/// customer against everything, closes alerts of removed entries with the reason, and ends with exactly the alerts a
/// full rescreen gives.
/// </summary>
[Collection(RegisterCollection.Name)]
public sealed class RescreeningTests(RegisterHomes homes)
{
    private static Dictionary<string, double> Live(IEnumerable<AlertLine> alerts) =>
        alerts.Where(a => a.State != "closed").ToDictionary(a => a.Pair, a => a.Score);

    [Fact]
    public void Loading_2021_07_rescreens_every_customer_against_every_entry_because_it_adds_and_removes_entries()
    {
        var diff = VigilCli.Ok(homes.Incremental, "lists", "diff", "ofac-sdn", "--json");
        using var doc = JsonDocument.Parse(diff.Stdout);
        var summary = doc.RootElement.GetProperty("summary");
        Assert.True(summary.GetProperty("added").GetInt32() > 0 && summary.GetProperty("removed").GetInt32() > 0, diff.Stdout);

        // Added and removed entries move every word's rarity, so no delta over the changed entries is provably equal
        // to a full rescreen (issue 13, finding 4): the catch-up screens everything.
        Assert.Contains(
            $"(full, lists ofac-sdn:2): {RegisterHomes.CustomerCount.ToString("N0", CultureInfo.InvariantCulture)} customers against every active entry",
            homes.Load2021.Stdout);
        Assert.DoesNotContain("(lists,", homes.Load2021.Stdout);
    }

    [Fact]
    public void CEIEC_is_alerted_for_the_customer_with_its_Spanish_name_when_2021_07_adds_it()
    {
        var customer = Assert.Single(homes.Planted, p => p.Value == "ofac-sdn:30502").Key;
        var alert = Assert.Single(homes.AfterIncremental, a => a.CustomerId == customer && a.Entry == "ofac-sdn:30502");
        Assert.Equal("open", alert.State);
        Assert.Equal(2, alert.ListVersionId); // raised by the 2021-07 version, the second loaded
        Assert.StartsWith("vigil-core ", alert.EngineVersion, StringComparison.Ordinal);
        Assert.True(alert.Score >= 0.8, $"score {alert.Score}");
    }

    [Fact]
    public void Most_planted_listed_parties_are_alerted()
    {
        var live = Live(homes.AfterIncremental);
        var current = homes.Planted.Where(p => !homes.AfterIncremental.Any(a => a.Pair == p.Key + "|" + p.Value && a.State == "closed")).ToList();
        var found = current.Count(p => live.ContainsKey(p.Key + "|" + p.Value));
        Assert.True(found >= current.Count * 0.8, $"{found} of {current.Count} planted listed parties alerted");
    }

    [Fact]
    public void Alerts_of_entries_2021_07_removed_are_closed_with_the_reason()
    {
        var closed = homes.AfterIncremental.Where(a => a.State == "closed" && a.ClosedReason!.Contains("was removed from ofac-sdn", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(closed);
        Assert.All(closed, a => Assert.Contains($"{a.Entry} was removed from ofac-sdn in version 2", a.ClosedReason, StringComparison.Ordinal));
    }

    [Fact]
    public void The_incremental_result_equals_a_full_rescreen()
    {
        var incremental = Live(homes.AfterIncremental);
        Assert.NotEmpty(incremental);

        // A full rescreen of the same home finds nothing to raise, re-open or close, and leaves every score as it was.
        var full = Live(homes.AfterFullRescreen);
        var fresh = Live(homes.AfterFresh);
        var report = string.Join("\n", incremental.Keys.Union(full.Keys).Union(fresh.Keys)
            .Where(k => !(incremental.TryGetValue(k, out var a) && full.TryGetValue(k, out var b) && fresh.TryGetValue(k, out var c) && a == b && b == c))
            .Select(k => $"{k}: incremental {(incremental.TryGetValue(k, out var a) ? a : -1)} full {(full.TryGetValue(k, out var b) ? b : -1)} fresh {(fresh.TryGetValue(k, out var c) ? c : -1)}"));
        Assert.True(report.Length == 0, homes.FullRescreen.Stdout + "\n" + report);
        Assert.Contains("0 alerts raised, 0 re-opened, 0 closed", homes.FullRescreen.Stdout);
        Assert.Equal(incremental.OrderBy(p => p.Key, StringComparer.Ordinal), Live(homes.AfterFullRescreen).OrderBy(p => p.Key, StringComparer.Ordinal));

        // A home that never saw 2019-01 raises exactly the same alerts with the same scores.
        Assert.Equal(incremental.OrderBy(p => p.Key, StringComparer.Ordinal), Live(homes.AfterFresh).OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void A_process_killed_during_the_rescreen_leaves_a_consistent_store_and_a_rerun_completes_the_work()
    {
        Assert.Equal(137, homes.InterruptedLoad.ExitCode); // SIGKILL
        // The kill landed mid-job: some batches committed, not all.
        var killed = Assert.NotNull(homes.KilledJob);
        Assert.Equal("full", killed.Kind);
        Assert.InRange(killed.CustomersDone, 1, RegisterHomes.CustomerCount - 1);
        // The list version committed before the rescreen started: 2021-07 is active.
        Assert.Matches(@"ofac-sdn\s*│\s*2\s*│", homes.InterruptedStatus.Stdout);
        Assert.Equal(0, VigilCli.Run(homes.Interrupted, null, "audit", "verify").ExitCode);

        // The rerun resumes the interrupted job after its last committed batch and finishes it.
        Assert.Contains("(full, lists ofac-sdn:2): 10,000 customers", homes.Rerun.Stdout);
        Assert.Equal(Live(homes.AfterIncremental).OrderBy(p => p.Key, StringComparer.Ordinal), Live(homes.AfterRerun).OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(
            homes.AfterIncremental.Where(a => a.State == "closed").Select(a => a.Pair).Order(StringComparer.Ordinal),
            homes.AfterRerun.Where(a => a.State == "closed").Select(a => a.Pair).Order(StringComparer.Ordinal));
    }
}
