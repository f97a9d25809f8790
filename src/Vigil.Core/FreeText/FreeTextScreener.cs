using Vigil.Core.Index;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Core.Text;

namespace Vigil.Core.FreeText;

/// <summary>
/// Finds the mentions of listed entities in a free text (a news article, a payment's remittance information).
/// Thread-safe: one instance serves many texts at once.
/// </summary>
/// <remarks>
/// The text is normalised with the names' own normaliser, which keeps each word's offsets in the original. Runs of
/// capitalised words (with joining particles such as <c>de</c>, <c>y</c>, <c>al</c>, <c>bin</c>, <c>of</c>) not broken by
/// punctuation are the candidate spans; a run is searched in the index only when at least two of its words are known to
/// the list vocabulary (exactly, by sound or as a typo). Every listed entity the search proposes is then scored against
/// each sub-span of the run that starts and ends with one of its words, with the matcher's own scoring, and with the
/// countries and birth date the text states nearby. Single words count only under the rules of docs/scoring.md
/// ("Free text"). Overlapping candidates resolve to the best one.
/// </remarks>
public sealed class FreeTextScreener
{
    private readonly Dictionary<Entity, int> _ordinals;
    private readonly System.Collections.Concurrent.ConcurrentBag<FreeTextScratch> _scratch = [];

    public FreeTextScreener(Screener screener)
    {
        Screener = screener;
        _ordinals = new Dictionary<Entity, int>(screener.Index.Entities.Count, ReferenceEqualityComparer.Instance);
        for (var e = 0; e < screener.Index.Entities.Count; e++) _ordinals[screener.Index.Entities[e].Entity] = e;
    }

    public Screener Screener { get; }

    internal ScreeningIndex Index => Screener.Index;

    internal int OrdinalOf(Entity entity) => _ordinals[entity];

    private Dictionary<string, int[]>? _transliterationKeys;
    private (HashSet<string> Names, int Shortest, int Longest)? _hanNames;

    /// <summary>The listed names written wholly in Han characters (李方伟), with the lengths of the shortest and longest;
    /// built on first use, once per screener.</summary>
    internal (HashSet<string> Names, int Shortest, int Longest) HanNames => _hanNames ??= BuildHanNames();

    private (HashSet<string>, int, int) BuildHanNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in Index.Entities)
            foreach (var n in e.Entity.Names)
            {
                var full = n.Full.Replace(" ", "", StringComparison.Ordinal);
                var han = full.Length > 1;
                for (var i = 0; i < full.Length && han; i++) han = TextNormalizer.NextIsHan(full, i);
                if (han) names.Add(full);
            }
        return names.Count == 0 ? (names, 0, 0) : (names, names.Min(n => n.Length), names.Max(n => n.Length));
    }

    private HashSet<string>? _hanNameKeys;

    /// <summary>Listed persons' names of two or three words written in Latin letters, as keys a name written in Han
    /// characters reads to: the family name, <c>|</c>, the given name's syllables joined (LI, Fangwei → <c>li|fangwei</c>;
    /// each end of the name taken as the family name). Built on first use, once per screener.</summary>
    internal HashSet<string> HanNameKeys => _hanNameKeys ??= BuildHanNameKeys();

    private HashSet<string> BuildHanNameKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in Index.Entities)
        {
            if (e.Entity.Kind != EntityKind.Person) continue;
            foreach (var n in e.Entity.Names)
            {
                var words = TextNormalizer.Normalize(n.Full).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length is < 2 or > 3 || !words.All(w => w.All(char.IsAsciiLetterLower))) continue;
                keys.Add(words[0] + "|" + string.Concat(words[1..]));
                keys.Add(words[^1] + "|" + string.Concat(words[..^1]));
            }
        }
        return keys;
    }

    /// <summary>The vocabulary words (not two written together) whose <see cref="TransliterationKey"/> is <paramref name="key"/>;
    /// the table is built on first use, once per screener.</summary>
    internal int[] ByTransliterationKey(string key)
    {
        var keys = _transliterationKeys;
        if (keys is null)
        {
            var vocabulary = Index.Vocabulary;
            var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var w = 0; w < vocabulary.Count; w++)
            {
                var word = vocabulary.Words[w];
                if (vocabulary.Joined[w]) continue;
                var k = TransliterationKey.Of(word);
                if (k.Length < Index.Profile.TransliterationMinKey) continue;
                if (!lists.TryGetValue(k, out var ids)) lists[k] = ids = [];
                ids.Add(w);
            }
            _transliterationKeys = keys = lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        }
        return keys.TryGetValue(key, out var found) ? found : [];
    }

    /// <summary>The mentions in <paramref name="text"/>, in order of appearance.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> fired (checked between runs and windows of words).</exception>
    public IReadOnlyList<TextMention> Find(string text, FreeTextOptions? options = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= new FreeTextOptions();
        if (text.Length == 0) return [];
        var scratch = _scratch.TryTake(out var pooled) ? pooled : new FreeTextScratch(Index.Names.Count, Index.Vocabulary.Count);
        try
        {
            var minSyllables = Index.Profile.KoreanMentionMinSyllables;
            var mentions = new TextPass(this, scratch, text, options, cancel).Run();
            // A span of Hangul syllables inside a longer Korean word is no name (KoreanWords).
            if (Text.Scripts.Hangul.Contains(text) || HoldsHan(text)) mentions = [.. mentions.Where(m => MayName(text, m, minSyllables))];
            List<TextMention>? all = null;
            var factor = Index.Profile.ScriptReadingFactor;
            var readingOptions = options with { MinScore = Math.Min(1, (options.MinScore ?? Index.Profile.AlertThreshold) / factor) };
            foreach (var (reading, offsets, translated) in Text.Scripts.ArabicScript.TextReadings(text).Concat(KoreanReading(text)).Select(r => (r.Item1, r.Item2, false))
                .Concat(ArabicOrgReading(text)))
            {
                all ??= [.. mentions];
                foreach (var m in new TextPass(this, scratch, reading, readingOptions, cancel, Changed(text, reading, offsets), abjadIsProse: translated).Run())
                    if (InText(m, text, reading, offsets, factor) is var found && MayName(text, found, minSyllables))
                        all.Add(found);
            }
            return all is null ? mentions : Resolve(all);
        }
        finally
        {
            _scratch.Add(scratch);
        }
    }

    private static bool HoldsHan(string text) => text.AsSpan().IndexOfAnyInRange('\u4E00', '\u9FFF') >= 0;

    // A mention in Hangul is a whole Korean word (KoreanWords); a name written in Han characters has two or more (日 alone
    // read ri met REE; 今 met JIN TAI).
    private static bool MayName(string text, TextMention m, int minSyllables) =>
        KoreanWords.MayName(text, m.Start, m.End, minSyllables) && !(m.End - m.Start == 1 && TextNormalizer.NextIsHan(m.Text, 0));

    // الحرس الثوري read as Guard Revolutionary, as the lists translate organisation names (REVOLUTIONARY GUARDS).
    private static IEnumerable<(string, int[]?, bool)> ArabicOrgReading(string text)
    {
        if (Text.Scripts.ArabicScript.TextWithOrgWordsInEnglish(text) is { } english) yield return (english.Text, english.Offsets, true);
    }

    // 김여정 read as the lists write North Korean names (Kim Yo Jong): Text.Scripts.KoreanNames.TextReading.
    private static IEnumerable<(string, int[]?)> KoreanReading(string text)
    {
        if (Text.Scripts.KoreanNames.TextReading(text) is { } korean) yield return (korean.Text, korean.Offsets);
    }

    /// <summary>Which characters of <paramref name="reading"/> differ from the text: a letter read otherwise, or the two
    /// letters either side of a space the reading left out.</summary>
    private static bool[] Changed(string text, string reading, int[]? offsets)
    {
        var changed = new bool[reading.Length];
        for (var i = 0; i < reading.Length; i++)
        {
            if (offsets is null) changed[i] = reading[i] != text[i];
            else if (i > 0 && offsets[i] != offsets[i - 1] + 1) changed[i] = changed[i - 1] = true;
            else if (reading[i] != text[offsets[i]]) changed[i] = true;
        }
        return changed;
    }

    /// <summary>A mention found in a reading of the text (<see cref="Text.Scripts.ArabicScript.TextReadings"/>), placed in
    /// the text as written and scored × <see cref="Matching.ScoringProfile.ScriptReadingFactor"/>, as a name's reading is;
    /// the hit names the words as read in <see cref="ScreeningHit.QueryPart"/>.</summary>
    private static TextMention InText(TextMention m, string text, string reading, int[]? offsets, double factor)
    {
        int At(int i) => offsets is null ? i : i < offsets.Length ? offsets[i] : text.Length;
        var start = At(m.Start);
        var end = offsets is null ? m.End : At(m.End - 1) + 1;
        var read = reading[m.Start..m.End];
        var hit = m.Hit with
        {
            Score = m.Hit.Score * factor,
            QueryPart = read,
            Explanation = m.Hit.Explanation is { } e ? e with { QueryPart = read } : null,
        };
        return new TextMention(start, end, text[start..end], hit, m.Rule) { RefersTo = m.RefersTo is { } r ? At(r) : null };
    }

    /// <summary>The mentions of the text and of its readings, overlaps resolved as within one reading: a word read in another
    /// transliteration last, then the best score first, then the longer; the same words may name the entries of two lists that score within
    /// <see cref="Matching.ScoringProfile.CrossListMargin"/> of each other (one party listed twice).</summary>
    private List<TextMention> Resolve(List<TextMention> mentions)
    {
        var margin = Index.Profile.CrossListMargin;
        var accepted = new List<TextMention>();
        foreach (var m in mentions.OrderBy(m => m.Rule == MentionRule.TransliteratedWord).ThenByDescending(m => m.Hit.Score).ThenByDescending(m => m.End - m.Start).ThenBy(m => m.Start))
        {
            var keep = true;
            foreach (var a in accepted)
            {
                if (m.End <= a.Start || m.Start >= a.End) continue;
                if (m.Start == a.Start && m.End == a.End && m.Hit.Entity.Source != a.Hit.Entity.Source && m.Hit.Score >= a.Hit.Score - margin
                    && !accepted.Exists(x => x.Start == m.Start && x.End == m.End && x.Hit.Entity.Source == m.Hit.Entity.Source))
                    continue;
                keep = false;
                break;
            }
            if (keep) accepted.Add(m);
        }
        accepted.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.Hit.Score.CompareTo(x.Hit.Score));
        return accepted;
    }
}
