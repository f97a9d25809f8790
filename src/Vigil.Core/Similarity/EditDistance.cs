namespace Vigil.Core.Similarity;

/// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions), allocation-free for short words.</summary>
public static class EditDistance
{
    /// <summary>The number of insertions, deletions, substitutions and adjacent swaps that turn a into b.</summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 512 ? stackalloc int[width * 3] : new int[width * 3];
        var prev2 = rows[..width];
        var prev = rows.Slice(width, width);
        var cur = rows.Slice(width * 2, width);
        for (var j = 0; j < width; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
            }
            var t = prev2; prev2 = prev; prev = cur; cur = t;
        }
        return prev[b.Length];
    }

    /// <summary>
    /// The distance when it is at most <paramref name="max"/>, otherwise <c>max + 1</c>: only a band of width 2·max+1 is
    /// computed and the scan stops as soon as a whole row exceeds the bound, so rejecting a far word costs little.
    /// </summary>
    public static int DistanceWithin(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        if (a.Length == 0 || b.Length == 0) return Math.Max(a.Length, b.Length);
        var width = b.Length + 1;
        const int Far = 1 << 20;
        Span<int> rows = width * 3 <= 512 ? stackalloc int[width * 3] : new int[width * 3];
        var prev2 = rows[..width];
        var prev = rows.Slice(width, width);
        var cur = rows.Slice(width * 2, width);
        prev2.Fill(Far);
        for (var j = 0; j < width; j++) prev[j] = j <= max ? j : Far;
        for (var i = 1; i <= a.Length; i++)
        {
            var lo = Math.Max(1, i - max);
            var hi = Math.Min(b.Length, i + max);
            cur.Fill(Far);
            cur[0] = i <= max ? i : Far;
            var rowMin = cur[0];
            for (var j = lo; j <= hi; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
                if (v < rowMin) rowMin = v;
            }
            if (rowMin > max) return max + 1;
            var t = prev2; prev2 = prev; prev = cur; cur = t;
        }
        return Math.Min(prev[b.Length], max + 1);
    }

    /// <summary>1 − distance / length of the longer word.</summary>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var max = Math.Max(a.Length, b.Length);
        return max == 0 ? 1 : 1 - (double)Distance(a, b) / max;
    }
}
