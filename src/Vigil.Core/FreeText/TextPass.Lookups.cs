using Vigil.Core.Matching;
using Vigil.Core.Screening;
using Vigil.Core.Text;

namespace Vigil.Core.FreeText;

/// <summary>The word lookups of a text (each word once per text) and the bound that decides whether a window is worth a search.</summary>
internal sealed partial class TextPass
{
    /// <summary>The listed words (vocabulary targets) a text word may be, with the similarity the matcher gives the pair:
    /// exactly or a spelling the tables fold, by sound, by consonant skeleton, or within a typo match. Empty when the lists
    /// know nothing like it.</summary>
    private (int Target, float Similarity)[] WordTargets(TextWord textWord) =>
        IsKatakana(textWord) ? KanaWordTargets(textWord) : WordTargets(textWord.Text, textWord.Token.Abjad);

    // Katakana, where Japanese writes foreign names; hiragana is the grammar of its prose (した, が), never a name.
    private bool IsKatakana(TextWord w) => w.End > w.Start && Text.Scripts.Kana.IsKatakanaLetter(_text[w.Start]);

    /// <summary>A word written in katakana: the listed words it is as written, by sound, or by its loanword key
    /// (<see cref="Text.Scripts.Kana"/>: <c>プリゴジン</c> as PRIGOZHIN), scored as the matcher scores a kana word (no typos).</summary>
    private (int Target, float Similarity)[] KanaWordTargets(TextWord textWord)
    {
        var raw = _text[textWord.Start..textWord.End];
        var cacheKey = "\u0002" + raw;
        if (_targets.TryGetValue(cacheKey, out var known)) return known;
        var vocabulary = _index.Vocabulary;
        var unit = new QueryUnit(textWord.Text, TokenClass.Normal, false, 1f, 0, 1).WithKana(Text.Scripts.Kana.Hepburn(raw));
        var (key, soft) = (unit.KanaKey!, unit.KanaSoftKey);
        var found = new List<int>();
        if (vocabulary.TryGetId(textWord.Text, out var id)) found.Add(id);
        if (textWord.Text.Length >= _profile.PhoneticMinLength) found.AddRange(vocabulary.ByPhonetic(unit.Phonetic));
        if (key.Length >= _profile.KanaKeyMinLength) found.AddRange(vocabulary.ByKanaKey(key));
        if (soft is { Length: > 0 } && soft.Length >= _profile.KanaKeyMinLength) found.AddRange(vocabulary.ByKanaKey(soft));
        return Scored(cacheKey, unit, found);
    }

    private (int Target, float Similarity)[] WordTargets(string word, bool abjad)
    {
        if (_targets.TryGetValue(word, out var known)) return known;
        var vocabulary = _index.Vocabulary;
        var found = new List<int>();
        var exact = vocabulary.TryGetId(word, out var id);
        if (exact) found.Add(id);
        var unit = new QueryUnit(word, TokenClass.Normal, abjad, 1f, 0, 1);
        if (word.Length >= _profile.PhoneticMinLength) found.AddRange(vocabulary.ByPhonetic(unit.Phonetic));
        if (unit.Skeleton.Length >= 1) found.AddRange(vocabulary.BySkeleton(unit.Skeleton, all: unit.Abjad));
        // A word the lists hold as written needs no typo search: the index search finds its neighbours if it comes to that.
        if (word.Length >= _profile.TypoMinLength && !exact)
        {
            vocabulary.TypoCandidates(word, false, _profile, _trigramCounter, [], found);
        }
        return Scored(word, unit, found);
    }

    /// <summary>The candidate words <paramref name="found"/> scored against <paramref name="unit"/>, by listed word (target),
    /// the best of each, remembered under <paramref name="cacheKey"/>.</summary>
    private (int Target, float Similarity)[] Scored(string cacheKey, QueryUnit unit, List<int> found)
    {
        var vocabulary = _index.Vocabulary;
        var targets = new Dictionary<int, float>();
        foreach (var w in found)
        {
            var sim = Matching.TokenSimilarity.Score(unit, w, vocabulary, _index.Profile);
            if (sim <= 0) continue;
            var t = vocabulary.Targets[w];
            if (!targets.TryGetValue(t, out var old) || sim > old) targets[t] = sim;
        }
        (int Target, float Similarity)[] known = [.. targets.Select(kv => (kv.Key, kv.Value))];
        _targets[cacheKey] = known;
        return known;
    }

    /// <summary>
    /// Whether some listed name could reach the cut-off with some sub-span of the window, checked on the postings before
    /// paying for a search: the name must hold words matching two different content words of the window, and its score
    /// bound — those words matched perfectly, the window's other words left out, the name's other words missing at the
    /// lowest cost — must reach the cut-off less the most the attribute features can add.
    /// </summary>
    private bool SomeNameCanMatch(int s, int e)
    {
        var stamp = ++_nameStamp;
        _scratch.Stamp = _nameStamp;
        var names = _index.Names;
        _touched.Clear();
        var profile = _index.Profile;
        var floor = _minScore - profile.MaxBonus;
        var lambda = (float)Math.Min(profile.UnmatchedListWordFactor, Math.Min(profile.UnmatchedInnerWordFactor, profile.UnmatchedPatronymicFactor));
        for (var k = s; k <= e; k++)
        {
            if (_roles[k] != WordRole.Content) continue;
            var targets = WordTargets(_words[k]);
            if (targets.Length == 0) continue;
            var queryWeight = QueryWeightBound(_words[k].Text);
            foreach (var (target, sim) in targets)
            {
                for (var p = _index.PostingStart[target]; p < _index.PostingStart[target + 1]; p++)
                {
                    var n = _index.Postings[p];
                    if (_nameSeen[n] != stamp)
                    {
                        _nameSeen[n] = stamp;
                        _nameFirstWord[n] = k;
                        _nameQuery[n] = 0;
                        _nameListed[n] = 0;
                        _nameAgree[n] = 0;
                        _touched.Add(n);
                    }
                    else if (_nameFirstWord[n] != k)
                    {
                        _nameFirstWord[n] = -1; // two different window words
                    }
                    _nameQuery[n] += queryWeight;
                    _nameListed[n] += _index.PostingWeights[p];
                    _nameAgree[n] += sim * (queryWeight + _index.PostingWeights[p]);
                }
            }
        }
        foreach (var n in _touched)
        {
            if (names.CountOf(n) < 2) continue;
            // One word of the window and an initial before it (O. Deripaska): the alignment pairs the initial, a word
            // lookup cannot; the sub-spans are scored.
            if (_nameFirstWord[n] is var one and > 0 && one > s && IsInitial(one - 1) && _roles[one - 1] == WordRole.Content) return true;
            if (_nameFirstWord[n] != -1) continue;
            var q = _nameQuery[n];
            var l = Math.Min(_nameListed[n], names.TotalWeightOf(n));
            var bound = _nameAgree[n] / (q + l + lambda * (names.TotalWeightOf(n) - l));
            if (bound >= floor) return true;
        }
        return false;
    }

    /// <summary>At least the weight the query analyser gives the word: its rarity on the lists (the rarest when unlisted), class factor 1.</summary>
    private float QueryWeightBound(string word)
    {
        var vocabulary = _index.Vocabulary;
        if (!vocabulary.TryGetId(word, out var id) || vocabulary.Joined[id]) return vocabulary.MaxIdf;
        // A spelling the tables fold (mohamed → muhammad) weighs what the folded word weighs; take the larger to stay a bound.
        return Math.Max(vocabulary.Idf[id], vocabulary.Idf[vocabulary.Targets[id]]);
    }

    /// <summary><see cref="Matching.TokenSimilarity.Score"/>, remembered for the text: sub-spans and entities share words.</summary>
    private float Similarity(QueryUnit unit, int word)
    {
        var key = (unit.Text, unit.IsPair, unit.Abjad, word);
        if (!_sims.TryGetValue(key, out var s))
            _sims[key] = s = Matching.TokenSimilarity.Score(unit, word, _index.Vocabulary, _index.Profile);
        return s;
    }
}
