using Vigil.Core.Index;
using Vigil.Core.Matching;
using Vigil.Core.Model;

namespace Vigil.Core.Screening;

/// <summary>Which postings the candidate search walks: by query positions, or by units for long queries.</summary>
internal sealed partial class CandidateFinder
{
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
    // Over 80 lines on purpose: its tables are stack spans (stackalloc, sized by the query) shared by every step and by
    // the local Consider; split into methods, each step would take six spans and the bit sets as arguments.
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
        var lambda = (float)Math.Min(Index.Profile.UnmatchedListWordFactor, Math.Min(Index.Profile.UnmatchedInnerWordFactor, Index.Profile.UnmatchedPatronymicFactor));
        if (query.HasCut) lambda = Math.Min(lambda, (float)Index.Profile.CutLostWordFactor);

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
}
