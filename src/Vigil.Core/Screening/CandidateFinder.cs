using Vigil.Core.Index;
using Vigil.Core.Matching;
using Vigil.Core.Model;

namespace Vigil.Core.Screening;

/// <summary>
/// Candidate generation for <see cref="Screener"/>: the query words' lookups in the vocabulary (exact, phonetic key,
/// consonant skeleton, deletion-neighbourhood typos) and the names worth scoring, narrowed by upper bounds of their
/// achievable score and ranked by the tightest bound. Stateless apart from the index: each search brings its scratch.
/// </summary>
/// <remarks>
/// Split by concern: this file holds the word lookups and the per-name bound (<see cref="NameBound"/>);
/// CandidateFinder.Walks.cs the two ways of choosing which postings to walk (<see cref="WalkPositions"/>, <see cref="WalkEssential"/>).
/// </remarks>
internal sealed partial class CandidateFinder(ScreeningIndex index)
{
    private ScreeningIndex Index { get; } = index;

    /// <summary>Fills the scratch's similarity rows for every vocabulary word the query words' lookups find.</summary>
    public void LookUpWords(PreparedQuery query, SearchScratch scratch, int stamp)
    {
        var profile = Index.Profile;
        var vocabulary = Index.Vocabulary;
        var units = query.Units;
        EnsureSims(scratch, 64, units.Length);
        scratch.TouchedWords.Clear();
        for (var u = 0; u < units.Length; u++)
        {
            var unit = units[u];
            if (unit.Class == Text.TokenClass.Initial) continue;
            var candidates = scratch.Candidates;
            candidates.Clear();
            if (vocabulary.TryGetId(unit.Text, out var exact)) candidates.Add(exact);
            if (unit.Text.Length >= profile.PhoneticMinLength) candidates.AddRange(vocabulary.ByPhonetic(unit.Phonetic));
            if (unit.Skeleton.Length >= 1) candidates.AddRange(vocabulary.BySkeleton(unit.Skeleton, all: unit.Abjad));
            if (unit.KanaKey is { } kana && kana.Length >= profile.KanaKeyMinLength) candidates.AddRange(vocabulary.ByKanaKey(kana));
            if (unit.KanaSoftKey is { } soft && soft.Length >= profile.KanaKeyMinLength) candidates.AddRange(vocabulary.ByKanaKey(soft));
            if (unit.Text.Length >= profile.TypoMinLength)
                vocabulary.TypoCandidates(unit.Text, unit.IsPair, profile, scratch.Seen, scratch.Typo, candidates);
            if (unit.Cut) vocabulary.ByPrefix(unit.Text, candidates);
            foreach (var w in candidates)
            {
                var s = TokenSimilarity.Score(unit, w, vocabulary, Index.Profile);
                if (s <= 0) continue;
                var slot = SlotOf(scratch, vocabulary.Targets[w], stamp, units.Length);
                ref var cell = ref scratch.Sims[slot * units.Length + u];
                if (s > cell) cell = s;
            }
        }
    }

    /// <summary>Fills the similarity rows by comparing every query word with every vocabulary word (the exhaustive search).</summary>
    public void CompareAllWords(PreparedQuery query, SearchScratch scratch, int stamp)
    {
        var vocabulary = Index.Vocabulary;
        var units = query.Units;
        EnsureSims(scratch, vocabulary.Count, units.Length);
        scratch.TouchedWords.Clear();
        for (var w = 0; w < vocabulary.Count; w++)
        {
            var slot = SlotOf(scratch, vocabulary.Targets[w], stamp, units.Length);
            for (var u = 0; u < units.Length; u++)
            {
                if (units[u].Class == Text.TokenClass.Initial) continue;
                var s = TokenSimilarity.Score(units[u], w, vocabulary, Index.Profile);
                ref var cell = ref scratch.Sims[slot * units.Length + u];
                if (s > cell) cell = s;
            }
        }
    }

    private static int SlotOf(SearchScratch scratch, int word, int stamp, int units)
    {
        if (scratch.WordStamp[word] == stamp) return scratch.SlotOfWord[word];
        var slot = scratch.TouchedWords.Count;
        scratch.TouchedWords.Add(word);
        scratch.WordStamp[word] = stamp;
        scratch.SlotOfWord[word] = slot;
        EnsureSims(scratch, slot + 1, units);
        Array.Clear(scratch.Sims, slot * units, units);
        return slot;
    }

    private static void EnsureSims(SearchScratch scratch, int slots, int units)
    {
        var need = slots * Math.Max(1, units);
        if (scratch.Sims.Length < need)
        {
            var grown = new float[Math.Max(need, scratch.Sims.Length * 2)];
            Array.Copy(scratch.Sims, grown, scratch.Sims.Length);
            scratch.Sims = grown;
        }
    }

    /// <summary>Names sharing a word with the query, with an upper bound of their name score, best bound first.</summary>
    /// <remarks>
    /// Two steps. First, which names to look at: those whose words could pair with enough of the query
    /// (<see cref="WalkPositions"/>), or for long queries, pruning in the manner of MaxScore (<see cref="WalkEssential"/>).
    /// Second, each name found gets a tight bound from its own words (<see cref="NameBound"/>), which sees every word
    /// the lookups touched.
    /// </remarks>
    public List<(float Bound, int Name)> CandidateNames(PreparedQuery query, SearchScratch scratch, int stamp, double floor)
    {
        var units = query.Units;
        scratch.TouchedNames.Clear();
        // Which query units each touched word pairs with (a query has at most 32 words and 31 joined pairs: 63 units);
        // for each unit, the most its pairing can add to a score's top: its best similarity times its weight (query
        // side), and the largest similarity times listed weight among its words (listed side; see WalkPositions for why
        // that bounds a score).
        Span<float> reach = stackalloc float[units.Length];
        Span<float> similar = stackalloc float[units.Length];
        reach.Clear();
        similar.Clear();
        var wordUnits = scratch.WordUnits;
        wordUnits.Clear();
        foreach (var w in scratch.TouchedWords)
        {
            var row = scratch.Sims.AsSpan(scratch.SlotOfWord[w] * units.Length, units.Length);
            ulong mask = 0;
            for (var u = 0; u < row.Length; u++)
            {
                if (row[u] <= 0) continue;
                mask |= 1UL << u;
                reach[u] = Math.Max(reach[u], row[u] * Index.MaxWordWeight[w]);
                similar[u] = Math.Max(similar[u], row[u]);
            }
            wordUnits.Add(mask);
        }
        for (var u = 0; u < units.Length; u++) similar[u] *= units[u].Weight;
        if (!WalkPositions(query, scratch, stamp, floor, reach, similar)) WalkEssential(query, scratch, stamp, floor, reach, similar);

        Span<float> positions = stackalloc float[query.Singles];
        Span<char> initialLetters = stackalloc char[query.Singles];
        var letters = 0;
        for (var u = 0; u < query.Singles; u++)
            if (units[u].Class == Text.TokenClass.Initial) initialLetters[letters++] = units[u].Text[0];
        initialLetters = initialLetters[..letters];

        var result = scratch.Ranked;
        result.Clear();
        foreach (var n in scratch.TouchedNames)
        {
            var bound = NameBound(query, n, scratch, stamp, positions, initialLetters);
            if (bound >= floor) result.Add((bound, n));
        }
        result.Sort(static (a, b) => b.Item1.CompareTo(a.Item1));
        return result;
    }

    /// <summary>
    /// An upper bound of <see cref="NameAlignment.Score"/> for name <paramref name="name"/>, from its own words: each
    /// listed word the lookups touched (or an initial that may pair with one) counts as paired at its best similarity to
    /// any query unit, each query word as paired at its best similarity to any of the name's words, ignoring that pairs
    /// are one to one.
    /// </summary>
    /// <remarks>
    /// The score is Σ sim·(w_query + w_listed) / (W_query + Σ paired w_listed + Σ unpaired λ·w_listed). Pairing one more
    /// listed word adds sim·w to the top and (1 − λ)·w to the bottom, which cannot lower a ratio ≤ 1 when
    /// sim ≥ 1 − λ; similarities below that are counted as 1 − λ. So pairing every word that can be paired is the largest
    /// the score can be.
    /// </remarks>
    private float NameBound(PreparedQuery query, int name, SearchScratch scratch, int stamp, Span<float> positions, ReadOnlySpan<char> initialLetters)
    {
        var names = Index.Names;
        var units = query.Units;
        var words = Index.Vocabulary.Words;
        var initialSimilarity = (float)Index.Profile.InitialSimilarity;
        var initialWeight = (float)Index.Profile.InitialWeight;
        positions.Clear();
        var start = names.StartOf(name);
        var count = names.CountOf(name);
        float listed = 0, denominator = query.TotalWeight, carry = 0;
        for (var k = start; k < start + count; k++)
        {
            var best = carry;
            carry = 0;
            var id = names.TokenId(k);
            if (scratch.WordStamp[id] == stamp) best = Math.Max(best, Mark(scratch.SlotOfWord[id], positions));
            var pair = names.PairId(k);
            if (pair >= 0 && scratch.WordStamp[pair] == stamp)
            {
                carry = Mark(scratch.SlotOfWord[pair], positions);
                best = Math.Max(best, carry);
            }
            // Initials pair on the fly, outside the lookups: a listed initial with any query word of its letter (carrying
            // an initial's weight on both sides; another initial only when equal), a query initial with any listed word
            // of its letter.
            if (names.ClassAt(k) == Text.TokenClass.Initial)
            {
                var letter = words[id][0];
                for (var u = 0; u < query.Singles; u++)
                {
                    var unit = units[u];
                    if (unit.Text[0] != letter || unit.Weight <= 0) continue;
                    var initial = unit.Class == Text.TokenClass.Initial;
                    if (!initial && unit.Text.Length < 2) continue;
                    var s = initial ? 1f : initialSimilarity;
                    best = Math.Max(best, s);
                    positions[unit.Position] = Math.Max(positions[unit.Position], s * initialWeight / unit.Weight);
                }
            }
            else if (initialLetters.Length > 0 && initialLetters.Contains(words[id][0])) best = Math.Max(best, initialSimilarity);
            var weight = names.WeightAt(k);
            var miss = names.MissFactorAt(k);
            // A cut name may have lost any listed word (NameAlignment charges those after its cut word less).
            if (query.HasCut) miss = Math.Min(miss, (float)Index.Profile.CutLostWordFactor);
            if (best > 0)
            {
                listed += Math.Max(best, 1 - miss) * weight;
                denominator += weight;
            }
            else
            {
                denominator += miss * weight;
            }
        }

        float matched = 0;
        for (var u = 0; u < query.Singles; u++)
            matched += units[u].Class == Text.TokenClass.Initial ? units[u].Weight : positions[units[u].Position] * units[u].Weight;
        var bound = (matched + listed) / denominator;
        if (names.RoleOf(name) == NameRole.WeakAlias) bound *= (float)Index.Profile.WeakAliasFactor;
        return Math.Min(bound, 1f);

        // The best similarity of touched word (at slot) to any query unit; each query position it touches remembers its best.
        float Mark(int slot, Span<float> best)
        {
            var top = 0f;
            var row = scratch.Sims.AsSpan(slot * units.Length, units.Length);
            for (var u = 0; u < row.Length; u++)
            {
                var s = row[u];
                if (s <= 0) continue;
                if (s > top) top = s;
                var at = units[u].Position;
                if (s > best[at]) best[at] = s;
                if (units[u].IsPair && s > best[at + 1]) best[at + 1] = s;
            }
            return top;
        }
    }
}
