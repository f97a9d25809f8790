using Vigil.Core.Index;
using Vigil.Core.Matching;
using Vigil.Core.Model;

namespace Vigil.Core.Screening;

/// <summary>
/// Query → candidates → <see cref="Matcher"/> → ranked hits. Thread-safe: many searches may run at once on one index.
/// </summary>
/// <remarks>
/// Candidates come from the index's word lookups (exact, phonetic key, consonant skeleton, deletion-neighbourhood
/// typos, identifier numbers), narrowed by upper bounds of their achievable score (<see cref="CandidateNames"/>); names
/// are scored in falling order of the tightest bound and the scan stops when it can no longer reach the cut-off (the
/// minimum score, or the score of the current last of the top hits). <see cref="SearchOptions.Exhaustive"/>
/// instead compares every query word with every listed word and scores every name: the same scoring, without the index.
/// </remarks>
public sealed class Screener(ScreeningIndex index)
{
    public ScreeningIndex Index { get; } = index;

    /// <summary>Analyses a query once, for repeated or explained searches.</summary>
    public PreparedQuery Prepare(ScreeningQuery query) => new(query, Index);

    /// <summary>The best hits for a query.</summary>
    public IReadOnlyList<ScreeningHit> Search(ScreeningQuery query, SearchOptions? options = null) => Search(Prepare(query), options ?? new SearchOptions());

    /// <summary>The best hits for a prepared query.</summary>
    public IReadOnlyList<ScreeningHit> Search(PreparedQuery query, SearchOptions options)
    {
        var profile = Index.Profile;
        var minScore = options.MinScore ?? profile.AlertThreshold;
        var top = Math.Max(1, options.Top);
        if (query.Units.Length == 0 && query.IdCanonical is null) return [];
        var scratch = Index.RentScratch();
        try
        {
            var stamp = ++scratch.Stamp;
            var units = query.Units.Length;
            if (options.Exhaustive) CompareAllWords(query, scratch, stamp);
            else LookUpWords(query, scratch, stamp);

            float Sim(int unit, int word) =>
                scratch.WordStamp[word] == stamp ? scratch.Sims[scratch.SlotOfWord[word] * units + unit] : 0f;
            Func<int, int, float> sim = Sim; // one delegate per search, not one per scored name

            var best = new TopHits(top);
            scratch.TouchedEntities.Clear();
            if (options.Exhaustive)
            {
                for (var n = 0; n < Index.Names.Count; n++) ScoreName(n);
            }
            else
            {
                var order = CandidateNames(query, scratch, stamp, minScore - profile.MaxBonus);
                foreach (var (bound, n) in order)
                {
                    if (bound + profile.MaxBonus < Math.Max(minScore, best.Cutoff)) break;
                    ScoreName(n);
                }
                if (query.IdCanonical is { } id && Index.ByIdentifier.TryGetValue(id, out var byId))
                    foreach (var e in byId)
                        for (var n = Index.Names.FirstNameOf(e); n < Index.Names.FirstNameOf(e) + Index.Names.NameCountOf(e); n++)
                            ScoreName(n);
            }

            var hits = new List<ScreeningHit>();
            foreach (var e in scratch.TouchedEntities)
            {
                var score = scratch.EntityBest[e];
                if (score < minScore) continue;
                hits.Add(new ScreeningHit(Index.Entities[e].Entity, score, Index.Names.FullOf(scratch.EntityName[e]), Index.Names.RoleOf(scratch.EntityName[e]), null, profile));
            }
            hits.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Entity.SourceId, b.Entity.SourceId));
            if (hits.Count > top) hits.RemoveRange(top, hits.Count - top);
            if (options.Explain)
            {
                var byEntity = new Dictionary<Entity, int>(ReferenceEqualityComparer.Instance);
                foreach (var e in scratch.TouchedEntities) byEntity[Index.Entities[e].Entity] = e;
                for (var i = 0; i < hits.Count; i++)
                {
                    var e = byEntity[hits[i].Entity];
                    hits[i] = hits[i] with { Explanation = Explain(query, e, scratch.EntityName[e], sim) };
                }
            }
            return hits;

            void ScoreName(int n)
            {
                var e = Index.Names.EntityOf(n);
                if (options.EntityFilter is { } accept && !accept(Index.Entities[e].Entity)) return;
                var nameScore = NameAlignment.Score(query, n, Index, sim, null);
                if (nameScore <= 0 && !IdentifierAgrees(query, e)) return;
                var cutoff = Math.Max(minScore, best.Cutoff);
                if (nameScore + profile.MaxBonus < cutoff && !IdentifierAgrees(query, e)) return;
                var score = Matcher.Combine(query, Index.Entities[e], profile, nameScore, null);
                if (scratch.EntityStamp[e] != stamp)
                {
                    scratch.EntityStamp[e] = stamp;
                    scratch.EntityBest[e] = -1;
                    scratch.TouchedEntities.Add(e);
                }
                if (score > scratch.EntityBest[e])
                {
                    scratch.EntityBest[e] = score;
                    scratch.EntityName[e] = n;
                    best.Offer(e, score);
                }
            }
        }
        finally
        {
            Index.ReturnScratch(scratch);
        }
    }

    private bool IdentifierAgrees(PreparedQuery query, int entity) =>
        query.IdCanonical is { } id && Array.IndexOf(Index.Entities[entity].Identifiers, id) >= 0;

    /// <summary>Scores one query against one listed name with the full explanation, outside any index lookup.</summary>
    private MatchExplanation Explain(PreparedQuery query, int entity, int name, Func<int, int, float> sim)
    {
        var words = new List<AlignedWord>();
        var nameScore = NameAlignment.Score(query, name, Index, sim, words);
        var features = new List<FeatureScore>();
        Matcher.Combine(query, Index.Entities[entity], Index.Profile, nameScore, features);
        return new MatchExplanation(Index.Names.FullOf(name), Index.Names.RoleOf(name).ToString(), words, features);
    }

    private void LookUpWords(PreparedQuery query, SearchScratch scratch, int stamp)
    {
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
            if (unit.Text.Length >= 3) candidates.AddRange(vocabulary.ByPhonetic(unit.Phonetic));
            if (unit.Skeleton.Length >= 1) candidates.AddRange(vocabulary.BySkeleton(unit.Skeleton, all: unit.Abjad));
            if (unit.Text.Length >= 4)
                vocabulary.TypoCandidates(unit.Text, unit.IsPair, scratch.Seen, scratch.Typo, candidates);
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

    private void CompareAllWords(PreparedQuery query, SearchScratch scratch, int stamp)
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
    private List<(float Bound, int Name)> CandidateNames(PreparedQuery query, SearchScratch scratch, int stamp, double floor)
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

    /// <summary>
    /// Candidates by the query positions (words) a name holds: a name without initials whose words pair only with the
    /// query words of a set M can score at most bound(M), computed once per query for every M. The postings of the
    /// words that pair only with a set N too weak to reach <paramref name="floor"/> are not walked (of all such sets, the
    /// one with the longest postings); each name the other postings give is kept only when the positions it holds —
    /// read from a bit set per query position over the names — can reach the floor, given the name's total weight.
    /// Names with initials, whose initials may pair with any query word of their letter, are weighed allowing for that,
    /// and are found through every touched word (a short second list of postings per word holds just them).
    /// False (nothing walked) for queries with more than <see cref="MaxPositions"/> words.
    /// </summary>
    /// <remarks>
    /// A name's score is at most (Σ s·w_query + Σ s·w_listed) / (W_query + Σ w_listed) over its pairs; lowering each
    /// w_listed in the bottom to s·w_listed only raises it, and the result grows with each s·w_listed. So with, per
    /// unit, <paramref name="similar"/> its best similarity times its weight and <paramref name="reach"/> the largest
    /// similarity times listed weight among its words, bound(M) = (Σ over words in M of their best similarity times
    /// weight + Σ reach over units within M) / (W_query + that reach). It only grows with M, so the weak sets are
    /// closed under taking subsets.
    /// </remarks>
    private bool WalkPositions(PreparedQuery query, SearchScratch scratch, int stamp, double floor, ReadOnlySpan<float> reach, ReadOnlySpan<float> similar)
    {
        var units = query.Units;
        var positions = query.Singles;
        if (floor <= 0 || positions > MaxPositions) return false;

        // The query positions each unit covers, and the best similarity at each position. A query initial pairs on the
        // fly with any listed word of its letter (or an equal initial): every name counts as holding it, fully on the
        // query side and with up to the heaviest word there is on the listed side.
        Span<uint> covers = stackalloc uint[units.Length];
        Span<float> best = stackalloc float[positions];
        Span<float> gain = stackalloc float[units.Length];
        reach.CopyTo(gain);
        best.Clear();
        var always = 0u;
        for (var u = 0; u < units.Length; u++)
        {
            covers[u] = (units[u].IsPair ? 3u : 1u) << units[u].Position;
            if (units[u].Class == Text.TokenClass.Initial)
            {
                always |= covers[u];
                best[units[u].Position] = 1;
                gain[u] = (float)Math.Max(Index.Profile.InitialWeight, Index.Profile.InitialSimilarity * Index.Vocabulary.MaxIdf);
                continue;
            }
            if (units[u].Weight <= 0) continue;
            var s = similar[u] / units[u].Weight;
            for (var i = units[u].Position; i < units[u].Position + units[u].Span; i++) best[i] = Math.Max(best[i], s);
        }

        // For a name holding words of exactly the positions M: the most its pairs can add to the top on the query side
        // (top) and on the listed side (side), without initials ([m]) and with ([sets + m]: each other query word may
        // pair with a listed initial of its letter, at an initial's similarity and weight); and whether that could reach
        // the floor at all (pass).
        var sets = 1 << positions;
        var initialGain = (float)(Index.Profile.InitialSimilarity * Index.Profile.InitialWeight);
        Span<float> top = stackalloc float[2 * sets];
        Span<float> side = stackalloc float[2 * sets];
        Span<bool> pass = stackalloc bool[2 * sets];
        for (var m = 0; m < sets; m++)
        {
            float q = 0, l = 0, others = 0;
            for (var i = 0; i < positions; i++)
                if ((m & (1 << i)) != 0) q += best[i] * units[i].Weight;
                else others += initialGain;
            for (var u = 0; u < units.Length; u++) if ((covers[u] & ~(uint)m) == 0) l += gain[u];
            (top[m], side[m]) = (q, l);
            (top[sets + m], side[sets + m]) = (q + others, l + others);
            pass[m] = (q + l) / (query.TotalWeight + l) >= floor;
            pass[sets + m] = (q + l + 2 * others) / (query.TotalWeight + l + others) >= floor;
        }
        var lambda = (float)Math.Min(Index.Profile.UnmatchedListWordFactor, Index.Profile.UnmatchedInnerWordFactor);

        // Per touched word, the positions it covers; per set of positions, the postings its words hold (then summed
        // over subsets: saved[N] = postings of every word within N).
        var wordPositions = scratch.WordPositions;
        wordPositions.Clear();
        Span<long> saved = stackalloc long[sets];
        saved.Clear();
        Span<long> cost = stackalloc long[positions];
        cost.Clear();
        for (var t = 0; t < scratch.TouchedWords.Count; t++)
        {
            uint m = 0;
            for (var u = 0; u < units.Length; u++) if ((scratch.WordUnits[t] & (1UL << u)) != 0) m |= covers[u];
            wordPositions.Add(m);
            var w = scratch.TouchedWords[t];
            long length = Index.PostingStart[w + 1] - Index.PostingStart[w];
            saved[(int)m] += length;
            for (var i = 0; i < positions; i++) if ((m & (1u << i)) != 0) cost[i] += length;
        }
        for (var i = 0; i < positions; i++)
            for (var m = 0; m < sets; m++)
                if ((m & (1 << i)) != 0) saved[m] += saved[m ^ (1 << i)];
        var leftOut = 0u;
        for (var m = 1; m < sets; m++)
            if (!pass[m | (int)always] && saved[m] > saved[(int)leftOut]) leftOut = (uint)m;
        var walk = saved[sets - 1] - saved[(int)leftOut];

        // Bit sets for the positions whose postings are cheap next to the walk; the others count as held.
        var assumed = always;
        var built = 0u;
        var bits = scratch.FilterBits(positions, Index.Names.Count);
        for (var i = 0; i < positions; i++)
        {
            if ((always & (1u << i)) != 0) continue;
            if (cost[i] > BitSetFactor * walk) { assumed |= 1u << i; continue; }
            built |= 1u << i;
            SetBits(scratch, 1u << i, bits[i], true);
        }

        var initials = Index.NamesWithInitials;
        var postings = Index.Postings;
        var names = Index.Names;
        for (var t = 0; t < scratch.TouchedWords.Count; t++)
        {
            var w = scratch.TouchedWords[t];
            var held = wordPositions[t] | assumed;
            if ((wordPositions[t] & ~leftOut) == 0)
            {
                // Not walked: only its names with initials.
                for (var p = Index.InitialPostingStart[w]; p < Index.InitialPostingStart[w + 1]; p++)
                    Consider(Index.InitialPostings[p], sets, held, top, side, pass);
                continue;
            }
            for (var p = Index.PostingStart[w]; p < Index.PostingStart[w + 1]; p++)
            {
                var n = postings[p];
                Consider(n, (initials[n >> 6] & (1UL << n)) != 0 ? sets : 0, held, top, side, pass);
            }
        }

        for (var i = 0; i < positions; i++)
            if ((built & (1u << i)) != 0) SetBits(scratch, 1u << i, bits[i], false);
        return true;

        // Keeps name n when the positions it holds can reach the floor: first from the table alone, then with the name's
        // total weight (its unpaired words count at least λ of theirs against it).
        void Consider(int n, int table, uint held, ReadOnlySpan<float> top, ReadOnlySpan<float> side, ReadOnlySpan<bool> pass)
        {
            var word = n >> 6;
            var bit = 1UL << n;
            var m = held;
            for (var i = 0; i < positions; i++)
                if ((built & (1u << i)) != 0 && (bits[i][word] & bit) != 0) m |= 1u << i;
            var at = table + (int)m;
            if (!pass[at]) return;
            var total = names.TotalWeightOf(n);
            var listed = Math.Min(side[at], total);
            if ((top[at] + listed) / (query.TotalWeight + lambda * total + (1 - lambda) * listed) < floor) return;
            if (scratch.NameStamp[n] == stamp) return;
            scratch.NameStamp[n] = stamp;
            scratch.TouchedNames.Add(n);
        }
    }

    /// <summary>Queries with more words than this are walked by units (<see cref="WalkEssential"/>).</summary>
    private const int MaxPositions = 10;

    /// <summary>A query position gets a bit set when its postings are at most this many times the walk's.</summary>
    private const int BitSetFactor = 16;

    /// <summary>Sets (or clears) the bit of every name holding a touched word that covers one of the query positions <paramref name="positions"/>.</summary>
    private void SetBits(SearchScratch scratch, uint positions, ulong[] bits, bool set)
    {
        var postings = Index.Postings;
        for (var t = 0; t < scratch.TouchedWords.Count; t++)
        {
            if ((scratch.WordPositions[t] & positions) == 0) continue;
            var w = scratch.TouchedWords[t];
            for (var p = Index.PostingStart[w]; p < Index.PostingStart[w + 1]; p++)
            {
                var n = postings[p];
                if (set) bits[n >> 6] |= 1UL << n;
                else bits[n >> 6] = 0;
            }
        }
    }

    /// <summary>Adds every name holding a touched word that pairs with a unit outside <paramref name="leftOut"/> (a bit mask of units).</summary>
    private void WalkAll(SearchScratch scratch, int stamp, ulong leftOut)
    {
        var postings = Index.Postings;
        for (var t = 0; t < scratch.TouchedWords.Count; t++)
        {
            if ((scratch.WordUnits[t] & ~leftOut) == 0) continue;
            var w = scratch.TouchedWords[t];
            for (var p = Index.PostingStart[w]; p < Index.PostingStart[w + 1]; p++)
            {
                var n = postings[p];
                if (scratch.NameStamp[n] == stamp) continue;
                scratch.NameStamp[n] = stamp;
                scratch.TouchedNames.Add(n);
            }
        }
    }

    /// <summary>
    /// Candidates by MaxScore pruning: a set of query units may be left out ("non-essential") when a name matching only
    /// those units could not reach <paramref name="floor"/>, whichever listed words they pair with; of the sets that
    /// may, the one whose words have the longest postings is left out, and the postings of the other words are walked.
    /// </summary>
    /// <remarks>
    /// The sets that may be left out are closed under taking subsets, and at a floor near the alert threshold they are
    /// few and small, so a depth-first search that stops at the first set too heavy to leave out visits them all. A
    /// word touched by several units is walked unless all of them are left out.
    /// </remarks>
    private void WalkEssential(PreparedQuery query, SearchScratch scratch, int stamp, double floor, ReadOnlySpan<float> reach, ReadOnlySpan<float> similar)
    {
        var units = query.Units;
        var initialWeight = (float)Index.Profile.InitialWeight;
        float initials = 0;
        for (var u = 0; u < query.Singles; u++) if (units[u].Class == Text.TokenClass.Initial) initials += units[u].Weight;
        ulong leftOut = 0;
        // Query initials can pair with listed words of any weight, so with initials nothing is non-essential.
        if (floor > 0 && initials == 0)
        {
            // The postings each set of units (as a bit mask) would walk.
            var groups = scratch.WalkGroups;
            groups.Clear();
            for (var t = 0; t < scratch.TouchedWords.Count; t++)
            {
                var w = scratch.TouchedWords[t];
                var length = Index.PostingStart[w + 1] - Index.PostingStart[w];
                var mask = scratch.WordUnits[t];
                var g = 0;
                while (g < groups.Count && groups[g].Units != mask) g++;
                if (g < groups.Count) groups[g] = (mask, groups[g].Postings + length);
                else groups.Add((mask, length));
            }
            // Listed initials may pair with any query word: each single may gain up to two initials' weight.
            var slack = 2 * initialWeight * query.Singles;
            long bestSaved = -1;
            var visits = 0;
            Visit(0, 0, 0, 0, reach, similar);

            void Visit(int from, ulong set, float q, float l, ReadOnlySpan<float> reach, ReadOnlySpan<float> similar)
            {
                if (++visits > MaxEssentialVisits) return;
                long saved = 0;
                foreach (var (mask, length) in groups) if ((mask & ~set) == 0) saved += length;
                if (saved > bestSaved) { bestSaved = saved; leftOut = set; }
                for (var u = from; u < units.Length; u++)
                {
                    var q2 = q + similar[u];
                    var l2 = l + reach[u];
                    if ((q2 + l2 + slack) / (query.TotalWeight + l2) >= floor) continue;
                    Visit(u + 1, set | (1UL << u), q2, l2, reach, similar);
                }
            }
        }
        WalkAll(scratch, stamp, leftOut);
    }

    /// <summary>How many candidate sets <see cref="WalkEssential"/> weighs at most (a bound for long queries).</summary>
    private const int MaxEssentialVisits = 256;

    /// <summary>The best distinct-entity scores so far, to know the cut-off a candidate must beat.</summary>
    private sealed class TopHits(int size)
    {
        private readonly List<(int Entity, double Score)> _items = new(size + 1);

        /// <summary>The score of the last of the top hits once there are enough of them; otherwise 0.</summary>
        public double Cutoff => _items.Count < size ? 0 : _items[^1].Score;

        public void Offer(int entity, double score)
        {
            var existing = _items.FindIndex(x => x.Entity == entity);
            if (existing >= 0)
            {
                if (_items[existing].Score >= score) return;
                _items.RemoveAt(existing);
            }
            else if (_items.Count >= size && score <= _items[^1].Score) return;
            var at = _items.FindIndex(x => x.Score < score);
            _items.Insert(at < 0 ? _items.Count : at, (entity, score));
            if (_items.Count > size) _items.RemoveAt(_items.Count - 1);
        }
    }
}
