using System.Diagnostics;
using CsCheck;
using Microsoft.Data.Sqlite;
using Vigil.Core.Alerts;
using Vigil.Core.Matching;
using Vigil.Tests.Shared;
using Vigil.Workflows;
using Vigil.Workflows.Customers;
using Xunit.Abstractions;

namespace Vigil.Cli.Tests.Customers;

/// <summary>
/// The register after <see cref="RegisterScreening.CatchUp"/> holds exactly the live alerts a full rescreen gives, after
/// every kind of change: a source added or removed, a version up or down (entries added, removed, renamed, or changed in
/// fields the index does not read), a scoring profile change. Generated lists and customers, real list files, real SQLite
/// homes, the real workflows; after each transition the home is copied and the copy fully rescreened.
/// </summary>
public sealed class DeltaEqualsFullPropertyTests(ITestOutputHelper output)
{
    /// <summary>Chains of transitions, each on its own home; 4 × 55 = 220 transitions.</summary>
    private const int Chains = 4;
    private const int TransitionsPerChain = 55;

    /// <summary>The seed the run starts from (CsCheck's format); set <c>CsCheck_Seed</c> to replay another.</summary>
    private const string Seed = "0000000000GN";

    private static readonly string[] Sources = ["ofac-sdn", "ofac-cons"];

    private static readonly ScoringProfile[] Profiles =
    [
        ScoringProfile.Default,
        ScoringProfile.Default with { Name = "stricter", Version = "2", AlertThreshold = 0.85 },
        ScoringProfile.Default with { Name = "looser", Version = "3", AlertThreshold = 0.75, UnmatchedListWordFactor = 0.4 },
    ];

    private sealed record Chain(int World, int[] Steps);

    [Fact]
    public void After_every_random_list_transition_the_delta_rescreen_leaves_the_alerts_of_a_full_rescreen()
    {
        var gen = Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 99].Array[TransitionsPerChain], (w, s) => new Chain(w, s)).Array[Chains];
        var clock = Stopwatch.StartNew();
        var tally = new Tally();
        gen.Sample(chains =>
        {
            foreach (var chain in chains) Run(chain, tally);
        }, writeLine: output.WriteLine, seed: Environment.GetEnvironmentVariable("CsCheck_Seed") ?? Seed, iter: 1, threads: 1,
           print: chains => string.Join("\n", chains.Select(c => $"world {c.World}: {string.Join(' ', c.Steps)}")));
        output.WriteLine($"{tally.Transitions} transitions in {clock.Elapsed.TotalSeconds:F1} s: {tally.Delta} by the delta path, {tally.Full} by a full rescreen, " +
            $"{tally.None} needing none; {tally.Compared} alerts compared; seed {Environment.GetEnvironmentVariable("CsCheck_Seed") ?? Seed}");
        Assert.Equal(Chains * TransitionsPerChain, tally.Transitions);
        // The generator must reach both paths and real alerts, or the property says little.
        Assert.True(tally.Delta >= 10, $"only {tally.Delta} transitions took the delta path");
        Assert.True(tally.Full >= 50, $"only {tally.Full} transitions took a full rescreen");
        Assert.True(tally.Compared >= 1000, $"only {tally.Compared} alerts compared");
    }

    private sealed class Tally
    {
        public int Transitions, Delta, Full, None, Compared;
    }

    private static void Run(Chain chain, Tally tally)
    {
        using var dir = new TempDirectory("vigil-delta-property-");
        var home = new VigilHome(Path.Combine(dir.Path, "home"));
        var world = new GeneratedLists(chain.World);
        var rng = world.Random;
        var history = Sources.ToDictionary(s => s, _ => new List<Dictionary<int, GeneratedEntry>>(), StringComparer.Ordinal);
        var active = new Dictionary<string, Dictionary<int, GeneratedEntry>?>(StringComparer.Ordinal) { ["ofac-sdn"] = null, ["ofac-cons"] = null };
        var profile = Profiles[0];
        var files = 0;

        Load("ofac-sdn", world.FirstVersion("ofac-sdn"));
        world.WriteCustomers(Path.Combine(dir.Path, "customers.csv"), 60);
        new CustomerRegister(home, TimeProvider.System).Import(Path.Combine(dir.Path, "customers.csv"));
        new RegisterScreening(home, TimeProvider.System, profile).CatchUp();

        for (var step = 0; step < chain.Steps.Length; step++)
        {
            var op = chain.Steps[step];
            var loaded = Sources.Where(s => active[s] is not null).ToList();
            string what;
            if (op < 10 && loaded.Count < Sources.Length)
            {
                var source = Sources.First(s => active[s] is null);
                var first = history[source].Count > 0 && rng.Next(2) == 0 ? history[source][rng.Next(history[source].Count)] : world.FirstVersion(source);
                Load(source, first);
                what = $"add source {source}";
            }
            else if (op < 18 && loaded.Count > 1)
            {
                var source = loaded[rng.Next(loaded.Count)];
                Deactivate(home, source);
                active[source] = null;
                what = $"remove source {source}";
            }
            else if (op >= 70 && op < 85 && loaded.Any(s => history[s].Count > 1))
            {
                var source = loaded.Where(s => history[s].Count > 1).ElementAt(rng.Next(loaded.Count(s => history[s].Count > 1)));
                var older = history[source][rng.Next(history[source].Count - 1)];
                Load(source, older);
                what = $"version down {source}";
            }
            else if (op >= 85)
            {
                profile = Profiles[(Array.IndexOf(Profiles, profile) + 1 + rng.Next(Profiles.Length - 1)) % Profiles.Length];
                what = $"profile {profile.Id}";
            }
            else
            {
                var source = loaded[rng.Next(loaded.Count)];
                var (next, change) = world.NextVersion(source, active[source]!);
                Load(source, next);
                what = $"version up {source}: {change}";
            }

            var jobs = new RegisterScreening(home, TimeProvider.System, profile).CatchUp();
            tally.Transitions++;
            if (jobs.Count == 0) tally.None++;
            else if (jobs.Any(j => j.Kind == "full")) tally.Full++;
            else tally.Delta++;

            var delta = Live(home);
            var copy = new VigilHome(Path.Combine(dir.Path, $"full-{step}"));
            CopyHome(home.Directory, copy.Directory);
            new RegisterScreening(copy, TimeProvider.System, profile).Full();
            var full = Live(copy);
            Directory.Delete(copy.Directory, recursive: true);
            tally.Compared += full.Count;

            var differences = delta.Keys.Union(full.Keys)
                .Where(k => !(delta.TryGetValue(k, out var a) && full.TryGetValue(k, out var b) && a == b))
                .Select(k => $"  {k}: delta {(delta.TryGetValue(k, out var a) ? a : -1):F4}, full {(full.TryGetValue(k, out var b) ? b : -1):F4}")
                .ToList();
            Assert.True(differences.Count == 0,
                $"world {chain.World}, step {step} ({what}; jobs {string.Join(", ", jobs.Select(j => j.Kind))}): delta and full rescreen differ on {differences.Count} alerts:\n" +
                string.Join("\n", differences.Take(20)));
        }

        void Load(string source, Dictionary<int, GeneratedEntry> version)
        {
            var path = GeneratedLists.Write(Path.Combine(dir.Path, $"list-{files++}"), source, version.Values);
            // Every transition is applied: versions that shrink a list or go back are what this test is about, so the
            // hold rule (a shrunken or older list waits for an operator) is turned off here.
            new LoadList(home, TimeProvider.System) { MaxRemovedPercent = 100 }.Run(source, path);
            active[source] = version;
            history[source].Add(version);
        }
    }

    /// <summary>Live alerts (any state but closed): customer|entry → score.</summary>
    private static Dictionary<string, double> Live(VigilHome home)
    {
        using var store = home.OpenStore();
        return store.Screening.Alerts().Where(a => a.State != "closed")
            .ToDictionary(a => $"{a.CustomerId}|{a.Source}:{a.SourceId}", a => a.Score, StringComparer.Ordinal);
    }

    /// <summary>A source no longer screened against: no command does it yet, so its active version is taken away in the database.</summary>
    private static void Deactivate(VigilHome home, string source)
    {
        using var connection = new SqliteConnection($"Data Source={home.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM active_versions WHERE source = $s";
        command.Parameters.AddWithValue("$s", source);
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    private static void CopyHome(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}
