using System.Collections.Frozen;
using Vigil.Core.Text;
using Vigil.Core.Text.Scripts;

namespace Vigil.Core.FreeText;

/// <summary>
/// Korean writes a name and the particle after it as one word (김여정은, 최룡해를), and the normaliser makes each Hangul
/// syllable a word of its own, as the lists write Korean names. So a span of syllables inside a longer Korean word (경 of
/// 경제 "economy", 대통 of 대통령 "president", 정책 of 정책은 "policy") could read as a listed name. A mention written in
/// Hangul must be a whole word, or a word without its particle (<c>Text/Data/korean_particles.tsv</c>), of at least
/// <see cref="Matching.ScoringProfile.KoreanMentionMinSyllables"/> syllables (a Korean name is a family name and a
/// given name of two syllables).
/// </summary>
internal static class KoreanWords
{
    private static readonly Lazy<FrozenSet<string>> Particles = new(() =>
        ReferenceData.CoreRows("korean_particles.tsv", 2).Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Whether the mention <c>[start, end)</c> of <paramref name="text"/> may be a name: it holds no Hangul, or
    /// it is a whole Korean word, or one without the particle after it, of <paramref name="minSyllables"/> or more.</summary>
    public static bool MayName(string text, int start, int end, int minSyllables)
    {
        var syllables = 0;
        for (var i = start; i < end; i++)
            if (Hangul.IsSyllable(text[i])) syllables++;
        if (syllables == 0) return true;
        if (syllables < minSyllables) return false;
        if (start > 0 && Hangul.IsSyllable(text[start - 1])) return false;
        var after = end;
        while (after < text.Length && Hangul.IsSyllable(text[after])) after++;
        return after == end || Particles.Value.Contains(text[end..after]);
    }
}
