using Vigil.Core.Index;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Core.Tests.Support;

namespace Vigil.Core.Tests.Index;

/// <summary>
/// The indexed search leaves out most names by upper bounds of their scores (query positions held, initials, name
/// weight). Whatever it leaves out, it must raise exactly what comparing every word with every name raises.
/// </summary>
public sealed class PruningTests
{
    private static readonly string[] Syllables =
        ["ka", "ri", "mo", "sa", "lin", "dro", "vel", "ha", "mir", "zu", "ten", "bo", "ra", "shi", "an", "el", "gor", "pa", "nu", "li"];
    private static readonly string[] LegalForms = ["LLC", "S.A.", "Ltd", "GmbH", "Co.", "S. de R.L. de C.V."];

    [Theory]
    [InlineData(1, 0.8, 10)]
    [InlineData(2, 0.6, 10)]
    [InlineData(3, 0.8, 1)]
    [InlineData(4, 0.5, 50)]
    public void Indexed_search_raises_what_the_exhaustive_scan_raises(int seed, double minScore, int top)
    {
        var random = new Random(seed);
        var (words, entities, screener) = RandomLists(random);
        var options = new SearchOptions(Top: top, MinScore: minScore);
        var compared = 0;
        for (var i = 0; i < 400; i++)
        {
            var listed = entities[random.Next(entities.Count)];
            var query = new ScreeningQuery(Perturb(random, listed.Names[random.Next(listed.Names.Count)].Full, words), random.Next(3) == 0 ? EntityKind.Unknown : listed.Kind);
            compared += AssertIndexedRaisesWhatExhaustiveRaises(screener, query, options);
        }
        Assert.True(compared > 100, $"only {compared} hits over 400 queries: the queries do not exercise the pruning");
    }

    /// <summary>Names cut at a field's end are read with their last word as the start of a longer one, and with the
    /// listed words after it cut off (a lower cost than the bounds otherwise assume): the pruning must allow for both.</summary>
    [Theory]
    [InlineData(5, 0.8)]
    [InlineData(6, 0.6)]
    public void Indexed_search_raises_what_the_exhaustive_scan_raises_for_names_cut_at_their_end(int seed, double minScore)
    {
        var random = new Random(seed);
        var (_, entities, screener) = RandomLists(random);
        var options = new SearchOptions(Top: 10, MinScore: minScore);
        var longNames = entities.Where(e => e.Kind != EntityKind.Person).SelectMany(e => e.Names).Select(n => n.Full).Where(n => n.Length > 34).ToArray();
        var compared = 0;
        for (var i = 0; i < 200; i++)
        {
            var name = longNames[random.Next(longNames.Length)];
            var query = new ScreeningQuery(name[..random.Next(30, name.Length)].TrimEnd(), random.Next(2) == 0 ? EntityKind.Unknown : EntityKind.Organization);
            compared += AssertIndexedRaisesWhatExhaustiveRaises(screener, query, options);
        }
        Assert.True(compared > 100, $"only {compared} hits over 200 queries: the queries do not exercise the pruning");
    }

    /// <summary>3,000 random entities over a small vocabulary, so words repeat across names and their postings grow long,
    /// as on real lists.</summary>
    private static (string[] Words, List<Entity> Entities, Screener Screener) RandomLists(Random random)
    {
        var words = Enumerable.Range(0, 300).Select(_ => Word(random)).Distinct().ToArray();
        var entities = new List<Entity>();
        for (var e = 0; e < 3000; e++) entities.Add(RandomEntity(random, words, e));
        return (words, entities, new Screener(ScreeningIndex.Build(entities)));
    }

    /// <summary>The indexed search's hits equal the exhaustive scan's; returns how many there were.</summary>
    private static int AssertIndexedRaisesWhatExhaustiveRaises(Screener screener, ScreeningQuery query, SearchOptions options)
    {
        var indexed = screener.Search(query, options).Select(h => (h.Entity.SourceId, Math.Round(h.Score, 9))).ToList();
        var exhaustive = screener.Search(query, options with { Exhaustive = true }).Select(h => (h.Entity.SourceId, Math.Round(h.Score, 9))).ToList();
        Assert.True(exhaustive.SequenceEqual(indexed),
            $"'{query.Name}': indexed [{string.Join(", ", indexed)}] exhaustive [{string.Join(", ", exhaustive)}]");
        return exhaustive.Count;
    }

    private static string Word(Random random)
    {
        var parts = random.Next(2, 4);
        return string.Concat(Enumerable.Range(0, parts).Select(_ => Syllables[random.Next(Syllables.Length)]));
    }

    private static string Pick(Random random, string[] words) => words[(int)(Math.Pow(random.NextDouble(), 2) * words.Length)];

    private static Entity RandomEntity(Random random, string[] words, int e)
    {
        var person = random.Next(3) > 0;
        var count = random.Next(2, 5);
        var parts = Enumerable.Range(0, count).Select(_ => Pick(random, words)).ToList();
        // Some names carry initials ("K. Rimosa"), some organisations letters and a legal form ("A B Velmir Ltd").
        if (random.Next(6) == 0) parts[0] = char.ToUpperInvariant(parts[0][0]) + ".";
        if (!person && random.Next(3) == 0) parts.Add(LegalForms[random.Next(LegalForms.Length)]);
        var name = person && random.Next(2) == 0 ? $"{parts[^1]}, {string.Join(' ', parts[..^1])}" : string.Join(' ', parts);
        var aliases = random.Next(4) == 0 ? new[] { string.Join("", parts.Take(2)) + " " + string.Join(' ', parts.Skip(2)) } : null;
        return person
            ? Some.Person(name, aliases: aliases, id: $"p{e}")
            : Some.Org(name, aliases: aliases, id: $"o{e}", weakAliases: random.Next(8) == 0 ? [Pick(random, words)] : null);
    }

    /// <summary>The listed name with the changes a customer record shows: typos, dropped, added or joined words, initials, order.</summary>
    private static string Perturb(Random random, string name, string[] words)
    {
        var parts = name.Replace(",", "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        for (var changes = random.Next(0, 3); changes > 0; changes--)
        {
            var at = random.Next(parts.Count);
            switch (random.Next(6))
            {
                case 0 when parts[at].Length > 3:
                    var c = parts[at].ToCharArray();
                    var k = random.Next(1, c.Length);
                    (c[k], c[k - 1]) = (c[k - 1], c[k]);
                    parts[at] = new string(c);
                    break;
                case 1 when parts.Count > 1: parts.RemoveAt(at); break;
                case 2: parts.Insert(at, Pick(random, words)); break;
                case 3 when at + 1 < parts.Count: parts[at] += parts[at + 1]; parts.RemoveAt(at + 1); break;
                case 4: parts[at] = char.ToUpperInvariant(parts[at][0]) + "."; break;
                default: parts.Reverse(); break;
            }
        }
        return string.Join(' ', parts);
    }
}
