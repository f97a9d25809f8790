using Vigil.Core.Index;
using Vigil.Core.Screening;
using Vigil.Core.Similarity;

namespace Vigil.Core.Matching;

/// <summary>
/// How similar a query word is to a listed word, in [0, 1]; 0 means "not the same word". The index's lookups and the
/// exhaustive scan both call this one function, so they agree on every pair the lookups find.
/// </summary>
internal static class TokenSimilarity
{
    /// <summary>Similarity of query unit <paramref name="unit"/> to vocabulary word <paramref name="word"/>.</summary>
    /// <remarks>
    /// Equal words: 1. Words with digits: equal or nothing (14 is not 15). Same phonetic key (3+ letters): 0.9.
    /// Vowel-less transliteration with the same consonant skeleton: 0.88. Otherwise the mean of Jaro–Winkler and edit similarity, above
    /// a floor that rises for shorter words; words under 4 letters and joined pairs need equality or a key.
    /// </remarks>
    public static float Score(QueryUnit unit, int word, Vocabulary vocabulary, ScoringProfile profile)
    {
        var text = vocabulary.Words[word];
        var q = unit.Text;
        if (string.Equals(q, text, StringComparison.Ordinal)) return 1f;
        if (HasDigit(q) || HasDigit(text)) return 0f;
        var best = 0.0;
        var minLength = Math.Min(q.Length, text.Length);
        if (minLength >= 3 && unit.Phonetic.Length >= 2 && string.Equals(unit.Phonetic, vocabulary.Phonetic[word], StringComparison.Ordinal))
            best = profile.PhoneticSimilarity;
        if ((unit.Abjad || vocabulary.Abjad[word]) && unit.Skeleton.Length >= 2
            && string.Equals(unit.Skeleton, vocabulary.Skeletons[word], StringComparison.Ordinal))
            best = Math.Max(best, profile.SkeletonSimilarity);
        if (minLength >= 4 && !vocabulary.Joined[word] && !unit.IsPair)
        {
            var floor = minLength >= 6 ? profile.LongWordFloor : profile.ShortWordFloor;
            // Jaro–Winkler alone forgives long tails after a shared prefix (JIAN / JIANMING); averaged with the edit
            // similarity, one typo in a long word stays close to 1 while an extra syllable falls below the floor.
            var jw = JaroWinkler.Similarity(q, text);
            if (jw >= floor)
            {
                var blended = (jw + EditDistance.Similarity(q, text)) / 2;
                if (blended >= floor) best = Math.Max(best, blended);
            }
        }
        return (float)best;
    }

    private static bool HasDigit(string s)
    {
        foreach (var c in s) if (char.IsAsciiDigit(c)) return true;
        return false;
    }
}
