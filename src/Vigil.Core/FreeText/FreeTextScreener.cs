using Vigil.Core.Index;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Core.Text;

namespace Vigil.Core.FreeText;

/// <summary>
/// Finds the mentions of listed entities in a free text (a news article, a payment's remittance information).
/// Thread-safe: one instance serves many texts at once.
/// </summary>
/// <remarks>
/// The text is normalised with the names' own normaliser, which keeps each word's offsets in the original. Runs of
/// capitalised words (with joining particles such as <c>de</c>, <c>y</c>, <c>al</c>, <c>bin</c>, <c>of</c>) not broken by
/// punctuation are the candidate spans; a run is searched in the index only when at least two of its words are known to
/// the list vocabulary (exactly, by sound or as a typo). Every listed entity the search proposes is then scored against
/// each sub-span of the run that starts and ends with one of its words, with the matcher's own scoring, and with the
/// countries and birth date the text states nearby. Single words count only under the rules of docs/scoring.md
/// ("Free text"). Overlapping candidates resolve to the best one.
/// </remarks>
public sealed class FreeTextScreener
{
    private readonly Dictionary<Entity, int> _ordinals;
    private readonly System.Collections.Concurrent.ConcurrentBag<FreeTextScratch> _scratch = [];

    public FreeTextScreener(Screener screener)
    {
        Screener = screener;
        _ordinals = new Dictionary<Entity, int>(screener.Index.Entities.Count, ReferenceEqualityComparer.Instance);
        for (var e = 0; e < screener.Index.Entities.Count; e++) _ordinals[screener.Index.Entities[e].Entity] = e;
    }

    public Screener Screener { get; }

    internal ScreeningIndex Index => Screener.Index;

    internal int OrdinalOf(Entity entity) => _ordinals[entity];

    private Dictionary<string, int[]>? _transliterationKeys;
    private (HashSet<string> Names, int Shortest, int Longest)? _hanNames;

    /// <summary>The listed names written wholly in Han characters (李方伟), with the lengths of the shortest and longest;
    /// built on first use, once per screener.</summary>
    internal (HashSet<string> Names, int Shortest, int Longest) HanNames => _hanNames ??= BuildHanNames();

    private (HashSet<string>, int, int) BuildHanNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in Index.Entities)
            foreach (var n in e.Entity.Names)
            {
                var full = n.Full.Replace(" ", "", StringComparison.Ordinal);
                var han = full.Length > 1;
                for (var i = 0; i < full.Length && han; i++) han = TextNormalizer.NextIsHan(full, i);
                if (han) names.Add(full);
            }
        return names.Count == 0 ? (names, 0, 0) : (names, names.Min(n => n.Length), names.Max(n => n.Length));
    }

    /// <summary>The vocabulary words (not two written together) whose <see cref="TransliterationKey"/> is <paramref name="key"/>;
    /// the table is built on first use, once per screener.</summary>
    internal int[] ByTransliterationKey(string key)
    {
        var keys = _transliterationKeys;
        if (keys is null)
        {
            var vocabulary = Index.Vocabulary;
            var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var w = 0; w < vocabulary.Count; w++)
            {
                var word = vocabulary.Words[w];
                if (vocabulary.Joined[w]) continue;
                var k = TransliterationKey.Of(word);
                if (k.Length < Index.Profile.TransliterationMinKey) continue;
                if (!lists.TryGetValue(k, out var ids)) lists[k] = ids = [];
                ids.Add(w);
            }
            _transliterationKeys = keys = lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        }
        return keys.TryGetValue(key, out var found) ? found : [];
    }

    /// <summary>The mentions in <paramref name="text"/>, in order of appearance.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> fired (checked between runs and windows of words).</exception>
    public IReadOnlyList<TextMention> Find(string text, FreeTextOptions? options = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= new FreeTextOptions();
        if (text.Length == 0) return [];
        var scratch = _scratch.TryTake(out var pooled) ? pooled : new FreeTextScratch(Index.Names.Count, Index.Vocabulary.Count);
        try
        {
            return new TextPass(this, scratch, text, options, cancel).Run();
        }
        finally
        {
            _scratch.Add(scratch);
        }
    }
}
