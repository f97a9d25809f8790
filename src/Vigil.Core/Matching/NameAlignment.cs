using Vigil.Core.Index;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Core.Text;

namespace Vigil.Core.Matching;

/// <summary>
/// Scores a query against one listed name: pairs words one to one, best pairs first, and returns the share of the
/// names' information that agrees.
/// </summary>
/// <remarks>
/// score = Σ pairs sim·(w_query + w_listed) / (Σ all query weights + Σ paired listed weights + λ·Σ unpaired listed weights),
/// with λ = <see cref="ScoringProfile.UnmatchedListWordFactor"/> (<see cref="ScoringProfile.UnmatchedInnerWordFactor"/> for inner words of person names). Each query word pairs with at most one listed word, so a
/// repeated word can't score twice. A pair may join two adjacent words on one side (ALZAWAHIRI / AL ZAWAHIRI).
/// Word order does not count: "MADURO MOROS, Nicolas" and "Nicolas Maduro Moros" are the same words.
/// </remarks>
internal static class NameAlignment
{
    private const int MaxEdges = 512;

    /// <summary>Score of the query against name <paramref name="name"/>; explanation words appended when <paramref name="words"/> is given.</summary>
    public static double Score(PreparedQuery query, int name, ScreeningIndex index, Func<int, int, float> sim, List<AlignedWord>? words)
    {
        var names = index.Names;
        var profile = index.Profile;
        var start = names.StartOf(name);
        var count = names.CountOf(name);
        var units = query.Units;

        Span<Edge> edges = stackalloc Edge[MaxEdges];
        var n = 0;
        for (var u = 0; u < units.Length && n < MaxEdges; u++)
        {
            var unit = units[u];
            for (var k = 0; k < count && n < MaxEdges; k++)
            {
                var pos = start + k;
                var wordId = names.TokenId(pos);
                var s = sim(u, wordId);
                if (unit.IsPair)
                {
                    if (s >= profile.JoinFloor) edges[n++] = new Edge(u, k, 1, s, unit.Weight + names.WeightAt(pos), true);
                    continue;
                }
                var weight = unit.Weight + names.WeightAt(pos);
                var byWord = s > 0f;
                if (s <= 0f)
                {
                    s = InitialSimilarity(unit, names.ClassAt(pos), index.Vocabulary.Words[wordId], profile);
                    // A listed initial confirms little of a whole query word: the pair carries an initial's weight on
                    // both sides, and the query word's own weight stays in the denominator, mostly unconfirmed.
                    if (s > 0f && names.ClassAt(pos) == TokenClass.Initial) weight = (float)profile.InitialWeight + names.WeightAt(pos);
                }
                if (s > 0f) edges[n++] = new Edge(u, k, 1, s, weight, byWord);
                var pair = names.PairId(pos);
                if (pair >= 0 && n < MaxEdges)
                {
                    var sp = sim(u, pair);
                    if (sp >= profile.JoinFloor) edges[n++] = new Edge(u, k, 2, sp, unit.Weight + names.WeightAt(pos) + names.WeightAt(pos + 1), true);
                }
            }
        }
        edges = edges[..n];
        edges.Sort(static (a, b) => b.Similarity != a.Similarity ? b.Similarity.CompareTo(a.Similarity) : b.Weight.CompareTo(a.Weight));

        ulong usedQuery = 0, usedListed = 0;
        Span<int> chosen = stackalloc int[Math.Min(n, units.Length)];
        var picked = 0;
        for (var i = 0; i < edges.Length && picked < chosen.Length; i++)
        {
            var (qMask, lMask) = Masks(units, edges[i]);
            if ((usedQuery & qMask) != 0 || (usedListed & lMask) != 0) continue;
            usedQuery |= qMask;
            usedListed |= lMask;
            chosen[picked++] = i;
        }
        // Best pairs first can leave a word out that a swap would pair: ولد الوليد / OULD AL-WALID pairs ولد with WALID
        // first (both are wld), leaving الوليد alone; ولد with OULD and الوليد with WALID pair both.
        while (picked < chosen.Length && Reassign(edges, chosen, ref picked, units, ref usedQuery, ref usedListed)) { }

        double numerator = 0, pairedListed = 0;
        var sharesWord = false;
        foreach (var i in chosen[..picked])
        {
            var e = edges[i];
            var unit = units[e.Unit];
            sharesWord |= e.ByWord;
            numerator += e.Similarity * e.Weight;
            var listedWeight = names.WeightAt(start + e.Listed) + (e.Span == 2 ? names.WeightAt(start + e.Listed + 1) : 0);
            pairedListed += listedWeight;
            words?.Add(new AlignedWord(unit.Text, ListedText(names, index.Vocabulary, start, e.Listed, e.Span), e.Similarity, e.Weight));
        }

        // A name cut at a field's end lost the listed words after the one its cut last word pairs with.
        var lostAfter = query.HasCut ? CutAt(edges, chosen[..picked], units, names, index.Vocabulary, start) : count;
        double missed = 0;
        for (var k = 0; k < count; k++)
            if ((usedListed & (1UL << k)) == 0)
                missed += (k > lostAfter ? Math.Min(names.MissFactorAt(start + k), profile.CutLostWordFactor) : names.MissFactorAt(start + k)) * names.WeightAt(start + k);
        var denominator = query.TotalWeight + pairedListed + missed;
        if (words is not null)
        {
            for (var i = 0; i < query.Singles; i++)
                if ((usedQuery & (1UL << units[i].Position)) == 0) words.Add(new AlignedWord(units[i].Text, null, 0, units[i].Weight));
            for (var k = 0; k < count; k++)
                if ((usedListed & (1UL << k)) == 0) words.Add(new AlignedWord(null, index.Vocabulary.Words[names.TokenId(start + k)], 0, names.WeightAt(start + k)));
        }
        // Initials only confirm a name that shares a word with the query: "M." alone is not "Mohammed Ali".
        if (denominator <= 0 || !sharesWord) return 0;
        var score = numerator / denominator;
        if (names.RoleOf(name) == NameRole.WeakAlias) score *= profile.WeakAliasFactor;
        return Math.Clamp(score, 0, 1);
    }

    /// <summary>The listed position whose word a cut last word begins (<c>colom</c> / COLOMBIA), when no other pair lies
    /// after it; otherwise past the end.</summary>
    private static int CutAt(Span<Edge> edges, ReadOnlySpan<int> chosen, QueryUnit[] units, NameTable names, Vocabulary vocabulary, int start)
    {
        int cut = -1, last = -1;
        foreach (var i in chosen)
        {
            var e = edges[i];
            last = Math.Max(last, e.Listed + e.Span - 1);
            var unit = units[e.Unit];
            if (!unit.Cut || e.Span != 1) continue;
            var word = vocabulary.Words[names.TokenId(start + e.Listed)];
            if (word.Length > unit.Text.Length && word.StartsWith(unit.Text, StringComparison.Ordinal)) cut = e.Listed;
        }
        return cut >= 0 && cut == last ? cut : int.MaxValue;
    }

    private static (ulong Query, ulong Listed) Masks(QueryUnit[] units, Edge e) =>
        ((units[e.Unit].IsPair ? 3UL : 1UL) << units[e.Unit].Position, (e.Span == 2 ? 3UL : 1UL) << e.Listed);

    /// <summary>
    /// Swaps that pair one more word: a query word left unpaired whose edge reaches a listed word that another query word
    /// holds, when that other word has an edge to a listed word nobody holds, and the two new pairs agree at least as
    /// much as the one they replace. The pairs stay one to one.
    /// </summary>
    private static bool Reassign(Span<Edge> edges, Span<int> chosen, ref int picked, QueryUnit[] units, ref ulong usedQuery, ref ulong usedListed)
    {
        for (var a = 0; a < edges.Length; a++)
        {
            var (aq, al) = Masks(units, edges[a]);
            if ((usedQuery & aq) != 0 || (usedListed & al) == 0) continue;
            for (var c = 0; c < picked; c++)
            {
                var held = edges[chosen[c]];
                var (cq, cl) = Masks(units, held);
                // Freeing the held pair must free every listed word edge a needs.
                if ((cl & al) == 0 || (usedListed & ~cl & al) != 0) continue;
                for (var b = 0; b < edges.Length; b++)
                {
                    if (edges[b].Unit != held.Unit || b == chosen[c]) continue;
                    var bl = Masks(units, edges[b]).Listed;
                    if ((bl & al) != 0 || (usedListed & ~cl & bl) != 0) continue;
                    if (edges[a].Similarity * edges[a].Weight + edges[b].Similarity * edges[b].Weight <= held.Similarity * held.Weight) continue;
                    usedListed = (usedListed & ~cl) | al | bl;
                    usedQuery |= aq;
                    chosen[c] = b;
                    chosen[picked++] = a;
                    return true;
                }
            }
        }
        return false;
    }

    private static float InitialSimilarity(QueryUnit unit, TokenClass listedClass, string listed, ScoringProfile profile)
    {
        if (unit.Class == TokenClass.Initial && listedClass == TokenClass.Initial)
            return unit.Text == listed ? 1f : 0f;
        if (unit.Class == TokenClass.Initial && listedClass != TokenClass.Initial && listed.Length > 1 && listed[0] == unit.Text[0])
            return (float)profile.InitialSimilarity;
        if (listedClass == TokenClass.Initial && unit.Class != TokenClass.Initial && unit.Text.Length > 1 && unit.Text[0] == listed[0])
            return (float)profile.InitialSimilarity;
        return 0f;
    }

    private static string ListedText(NameTable names, Vocabulary vocabulary, int start, int k, int span) =>
        span == 1 ? vocabulary.Words[names.TokenId(start + k)]
                  : vocabulary.Words[names.TokenId(start + k)] + " " + vocabulary.Words[names.TokenId(start + k + 1)];

    /// <param name="ByWord">The pair's similarity is the words' (<see cref="TokenSimilarity"/>), not an initial's.</param>
    private readonly record struct Edge(int Unit, int Listed, int Span, float Similarity, float Weight, bool ByWord);
}
