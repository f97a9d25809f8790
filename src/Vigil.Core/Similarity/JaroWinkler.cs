namespace Vigil.Core.Similarity;

/// <summary>Jaro–Winkler similarity of two short strings, allocation-free for words up to 64 characters.</summary>
public static class JaroWinkler
{
    /// <summary>Similarity in [0, 1]; 1 for equal strings. Prefix boost 0.1 per common leading character, up to 4.</summary>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b)) return a.Length == 0 ? 1 : 1;
        if (a.Length == 0 || b.Length == 0) return 0;
        if (a.Length > b.Length) { var t = a; a = b; b = t; }
        if (b.Length > 64) return a.SequenceEqual(b[..a.Length]) ? (double)a.Length / b.Length : 0;

        var window = Math.Max(0, b.Length / 2 - 1);
        ulong matchedB = 0;
        Span<bool> matchedA = stackalloc bool[a.Length];
        matchedA.Clear(); // the module skips locals init
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var lo = Math.Max(0, i - window);
            var hi = Math.Min(b.Length - 1, i + window);
            for (var j = lo; j <= hi; j++)
            {
                if ((matchedB & (1UL << j)) != 0 || a[i] != b[j]) continue;
                matchedB |= 1UL << j;
                matchedA[i] = true;
                matches++;
                break;
            }
        }
        if (matches == 0) return 0;

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!matchedA[i]) continue;
            while ((matchedB & (1UL << k)) == 0) k++;
            if (a[i] != b[k]) transpositions++;
            k++;
        }
        double m = matches;
        var jaro = (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3.0;

        var prefix = 0;
        var max = Math.Min(4, a.Length);
        while (prefix < max && a[prefix] == b[prefix]) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
