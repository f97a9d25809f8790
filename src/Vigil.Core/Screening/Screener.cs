using Vigil.Core.Index;
using Vigil.Core.Matching;
using Vigil.Core.Model;

namespace Vigil.Core.Screening;

/// <summary>
/// Query → candidates → <see cref="Matcher"/> → ranked hits. Thread-safe: many searches may run at once on one index.
/// </summary>
/// <remarks>
/// Candidates come from the index's word lookups (exact, phonetic key, consonant skeleton, trigram-filtered fuzzy,
/// identifier numbers). Each candidate name gets an upper bound of its achievable score from the words it shares with
/// the query; names are scored in falling order of that bound and the scan stops when the bound can no longer reach the
/// cut-off (the minimum score, or the score of the current last of the top hits). <see cref="SearchOptions.Exhaustive"/>
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
                hits.Add(new ScreeningHit(Index.Entities[e].Entity, score, Index.Names.FullOf(scratch.EntityName[e]), Index.Names.RoleOf(scratch.EntityName[e]), null));
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
    /// Pruning in the manner of MaxScore: the query words that weigh least (with the heaviest listed word each can pair
    /// with) are "non-essential" as long as a name matching only them could not reach <paramref name="floor"/>. Their
    /// postings — typically the long lists of particles, legal forms and common given names — are not walked; every
    /// candidate's bound assumes they match. Names reachable only through them could not have scored enough anyway.
    /// </remarks>
    private List<(float Bound, int Name)> CandidateNames(PreparedQuery query, SearchScratch scratch, int stamp, double floor)
    {
        var units = query.Units;
        var names = Index.Names;
        var initialWeight = (float)Index.Profile.InitialWeight;
        var initialSimilarity = (float)Index.Profile.InitialSimilarity;

        // Query initials pair on the fly with any listed word of their letter: count them as possibly matched.
        float initials = 0;
        for (var u = 0; u < query.Singles; u++) if (units[u].Class == Text.TokenClass.Initial) initials += units[u].Weight;

        // The heaviest listed weight each unit can reach, from the words it touched.
        Span<float> reach = units.Length <= 64 ? stackalloc float[units.Length] : new float[units.Length];
        reach.Clear();
        foreach (var w in scratch.TouchedWords)
        {
            var slot = scratch.SlotOfWord[w];
            for (var u = 0; u < units.Length; u++)
                if (scratch.Sims[slot * units.Length + u] > 0 && Index.MaxWordWeight[w] > reach[u]) reach[u] = Index.MaxWordWeight[w];
        }

        // Non-essential units, cheapest first, while a name matching only them (plus initials, plus listed initials
        // pairing with the other words) stays below the floor.
        Span<bool> essential = units.Length <= 64 ? stackalloc bool[units.Length] : new bool[units.Length];
        essential.Fill(true);
        float freeQuery = initials, freeListed = 0;
        // Query initials can pair with listed words of any weight, so with initials nothing is non-essential.
        if (floor > 0 && initials == 0)
        {
            Span<int> order = units.Length <= 64 ? stackalloc int[units.Length] : new int[units.Length];
            for (var u = 0; u < units.Length; u++) order[u] = u;
            // Insertion sort by weight + reach: a query has a handful of units, and this allocates nothing.
            for (var i = 1; i < order.Length; i++)
            {
                var u = order[i];
                var key = units[u].Weight + reach[u];
                var j = i - 1;
                while (j >= 0 && units[order[j]].Weight + reach[order[j]] > key) { order[j + 1] = order[j]; j--; }
                order[j + 1] = u;
            }
            var slack = 2 * initialWeight * query.Singles;
            foreach (var u in order)
            {
                var q = freeQuery + units[u].Weight;
                var l = freeListed + reach[u];
                var bound = (q + l + slack) / (query.TotalWeight + l);
                if (bound >= floor) break;
                essential[u] = false;
                freeQuery = q;
                freeListed = l;
            }
        }

        scratch.TouchedNames.Clear();
        foreach (var w in scratch.TouchedWords)
        {
            var slot = scratch.SlotOfWord[w];
            uint mask = 0;
            var walk = false;
            for (var u = 0; u < units.Length; u++)
            {
                if (scratch.Sims[slot * units.Length + u] <= 0) continue;
                mask |= (units[u].IsPair ? 3u : 1u) << units[u].Position;
                walk |= essential[u];
            }
            if (!walk) continue;
            for (var p = Index.PostingStart[w]; p < Index.PostingStart[w + 1]; p++)
            {
                var n = Index.Postings[p];
                if (scratch.NameStamp[n] != stamp)
                {
                    scratch.NameStamp[n] = stamp;
                    scratch.NameMask[n] = 0;
                    scratch.NameWeight[n] = 0;
                    scratch.TouchedNames.Add(n);
                }
                scratch.NameMask[n] |= mask;
                scratch.NameWeight[n] += Index.PostingWeights[p];
            }
        }

        // Bits of the query positions the non-essential units cover: assumed matched in every bound.
        uint freeMask = 0;
        for (var u = 0; u < units.Length; u++)
            if (!essential[u]) freeMask |= (units[u].IsPair ? 3u : 1u) << units[u].Position;

        var lambda = (float)Math.Min(Index.Profile.UnmatchedListWordFactor, Index.Profile.UnmatchedInnerWordFactor);
        var result = scratch.Ranked;
        result.Clear();
        foreach (var n in scratch.TouchedNames)
        {
            float matchedQuery = initials;
            var mask = scratch.NameMask[n] | freeMask;
            for (var u = 0; u < query.Singles; u++)
                if ((mask & (1u << units[u].Position)) != 0) matchedQuery += units[u].Weight;
            // Listed initials may pair with any query word of their letter, which the lookups never touched either.
            if (names.InitialWeightOf(n) > 0) matchedQuery = query.TotalWeight;
            var total = names.TotalWeightOf(n);
            var touched = Math.Min(total, scratch.NameWeight[n] + freeListed + names.InitialWeightOf(n));
            var rest = total - touched;
            var bound = (matchedQuery + touched) / (query.TotalWeight + touched + lambda * rest);
            // Query initials may pair with the listed words the lookups never touched, at most at the initial
            // similarity. The score is linear-fractional in how much of that rest they pair with, so its largest value
            // is at one end: none of it (above) or all of it (below).
            if (initials > 0) bound = Math.Max(bound, (matchedQuery + touched + initialSimilarity * rest) / (query.TotalWeight + touched + rest));
            if (bound > 1) bound = 1;
            if (bound >= floor) result.Add((bound, n));
        }
        result.Sort(static (a, b) => b.Item1.CompareTo(a.Item1));
        return result;
    }

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
