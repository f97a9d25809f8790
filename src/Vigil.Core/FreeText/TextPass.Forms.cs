using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Core.Text;
using Vigil.Core.Text.Scripts;

namespace Vigil.Core.FreeText;

/// <summary>The rules of the words a text writes differently from the lists (docs/scoring.md, "Free text"): inflected
/// forms, other transliterations of one-word names, acronyms the text defines, given names without their surname.</summary>
internal sealed partial class TextPass
{
    /// <summary>
    /// Replaces each inflected name word by the form it stands for (<see cref="Inflections"/>): a word written in Cyrillic
    /// by the Slavic endings, a Latin word by the Slavic or German endings when the text is in such a language. A word the
    /// lists hold as written is left alone; otherwise the first form the lists hold wins, or, when none does, the bare stem
    /// whose closest listed word is at least <see cref="ScoringProfile.InflectionMinSimilarity"/> similar and closer than
    /// the word as written (<c>Prigożyna</c> → <c>prigozyn</c> ≈ PRIGOZHIN). A Russian organisation word reads as its
    /// English form first (<see cref="ReferenceData.ReadStem"/>: <c>службы</c> → services).
    /// </summary>
    private void Lemmatise()
    {
        var slavicLatin = Gated(Inflections.Slavic, slavicLetters: true);
        var german = _germanText = Gated(Inflections.German, slavicLetters: false);
        var french = Gated(Inflections.French, slavicLetters: false);
        // French and Spanish text write Russian and Arabic names by their press transcriptions (Evgueni Prigojine, Alí Jamenei)
        Func<string, string>[]? press = french ? [CyrillicRomanisations.FrenchWord]
            : Gated(Inflections.Spanish, slavicLetters: false) ? [CyrillicRomanisations.SpanishWord, CyrillicRomanisations.SpanishArabicWord] : null;
        Dictionary<(string, bool), string?>? forms = null;
        for (var k = 0; k < _words.Count; k++)
        {
            if (_roles[k] != WordRole.Content) continue;
            var w = _words[k];
            var first = _text[w.Start];
            if (w.Token.Abjad && ArabicFormOf(k) is { } withoutProclitic)
            {
                _words[k] = w with { Token = w.Token with { Text = withoutProclitic } };
                _inflected[k] = true;
                _anyInflected = true;
                continue;
            }
            var cyrillic = first is >= '\u0400' and <= '\u04FF';
            var latin = first < '\u0250' && char.IsLetter(first);
            // the word is also read as the lists romanise the name, and that form stands for it when it is closer to a listed word
            if (latin && press is not null && PressFormOf(k, press) is { } pressForm)
            {
                _words[k] = w with { Token = w.Token with { Text = pressForm } };
                _inflected[k] = true;
                _anyInflected = true;
                continue;
            }
            var language = cyrillic || (latin && slavicLatin) ? Inflections.Slavic : latin && german ? Inflections.German : null;
            if (language is null) continue;
            forms ??= [];
            var key = (w.Text, language == Inflections.Slavic);
            if (!forms.TryGetValue(key, out var form)) forms[key] = form = FormOf(w.Text, w.Token.Abjad, language);
            // Polish and Czech text spell Russian names by their own rules (Kadyrowem, Prigożyna): the word is also read as
            // the lists romanise Russian (kadyrovem → kadyrov), and that form stands for it when it is closer to a listed word.
            if (latin && slavicLatin && CentralEuropeanFormOf(k, form ?? w.Text) is { } central) form = central;
            if (form is null) continue;
            _words[k] = w with { Token = w.Token with { Text = form } };
            _inflected[k] = true;
            _anyInflected = true;
        }
    }

    /// <summary>The word read by the Central European romanisations of Russian (<see cref="CyrillicRomanisations.CentralEuropean"/>:
    /// Polish w, cz, sz, ż, j; Czech č, š, ž) and then as an inflected form (<see cref="FormOf"/>), when that is closer to
    /// a listed word than <paramref name="current"/> (the word or its form as written) and at least
    /// <see cref="ScoringProfile.InflectionMinSimilarity"/> similar to it; else null.</summary>
    private string? CentralEuropeanFormOf(int k, string current)
    {
        var w = _words[k];
        if (_index.Vocabulary.TryGetId(current, out _)) return null;
        if (CyrillicRomanisations.CentralEuropean(_text[w.Start..w.End]) is not { } read || read.Contains(' ', StringComparison.Ordinal)) return null;
        read = TextNormalizer.Normalize(read);
        if (read.Length == 0 || read.Contains(' ', StringComparison.Ordinal)) return null;
        var form = FormOf(read, false, Inflections.Slavic) ?? read;
        var similarity = Closest(WordTargets(form, false));
        return similarity >= _profile.InflectionMinSimilarity && similarity > Closest(WordTargets(current, false)) ? form : null;
    }

    /// <summary>The word read by the press transcription of the text's language: French (<see cref="CyrillicRomanisations.FrenchWord"/>:
    /// ou u, tch ch, ch sh, j zh, gue ge, a final mute e dropped) or Spanish (<see cref="CyrillicRomanisations.SpanishWord"/>:
    /// j kh, gue ge; <see cref="CyrillicRomanisations.SpanishArabicWord"/>: an initial y j), when the lists do not hold it
    /// as written and the closest reading is closer to a listed word and at least
    /// <see cref="ScoringProfile.InflectionMinSimilarity"/> similar to it; else null.</summary>
    private string? PressFormOf(int k, params Func<string, string>[] readings)
    {
        var w = _words[k];
        if (_index.Vocabulary.TryGetId(w.Text, out _) || w.Text.Length <= _profile.InflectionMinStem) return null;
        var written = Closest(WordTargets(w.Text, false));
        string? best = null;
        var bestSimilarity = 0.0;
        foreach (var reading in readings)
        {
            var read = TextNormalizer.Normalize(reading(w.Text));
            if (read.Length == 0 || read == w.Text || read.Contains(' ', StringComparison.Ordinal)) continue;
            var similarity = Closest(WordTargets(read, false));
            if (similarity < _profile.InflectionMinSimilarity || similarity <= written || similarity <= bestSimilarity) continue;
            best = read;
            bestSimilarity = similarity;
        }
        return best;
    }

    /// <summary>An Arabic-script word the lists do not hold, read without a joined one-letter conjunction or preposition
    /// (<see cref="Inflections.Arabic"/>; the article after it left out too), when that is at least
    /// <see cref="ScoringProfile.InflectionMinSimilarity"/> similar to a listed word and closer than the word as written
    /// (a name the text joins from two words, حزب الله, also when as close to the same listed word: the matcher may read
    /// و as a vowel, the transliteration test that finds a one-word name does not).</summary>
    private string? ArabicFormOf(int k)
    {
        var w = _words[k];
        if (_index.Vocabulary.TryGetId(w.Text, out _) || w.End - w.Start <= _profile.InflectionMinStem) return null;
        var (writtenTarget, asWritten) = Best(WordTargets(w));
        var raw = _text[w.Start..w.End];
        var joined = raw.Contains(' ');
        // A single word that close to a listed word as written (باقری Bagheri) keeps its first letter: no more lookups.
        if (!joined && asWritten >= _profile.InflectionMinSimilarity) return null;
        foreach (var p in Inflections.Arabic.Proclitics)
        {
            if (!raw.StartsWith(p, StringComparison.Ordinal)) continue;
            string rest;
            if (joined)
            {
                // A name the text reads as one word (حزب الله → hzballah, joined by the Allah rule): the joined form without
                // the letter's transliteration.
                var lead = TextNormalizer.Normalize(p);
                if (lead.Length == 0 || !w.Text.StartsWith(lead, StringComparison.Ordinal)) continue;
                rest = w.Text[lead.Length..];
            }
            else
            {
                rest = TextNormalizer.Normalize(raw[p.Length..]);
                var space = rest.LastIndexOf(' ');
                if (space >= 0) rest = rest[(space + 1)..];
            }
            if (rest.Length == 0) continue;
            var (target, similarity) = Best(WordTargets(rest, true));
            if (similarity < _profile.InflectionMinSimilarity) continue;
            // A name joined from two words (حزب الله) loses the letter also when the word as written is close already (لحزب
            // الله read with ل as an article ≈ ALHEZBOLLAH), or as close to the same listed word.
            if (similarity > asWritten || (joined && target == writtenTarget && similarity >= asWritten)) return rest;
        }
        return null;
    }

    private static (int Target, float Similarity) Best((int Target, float Similarity)[] targets)
    {
        (int Target, float Similarity) best = (-1, 0f);
        foreach (var t in targets) if (t.Similarity > best.Similarity) best = t;
        return best;
    }

    private static float Closest((int Target, float Similarity)[] targets)
    {
        var max = 0f;
        foreach (var (_, s) in targets) max = Math.Max(max, s);
        return max;
    }

    /// <summary>Whether a Latin-script text uses <paramref name="language"/>'s endings: <see cref="ScoringProfile.InflectionGateWords"/> different gate words, or
    /// (<paramref name="slavicLetters"/>) as many words written with letters of the Central European orthographies.</summary>
    private bool Gated(Inflections.Language language, bool slavicLetters)
    {
        HashSet<string>? seen = null;
        var lettered = 0;
        foreach (var w in _words)
        {
            if (language.Gates.Contains(w.Text) && (seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(w.Text) && seen.Count >= _profile.InflectionGateWords) return true;
            if (!slavicLetters) continue;
            for (var i = w.Start; i < w.End; i++)
            {
                if (!Inflections.IsSlavicLetter(_text[i])) continue;
                if (++lettered >= _profile.InflectionGateWords) return true;
                break;
            }
        }
        return false;
    }

    private string? FormOf(string word, bool abjad, Inflections.Language language)
    {
        var minStem = _profile.InflectionMinStem;
        var vocabulary = _index.Vocabulary;
        if (word.Length <= minStem || IsDigits(word) || vocabulary.TryGetId(word, out _)) return null;
        // A Russian organisation word in any case reads as the English form the lists' names fold to (службы → services,
        // безопасности → security: Text/Data/org_word_stems.tsv).
        if (language == Inflections.Slavic && ReferenceData.Instance.ReadStem(word, out var translated) is { } english && translated && vocabulary.TryGetId(english, out _))
            return english;
        foreach (var (form, _) in Inflections.Forms(word, language, minStem))
            if (vocabulary.TryGetId(form, out _)) return form;
        string? best = null;
        var bestSimilarity = 0f;
        foreach (var (form, first) in Inflections.Forms(word, language, minStem))
        {
            if (!first || form.Length < _profile.TypoMinLength) continue;
            var s = Closest(WordTargets(form, abjad));
            if (s > bestSimilarity) (best, bestSimilarity) = (form, s);
        }
        return bestSimilarity >= _profile.InflectionMinSimilarity && bestSimilarity > Closest(WordTargets(word, abjad)) ? best : null;
    }

    /// <summary>
    /// Cuts a run of Han characters (Chinese writes no spaces) around each name the lists write in Han that it holds
    /// (<c>美国财政部宣布制裁李方伟及其公司</c> → …, 李方伟, …): the normaliser keeps a run as one word, so a listed name inside
    /// a sentence would otherwise never be a word of its own. Longest listed name first at each position. A person the
    /// lists write only in Latin letters is cut out too: two to <see cref="ScoringProfile.HanNameMaxCharacters"/>
    /// characters read in pinyin as a family name and a given name the lists hold (李方伟 li|fangwei: LI, Fangwei;
    /// <see cref="FreeTextScreener.HanNameKeys"/>); <see cref="AsHanNamesAreWritten"/> then asks the name to read as
    /// Chinese writes names.
    /// </summary>
    private void SplitHanNames()
    {
        (HashSet<string> Names, int Shortest, int Longest)? han = null;
        HashSet<string>? keys = null;
        Dictionary<char, string>? syllables = null;
        for (var i = 0; i < _words.Count; i++)
        {
            if (!TextNormalizer.NextIsHan(_text, _words[i].Start)) continue;
            // Built on the first run of Han characters, once per screener: most texts have none.
            var (names, shortest, longest) = han ??= _owner.HanNames;
            keys ??= _owner.HanNameKeys;
            if (names.Count == 0 && keys.Count == 0) return;
            syllables ??= [];
            var j = i;
            while (j + 1 < _words.Count && _words[j + 1].Start == _words[j].End && TextNormalizer.NextIsHan(_text, _words[j + 1].Start)) j++;
            int s = _words[i].Start, e = _words[j].End;
            var cuts = new List<(int From, int To)>();
            for (var p = s; p < e;)
            {
                var found = 0;
                for (var length = Math.Min(longest, e - p); length >= shortest && found == 0 && names.Count > 0; length--)
                    if (names.Contains(_text.Substring(p, length))) found = length;
                for (var length = Math.Min(_profile.HanNameMaxCharacters, e - p); length >= 2 && found == 0 && keys.Count > 0; length--)
                    if (keys.Contains(PinyinKey(p, length))) found = length;
                if (found > 0 && found < e - s) { cuts.Add((p, p + found)); p += found; }
                else p++;
            }
            if (cuts.Count == 0) { i = j; continue; }
            var words = new List<TextWord>();
            var breakBefore = _words[i].BreakBefore;
            var raw = new List<RawToken>();
            var pos = s;
            foreach (var (from, to) in cuts)
            {
                if (from > pos) Add(pos, from);
                Add(from, to);
                pos = to;
                _cutAt.Add(from);
                _cutAt.Add(to);
            }
            if (pos < e) Add(pos, e);
            _words.RemoveRange(i, j - i + 1);
            _words.InsertRange(i, words);
            i += words.Count - 1;

            string PinyinKey(int from, int length)
            {
                var sb = new System.Text.StringBuilder(Syllable(_text[from])).Append('|');
                for (var c = from + 1; c < from + length; c++) sb.Append(Syllable(_text[c]));
                return sb.ToString();
            }

            string Syllable(char c)
            {
                if (!syllables.TryGetValue(c, out var read)) syllables[c] = read = TextNormalizer.Normalize(c.ToString());
                return read;
            }

            void Add(int from, int to)
            {
                raw.Clear();
                TextNormalizer.Tokenize(_text[from..to], raw);
                foreach (var t in raw)
                {
                    words.Add(new TextWord(t with { Start = t.Start + from, End = t.End + from }, true, false, breakBefore));
                    breakBefore = false;
                }
            }
        }
    }

    /// <summary>
    /// A word of <see cref="ScoringProfile.DistinctiveWordMinLength"/>+ letters the lists do not hold as written, with the
    /// same <see cref="TransliterationKey"/> as a listed word that is a distinctive one-word name (<see cref="TryDistinctiveWord"/>'s
    /// tests) and at most <see cref="ScoringProfile.TransliterationMaxLengthDifference"/> letters longer or shorter; a key of
    /// at most <see cref="ScoringProfile.TransliterationShortKey"/> consonants also needs the matcher's word similarity
    /// (<c>Daech</c>, <c>Qaeda</c>: few consonants meet by chance). Scored at most <see cref="ScoringProfile.TransliteratedWordScore"/>.
    /// </summary>
    private void TryTransliteratedWord(int k)
    {
        var text = _words[k].Text;
        if (text.Length < _profile.DistinctiveWordMinLength || CommonWords.Contains(text) || AfterGivenName(k)) return;
        var key = TransliterationKey.Of(text);
        if (key.Length < _profile.TransliterationMinKey) return;
        var vocabulary = _index.Vocabulary;
        // A word of the Arabic script writes no short vowels (حزب الله → hzballah): its vowels say nothing, and the matcher's
        // word similarity, which reads such a word by its consonants, must agree instead.
        var abjad = _words[k].Token.Abjad;
        // So does a word of a script of India, whose vowels are the reading's, not a spelling (বলেছেন "said" is no BELSHINA).
        var indic = Indic.Holds(_text[_words[k].Start]);
        QueryUnit? unit = null;
        foreach (var id in _owner.ByTransliterationKey(key))
        {
            var listed = vocabulary.Words[id];
            if (listed[0] != text[0]) continue;
            if (abjad || indic)
            {
                if (Similarity(unit ??= new QueryUnit(text, TokenClass.Normal, abjad, 1f, 0, 1), id) <= 0) continue;
            }
            else if (Math.Abs(listed.Length - text.Length) > _profile.TransliterationMaxLengthDifference
                || TransliterationKey.VowelGroups(listed) != TransliterationKey.VowelGroups(text)) continue;
            else if (key.Length <= _profile.TransliterationShortKey
                && (listed[^1] != text[^1] || Similarity(unit ??= new QueryUnit(text, TokenClass.Normal, false, 1f, 0, 1), id) <= 0)) continue;
            AddDistinctive(k, listed, vocabulary.Targets[id], false, MentionRule.TransliteratedWord, _profile.TransliteratedWordScore);
        }
    }

    /// <summary>Word <paramref name="k"/> follows a given name in the same run of name words (<c>Emmanuel Macron</c>): it is
    /// a person's surname, not an organisation's one-word name in another spelling (MOKRAN). A given name is one the
    /// nickname or given-name variant tables hold.</summary>
    private bool AfterGivenName(int k)
    {
        if (k == 0 || _words[k].BreakBefore || _roles[k - 1] != WordRole.Content) return false;
        var before = _words[k - 1].Text;
        var data = ReferenceData.Instance;
        return data.Nicknames.ContainsKey(before) || data.Variants.ContainsKey(before);
    }

    /// <summary>
    /// An acronym the text defines next to a mention, in brackets after it (<c>Al-Qard al-Hassan (AQAH)</c>) or before it
    /// (<c>(AQAH) Al-Qard al-Hassan</c>): its letters are the initials of the mention's words in order (joining particles may
    /// be left out). The bracketed acronym and every later use of it are mentions of the same entity, with its score.
    /// </summary>
    private bool AddDefinedAcronyms(List<Candidate> accepted)
    {
        var added = false;
        var covered = new bool[_words.Count];
        foreach (var c in accepted) for (var i = c.First; i <= c.Last; i++) covered[i] = true;
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in accepted)
        {
            if (c.Rule is MentionRule.RepeatedSurname or MentionRule.DefinedAcronym or MentionRule.TitledSurname) continue;
            var first = c.First;
            while (first > 0 && !_words[first].BreakBefore && _roles[first - 1] == WordRole.Joiner) first--;
            // The rest of the run may belong to the defined name: "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)".
            var runEnd = c.Last;
            while (runEnd + 1 < _words.Count && !_words[runEnd + 1].BreakBefore) runEnd++;
            var after = runEnd + 1;
            var before = first - 1;
            int acronym;
            if (after < _words.Count && Bracketed(after) && IsAcronymOf(after, first, runEnd, runEnd)) acronym = after;
            else if (before >= 0 && Bracketed(before) && _text.AsSpan(_words[before].End, _words[first].Start - _words[before].End).Contains(')')
                     && IsAcronymOf(before, first, c.Last, runEnd)) acronym = before;
            else continue;
            var letters = _words[acronym].Text;
            if (!defined.Add(letters)) continue;
            for (var k = 0; k < _words.Count; k++)
            {
                if (covered[k] || _words[k].Text != letters || !(_upperCaseText || _words[k].AllCaps)) continue;
                _candidates.Add(new Candidate(k, k, c.Entity, c.Score, c.Name, MentionRule.DefinedAcronym, null, c.First));
                covered[k] = true;
                added = true;
            }
        }
        return added;
    }

    /// <summary>Word <paramref name="k"/> stands alone in brackets: <c>(AQAH)</c>.</summary>
    private bool Bracketed(int k)
    {
        var w = _words[k];
        if (!w.AllCaps && !_upperCaseText) return false;
        var open = w.Start - 1;
        while (open >= 0 && char.IsWhiteSpace(_text[open])) open--;
        var close = w.End;
        while (close < _text.Length && char.IsWhiteSpace(_text[close])) close++;
        return open >= 0 && _text[open] is '(' or '[' && close < _text.Length && _text[close] is ')' or ']';
    }

    /// <summary>The letters of word <paramref name="acronym"/> are the initials of words <paramref name="first"/>..<paramref name="reach"/>
    /// or beyond (up to <paramref name="last"/>) in order, every word but a joining particle giving its initial.</summary>
    private bool IsAcronymOf(int acronym, int first, int reach, int last)
    {
        var letters = _words[acronym].Text;
        if (letters.Length < _profile.AcronymMinLength) return false;
        var j = 0;
        for (var k = first; k <= last; k++)
        {
            var initial = _words[k].Text[0];
            if (j < letters.Length && initial == letters[j]) j++;
            else if (_roles[k] != WordRole.Joiner) return false;
            if (j == letters.Length && k >= reach) return true;
        }
        return false;
    }

    /// <summary>
    /// The mention of words <paramref name="i"/>..<paramref name="j"/> read without its inner words that pair with nothing
    /// of the person's names and end like a patronymic (<c>Igor Ivanovich Sechin</c> against SECHIN, Igor: lists often
    /// leave the patronymic out, news writes it), each left out costing × <see cref="ScoringProfile.LeftOutPatronymicFactor"/>;
    /// null when there is none to leave out.
    /// </summary>
    private Candidate? WithoutPatronymics(int i, int j, List<int> matched, int entity, bool titled)
    {
        if (_index.Entities[entity].Kind != EntityKind.Person) return null;
        List<int>? left = null;
        for (var k = i + 1; k < j; k++)
            if (_roles[k] == WordRole.Content && !matched.Contains(k) && Inflections.IsPatronymic(_words[k].Text, Inflections.Slavic, _profile.InflectionMinStem))
                (left ??= []).Add(k);
        if (left is null) return null;
        var sb = new System.Text.StringBuilder();
        var from = i;
        foreach (var k in left)
        {
            if (k > from) sb.Append(Slice(from, k - 1)).Append(' ');
            from = k + 1;
        }
        sb.Append(Slice(from, j));
        var query = _owner.Screener.Prepare(new ScreeningQuery(sb.ToString(), titled ? EntityKind.Person : EntityKind.Unknown));
        var score = MentionScorer.Score(_index, query, entity, _similarity, out var name, out _) * Math.Pow(_profile.LeftOutPatronymicFactor, left.Count);
        return new Candidate(i, j, entity, score, name, MentionRule.Name, query);
    }

    /// <summary>Every other content word of the run <paramref name="a"/>..<paramref name="b"/> is a sentence's first word
    /// capitalised for being first, or, in a German text (which capitalises every noun), a word the lists know nothing
    /// like. In English an unknown capitalised word next to a surname is more likely a name the lists do not hold.</summary>
    private bool AloneAmongNames(int k, int a, int b)
    {
        for (var m = a; m <= b; m++)
        {
            if (m == k || _roles[m] != WordRole.Content) continue;
            if (m == a && IsSentenceOpener(m)) continue;
            if (!_germanText || WordTargets(_words[m]).Length > 0) return false;
        }
        return true;
    }

    /// <summary>The other name words of the run <paramref name="a"/>..<paramref name="b"/> name no party alone: common
    /// words, generic organisation words and legal forms (<c>Deripaskas Konzern</c>, <c>Компании Тимченко</c>, <c>the
    /// Maduro Government</c>). A surname among them may still refer back to a person named in full (<see cref="AddRepeatedSurnames"/>).
    /// After a surname as written, an organisation word makes the name of a company (<c>Tadri Bank</c>); only an organ
    /// of the state (<c>Government</c>) or a surname in the genitive (<c>Deripaskas Firma</c>) leaves it the person's.</summary>
    private bool AmongGenericWords(int k, int a, int b)
    {
        if (Generic(k)) return false; // "the Supreme Court": the surname must be a name
        for (var m = a; m <= b; m++)
        {
            if (m == k || _roles[m] != WordRole.Content) continue;
            if (m == a && IsSentenceOpener(m)) continue;
            if (!Generic(m)) return false;
            if (m > k && !_inflected[k] && !CommonWords.IsStateOrgan(_words[m].Text)) return false;
        }
        return true;

        bool Generic(int m)
        {
            var data = ReferenceData.Instance;
            var written = _words[m].Text;
            if (data.LegalForms.ContainsKey(written)) return true;
            // компании → company: an inflected organisation word the stem table reads (Text/Data/org_word_stems.tsv)
            var text = data.OrgWords.TryGetValue(written, out var english) ? english
                : data.ReadStem(written, out var translated) is { } stem && translated ? stem : written;
            // A country next to a surname (Wei Polen) may be a name word of another person: not generic here.
            if (text == written && Countries.TryGetCode(written, out _)) return false;
            return data.GenericWords.Contains(text) || CommonWords.Contains(text);
        }
    }

    /// <summary>
    /// A person's mention made only of given names while the run goes on with another name word right before or after it
    /// (<c>Igor Ivanovich</c> of <c>Igor Ivanovich Sechin</c> is not STRELKOV, Igor Ivanovich): the text names someone
    /// with another surname.
    /// </summary>
    private bool LeavesOutTheSurname(Candidate c)
    {
        if (_index.Entities[c.Entity].Kind != EntityKind.Person) return false;
        var next = c.Last + 1 < _words.Count && !_words[c.Last + 1].BreakBefore && _roles[c.Last + 1] == WordRole.Content;
        var previous = c.First > 0 && !_words[c.First].BreakBefore && _roles[c.First - 1] == WordRole.Content && !IsSentenceOpener(c.First - 1);
        if (!next && !previous) return false;
        var surnames = Surnames(c.Entity);
        for (var k = c.First; k <= c.Last; k++)
            if (_roles[k] == WordRole.Content && SurnameOf(k, surnames)) return false;
        // The word next to it may be the surname, misspelt beyond what the best sub-span kept ("Isma'il Fu'ad Rasul Ahked").
        return !(next && SurnameOf(c.Last + 1, surnames)) && !(previous && SurnameOf(c.First - 1, surnames));
    }

    /// <summary>Word <paramref name="k"/> is one of <paramref name="surnames"/>, as written or as the matcher folds it.</summary>
    private bool SurnameOf(int k, HashSet<string> surnames)
    {
        var text = _words[k].Text;
        if (surnames.Contains(text)) return true;
        var vocabulary = _index.Vocabulary;
        if (vocabulary.TryGetId(text, out var id) && surnames.Contains(vocabulary.Words[vocabulary.Targets[id]])) return true;
        foreach (var (target, sim) in WordTargets(_words[k]))
            if (sim > 0 && surnames.Contains(vocabulary.Words[target])) return true;
        return false;
    }

    /// <summary>The first word of a sentence that is not a name word the lists hold as written ("Later", "Позже").</summary>
    private bool IsSentenceOpener(int k) =>
        (k == 0 || _words[k].BreakBefore && _text.AsSpan(_words[k - 1].End, _words[k].Start - _words[k - 1].End).IndexOfAny(".!?\n") >= 0)
        && (!_index.Vocabulary.TryGetId(_words[k].Text, out _) || CommonWords.Contains(_words[k].Text));
}
