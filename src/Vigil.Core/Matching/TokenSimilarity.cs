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
    /// Equal words: 1. Words with digits: equal or nothing (14 is not 15). Same phonetic key: <see cref="ScoringProfile.PhoneticSimilarity"/>
    /// (<see cref="ScoringProfile.ShortPhoneticSimilarity"/> for short words). Vowel-less transliteration with the same
    /// consonant skeleton: <see cref="ScoringProfile.SkeletonSimilarity"/>. Otherwise a typo match: few enough edits for the
    /// word's length, each lowering the similarity; words under 4 letters need equality or a key.
    /// </remarks>
    public static float Score(QueryUnit unit, int word, Vocabulary vocabulary, ScoringProfile profile)
    {
        // Looked-up words are scattered in memory: this reads the word once and its flags and key numbers from dense arrays.
        var text = vocabulary.Words[word];
        var q = unit.Text;
        if (string.Equals(q, text, StringComparison.Ordinal)) return 1f;
        var flags = vocabulary.Flags[word];
        if ((flags & (WordFlags.ExactOnly | WordFlags.Digits)) != 0 || unit.HasDigits) return 0f;
        // A word the tables know is not a misspelt spelling of another one (AVIATION is not NAVIGATION → shipping), nor a
        // misspelling of another word they know (PRODUCTS is not PROJECTS), unless the two differ in an ending only
        // (RUSSIA / RUSSIAN).
        if (unit.IsFoldTarget && ((flags & WordFlags.Surface) != 0 || ((flags & WordFlags.Known) != 0 && !SameStem(q, text, profile))))
            return 0f;
        var joined = (flags & WordFlags.Joined) != 0;
        var (phonetic, skeleton) = unit.KeyIdsIn(vocabulary);
        var best = 0.0;
        var minLength = Math.Min(q.Length, text.Length);
        // Short words share keys by chance (CEIEC / SHIG): their phonetic agreement counts less.
        if (minLength >= profile.PhoneticMinLength && unit.Phonetic.Length >= profile.PhoneticKeyMinLength && phonetic >= 0 && phonetic == vocabulary.PhoneticIds[word])
            best = minLength >= profile.PhoneticFullLength ? profile.PhoneticSimilarity : profile.ShortPhoneticSimilarity;
        // A vowel-less word is its consonants; one consonant is enough only for a short word (عزيز → zyz → AZIZ). A
        // single letter is an initial, not a vowel-less word: "S" of "M S GROUP" is not WISA (issue 13). The long vowels
        // it does write must agree with the other word's (شمسية is not CHAMS).
        if ((unit.Abjad || (flags & WordFlags.Abjad) != 0) && !joined && minLength > 1 && (unit.Skeleton.Length >= profile.SkeletonMinLength || (unit.Skeleton.Length == 1 && minLength <= profile.SkeletonShortWordLength))
            && skeleton >= 0 && skeleton == vocabulary.SkeletonIds[word] && WrittenVowelsAgree(unit.Abjad, (flags & WordFlags.Abjad) != 0, q, text))
            best = Math.Max(best, profile.SkeletonSimilarity);
        // A foreign name in katakana agrees with its Latin spelling on consonants, l = r, v = b (ドナルド DONALD): its
        // loanword key. A short key is weaker evidence, and only with the same vowels (ホッタ HOTTA, not HATA).
        if (unit.KanaKey is { } kana && !joined)
        {
            var key = vocabulary.HasKanaKey(word, kana) ? kana : unit.KanaSoftKey is { } soft && vocabulary.HasKanaKey(word, soft) ? soft : null;
            // the onset survives transcription: エフゲニー (e-) is not HAGHIGHIAN, whose consonants it shares
            if (key is not null && key.Length >= profile.KanaKeyMinLength && unit.KanaVowelStart == Text.Scripts.Kana.StartsWithVowel(text, kana: false))
            {
                if (key.Length >= profile.KanaKeyFullLength) best = Math.Max(best, profile.SkeletonSimilarity);
                else if (unit.KanaVowels is { } vowels && Text.Scripts.Kana.VowelsAgree(vowels, vocabulary.KanaVowels(word)))
                    best = Math.Max(best, profile.KanaShortKeySimilarity);
            }
        }
        // The last word of a name cut at a field's end begins the word it stands for (COLOM / COLOMBIA).
        if (unit.Cut && !joined && text.Length > q.Length && text.StartsWith(q, StringComparison.Ordinal))
            best = Math.Max(best, profile.CutWordSimilarity);
        var maxEdits = MaxEdits(profile, minLength, unit.IsPair || joined);
        // A word read from katakana is a transcription by sound, not a typed spelling: its letters missing or changed are
        // no typos (ハメネイ hamenei is not HAMEED); its loanword key above is what it agrees on.
        if (unit.KanaKey is null && minLength >= profile.TypoMinLength && Math.Abs(q.Length - text.Length) <= maxEdits)
        {
            // Typos: at most one edit up to 5 letters, two beyond, one for joined words; two only when the first letters
            // agree (a misspelling rarely changes the first letter and another: SORVIK is not NORDVIK). Each edit costs
            // TypoCost, and Jaro–Winkler caps the result so scattered edits count more than adjacent ones.
            var edits = EditDistance.DistanceWithin(q, text, maxEdits);
            if (edits <= maxEdits && (edits <= profile.TypoEditsWithOtherFirstLetter || q[0] == text[0]) && Trigrams.SharedCount(q, text) >= Trigrams.Need(q.Length, text.Length, maxEdits))
            {
                var s = Math.Min(JaroWinkler.Similarity(q, text), 1 - profile.TypoCost * edits);
                if (s >= profile.TypoFloor) best = Math.Max(best, s);
            }
        }
        return (float)best;
    }

    /// <summary>Two words differ in at most the last <see cref="ScoringProfile.KnownWordEndingLength"/> letters of the shorter.</summary>
    private static bool SameStem(string a, string b, ScoringProfile profile) =>
        a.AsSpan().CommonPrefixLength(b) >= Math.Min(a.Length, b.Length) - profile.KnownWordEndingLength;

    /// <summary>A vowel-less word and a word written with vowels agree on the vowels the vowel-less script writes
    /// (<see cref="Text.PhoneticKey.WrittenVowelsAgree"/>); two vowel-less words write the same ones
    /// (<see cref="Text.PhoneticKey.SameWrittenVowels"/>); two words written with their vowels are not compared so.</summary>
    private static bool WrittenVowelsAgree(bool queryAbjad, bool listedAbjad, string query, string listed) =>
        queryAbjad == listedAbjad ? Text.PhoneticKey.SameWrittenVowels(query, listed)
        : queryAbjad ? Text.PhoneticKey.WrittenVowelsAgree(query, listed) : Text.PhoneticKey.WrittenVowelsAgree(listed, query);

    /// <summary>Edits a typo match may need: 1 up to <see cref="ScoringProfile.TypoOneEditMaxLength"/> letters, 2 beyond
    /// (the most the deletion index enumerates); 1 when either side is two words written together.</summary>
    internal static int MaxEdits(ScoringProfile profile, int shorterLength, bool joined) =>
        joined || shorterLength <= profile.TypoOneEditMaxLength ? 1 : DeletionIndex.MaxEdits;

}
