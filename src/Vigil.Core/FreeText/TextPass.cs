using Vigil.Core.Index;
using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Names;
using Vigil.Core.Screening;
using Vigil.Core.Text;

namespace Vigil.Core.FreeText;

/// <summary>One screening of one text: its words, the candidate mentions, and the caches that live as long as the text.</summary>
internal sealed partial class TextPass
{
    private readonly FreeTextScreener _owner;
    private readonly ScreeningIndex _index;
    private readonly string _text;
    /// <summary>The text with prose apostrophes' elided words and suffixes as spaces (<see cref="ProseApostrophes"/>),
    /// which the words were read from: what stands between two words of a name.</summary>
    private readonly string _gaps;
    /// <summary>Family-name words of listed persons, by entity (<see cref="Surnames"/>).</summary>
    private readonly Dictionary<int, HashSet<string>> _surnames = [];
    private readonly FreeTextOptions _options;
    private readonly ScoringProfile _profile;
    private readonly double _minScore;
    private readonly List<TextWord> _words;
    private readonly bool _upperCaseText;
    private readonly WordRole[] _roles;
    /// <summary>The word is the only name word of its run (<c>the Maduro regime</c>, <c>President Maduro</c>).</summary>
    private readonly bool[] _lone;
    /// <summary>The word's text is the form an inflected word stands for (<see cref="Inflections"/>), not the word as written.</summary>
    private readonly bool[] _inflected;
    private bool _anyInflected;
    /// <summary>The text reads as German (<see cref="Inflections.German"/>'s gate): it capitalises every noun.</summary>
    private bool _germanText;
    /// <summary>Offsets where <see cref="SplitHanNames"/> cut a run of Han characters.</summary>
    private readonly HashSet<int> _cutAt = [];
    private readonly List<Candidate> _candidates = [];
    private readonly Dictionary<string, (int Target, float Similarity)[]> _targets = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Text, bool Pair, bool Abjad, int Word), float> _sims = [];
    private readonly Func<QueryUnit, int, float> _similarity;
    private readonly FreeTextScratch _scratch;
    private readonly int[] _nameSeen;
    private readonly int[] _nameFirstWord;
    private readonly float[] _nameQuery;
    private readonly float[] _nameListed;
    private readonly float[] _nameAgree;
    private readonly List<int> _touched = [];
    private int _nameStamp;
    private readonly Dictionary<string, IReadOnlyList<ScreeningHit>> _searches = new(StringComparer.Ordinal);
    private readonly int[] _trigramCounter;
    private readonly CancellationToken _cancel;

    /// <summary>For a reading of a text: which characters the reading changed; only runs of words holding one are screened
    /// (the others were, in the text as written). Null: every run.</summary>
    private readonly bool[]? _changed;

    /// <summary>For the reading with Arabic organisation words in English: the words still in the Arabic script are prose,
    /// so a run is made of the translated words (Guard Revolutionary), and the words around them, already screened as
    /// written, do not dilute it.</summary>
    private readonly bool _abjadIsProse;

    public TextPass(FreeTextScreener owner, FreeTextScratch scratch, string text, FreeTextOptions options, CancellationToken cancel, bool[]? changed = null, bool abjadIsProse = false)
    {
        _changed = changed;
        _abjadIsProse = abjadIsProse;
        _cancel = cancel;
        _scratch = scratch;
        _nameSeen = scratch.NameSeen;
        _nameFirstWord = scratch.NameFirstWord;
        _nameQuery = scratch.NameQuery;
        _nameListed = scratch.NameListed;
        _nameAgree = scratch.NameAgree;
        _trigramCounter = scratch.TrigramCounter;
        _nameStamp = scratch.Stamp;
        _owner = owner;
        _index = owner.Index;
        _text = text;
        _gaps = ProseApostrophes.Blank(text);
        _options = options;
        _profile = _index.Profile;
        _minScore = options.MinScore ?? _index.Profile.AlertThreshold;
        _words = TextWords.Of(text, _profile, out _upperCaseText, _gaps);
        _similarity = Similarity;
        SplitHanNames();
        _roles = new WordRole[_words.Count];
        _lone = new bool[_words.Count];
        _inflected = new bool[_words.Count];
        for (var i = 0; i < _words.Count; i++) _roles[i] = RoleOf(i);
        ContinueOrganisationNames();
        Lemmatise();
    }

    private enum WordRole : byte { Other, Content, Joiner, Title }

    /// <summary>A possible mention: words First..Last of the text, an entity, its score and how it was found.</summary>
    /// <param name="Antecedent">For a back-reference (a repeated surname, a defined acronym): the first word of the full mention it refers to.</param>
    private sealed record Candidate(int First, int Last, int Entity, double Score, int Name, MentionRule Rule, PreparedQuery? Query, int? Antecedent = null);

    public List<TextMention> Run()
    {
        for (var i = 0; i < _words.Count;)
        {
            if (_roles[i] is not (WordRole.Content or WordRole.Title)) { i++; continue; }
            _cancel.ThrowIfCancellationRequested();
            var a = i;
            var b = i;
            var j = i + 1;
            while (j < _words.Count && !_words[j].BreakBefore && _roles[j] != WordRole.Other)
            {
                if (_roles[j] != WordRole.Joiner) b = j;
                j++;
            }
            if (_changed is null || Changed(_words[a].Start, _words[b].End)) ScreenRun(a, b);
            i = j;
        }
        var accepted = Resolve(_candidates);
        if (AddDefinedAcronyms(accepted)) accepted = Resolve(_candidates);
        if (AddRepeatedSurnames(accepted)) accepted = Resolve(_candidates);
        if (AddSharedSurnames(accepted)) accepted = Resolve(_candidates);
        var mentions = new List<TextMention>(accepted.Count);
        foreach (var c in accepted) mentions.Add(ToMention(c));
        return mentions;
    }

    private bool Changed(int start, int end) => Array.IndexOf(_changed!, true, start, end - start) >= 0;

    private WordRole RoleOf(int i)
    {
        var w = _words[i];
        var data = ReferenceData.Instance;
        var text = w.Text;
        if (_abjadIsProse && w.Token.Abjad) return WordRole.Other;
        // An initial before a capitalised name word is a name word, whatever else the letter is (O, Y, V).
        if (w.Capitalized && IsInitial(i) && i + 1 < _words.Count && !_words[i + 1].BreakBefore && _words[i + 1].Capitalized) return WordRole.Content;
        if (data.Joiners.Contains(text)) return WordRole.Joiner;
        // Arabic and Persian have no capitals: their function words (في, الذي, است) say which words are prose.
        switch (ArabicProseWords.Of(WholeWord(w)))
        {
            case ArabicProseWords.Role.Break: return WordRole.Other;
            case ArabicProseWords.Role.Joiner: return WordRole.Joiner;
            case ArabicProseWords.Role.Title: return WordRole.Title;
        }
        // Japanese: hiragana is the grammar of the sentence (の, は, した), and a Han word written against a katakana name
        // is its title or what it is (ルカシェンコ大統領 "President Lukashenko", プリゴジン氏, 創設者エフゲニー).
        if (JapaneseProse(w)) return WordRole.Other;
        var nameLike = _upperCaseText ? char.IsAsciiLetter(text[0]) || w.Capitalized : w.Capitalized;
        if (!nameLike && IsHyphenatedSyllable(i)) nameLike = true;
        // Russian capitalises only the first word of an organisation's name (Федеральная служба безопасности): a word in
        // Cyrillic that the stem table reads as an organisation word is a name word written in lower case too.
        if (!nameLike && IsCyrillicOrgWord(i)) nameLike = true;
        // "el presidente Maduro", "президент Мадуро": other languages write a title in lower case before a surname
        if (!nameLike && LowerCaseTitleBeforeSurname(i)) return WordRole.Title;
        if (!nameLike || IsDigits(text)) return WordRole.Other;
        if (data.StopWords.Contains(text)) return WordRole.Joiner;
        if (data.ProseTitles.Contains(text)) return WordRole.Title;
        if (data.Classes.TryGetValue(text, out var cls)) return cls == TokenClass.Title ? WordRole.Title : WordRole.Joiner;
        return WordRole.Content;
    }

    /// <summary>Word <paramref name="i"/> is a title of another language than English (<c>prose_titles.tsv</c> gives
    /// its English word: presidente, Präsident, президент), or <c>president</c> (French président, English "vice
    /// president"), in lower case before one capitalised word that ends the run: a surname (<c>el presidente Maduro</c>).
    /// English lower-case words of rank (general, major, minister) are prose.</summary>
    private bool LowerCaseTitleBeforeSurname(int i)
    {
        var text = _words[i].Text;
        if (!ReferenceData.Instance.ProseTitleEnglish.ContainsKey(text) && text != "president") return false;
        if (i + 1 >= _words.Count || !_words[i + 1].Capitalized || _words[i + 1].BreakBefore || _words[i + 1].Token.Abjad) return false;
        return i + 2 >= _words.Count || _words[i + 2].BreakBefore || !_words[i + 2].Capitalized;
    }

    /// <summary>French, Spanish, Italian and Portuguese capitalise only the first word of an organisation's name (<c>Corps
    /// des gardiens de la révolution islamique</c>, <c>Banco central de Venezuela</c>), as Russian does: after a
    /// capitalised organisation word (<c>org_words.tsv</c>), the lower-case organisation words that follow it, with
    /// joining words between, are name words too. Only after one: a lower-case organisation word alone is prose. Russian
    /// names do the same, and write compounds with a hyphen whose first half may be a loanword (<c>Агентство
    /// интернет-исследований</c>): that half is a name word when the lists hold it and the second half is an organisation
    /// word.</summary>
    private void ContinueOrganisationNames()
    {
        if (_upperCaseText) return;
        var data = ReferenceData.Instance;
        // Russian and other news put a name in quotes after the lower-case word for its kind of organisation (концерн
        // «Калашников», банк «Россия»): that word is part of the name the lists hold (KALASHNIKOV CONCERN).
        for (var i = 0; i + 1 < _words.Count; i++)
        {
            if (_roles[i] is not (WordRole.Other or WordRole.Content) || !char.IsLower(_text[_words[i].Start]) || !IsOrgWord(i) || !OpensQuotedName(i)) continue;
            _roles[i] = WordRole.Content;
            _words[i + 1] = _words[i + 1] with { BreakBefore = false };
        }
        for (var i = 0; i < _words.Count; i++)
        {
            if (_roles[i] != WordRole.Content || !_words[i].Capitalized || !IsOrgWord(i)) continue;
            var j = i + 1;
            for (; j < _words.Count && !_words[j].BreakBefore; j++)
            {
                if (_roles[j] is WordRole.Joiner or WordRole.Content) continue;
                if (_roles[j] != WordRole.Other || !char.IsLower(_text[_words[j].Start]) || !(IsOrgWord(j) || JoinedToOrgWord(j))) break;
                _roles[j] = WordRole.Content;
            }
            i = j - 1;
        }

        // Only an opening quote and spaces stand between word k and the next, which is capitalised and a name word.
        bool OpensQuotedName(int k)
        {
            var next = _words[k + 1];
            if (!next.Capitalized || _roles[k + 1] != WordRole.Content) return false;
            var between = _text.AsSpan(_words[k].End, next.Start - _words[k].End).Trim();
            return between.Length == 1 && between[0] is '«' or '„' or '"' or '\u201C';
        }

        // An organisation word of org_words.tsv, or a Cyrillic one of the stem table (агентство, исследований).
        bool IsOrgWord(int k) => data.OrgWords.ContainsKey(_words[k].Text) || IsCyrillicOrgWord(k);

        // The first half of a hyphenated compound whose second half is an organisation word, a word the lists hold
        // (Агентство интернет-исследований: INTERNET RESEARCH AGENCY).
        bool JoinedToOrgWord(int k) => k + 1 < _words.Count && _words[k].End < _text.Length && _text[_words[k].End] is '-' or '\u2010'
            && _words[k + 1].Start == _words[k].End + 1 && IsOrgWord(k + 1) && _index.Vocabulary.TryGetId(_words[k].Text, out _);
    }

    /// <summary>Word <paramref name="k"/> is written in Cyrillic and the stem table reads it as an organisation word
    /// (<c>службы</c>, <c>исследований</c>).</summary>
    private bool IsCyrillicOrgWord(int k) =>
        IsCyrillic(k) && ReferenceData.Instance.ReadStem(_words[k].Text, out var translated) is not null && translated;

    private bool IsCyrillic(int k) => _text[_words[k].Start] is >= '\u0400' and <= '\u04FF';

    /// <summary>Word <paramref name="i"/> is the lower-case second syllable of a hyphenated given name (<c>Kim Jong-un</c>,
    /// <c>Kim Yo-jong</c>): joined by a hyphen to the capitalised word before it, both short
    /// (<see cref="ScoringProfile.HyphenatedSyllableMaxLength"/>), and a word of listed persons' names.</summary>
    private bool IsHyphenatedSyllable(int i)
    {
        var w = _words[i];
        if (i == 0 || w.Start < 2 || _text[w.Start - 1] is not ('-' or '\u2010') || w.Text.Length > _profile.HyphenatedSyllableMaxLength) return false;
        var before = _words[i - 1];
        if (before.End != w.Start - 1 || !before.Capitalized || before.Text.Length > _profile.HyphenatedSyllableMaxLength) return false;
        var vocabulary = _index.Vocabulary;
        return vocabulary.TryGetId(w.Text, out var id) && InPersonNames(vocabulary.Targets[id]);
    }

    /// <summary>A word of hiragana, a run of Han characters touching katakana with no space between, or one followed by
    /// hiragana that is no particle (the inflected ending of a verb or adjective: 役立つ).</summary>
    private bool JapaneseProse(TextWord w)
    {
        var c = _text[w.Start];
        if (Text.Scripts.Kana.IsHiragana(c)) return true;
        if (!TextNormalizer.NextIsHan(_text, w.Start)) return false;
        var start = w.Start;
        while (start > 0 && TextNormalizer.NextIsHan(_text, start - 1)) start--;
        var end = w.End;
        while (end < _text.Length && TextNormalizer.NextIsHan(_text, end)) end++;
        if ((start > 0 && IsKatakanaChar(_text[start - 1])) || (end < _text.Length && IsKatakanaChar(_text[end]))) return true;
        // Han followed by hiragana that is no particle is the stem of a verb or adjective and its inflected ending
        // (役立つ "be useful", 述べた "said", 示した "showed"): a name is followed by a particle (は, が, の), a title or a
        // mark.
        return end < _text.Length && Text.Scripts.Kana.IsHiragana(_text[end]) && !IsParticle(end);

        static bool IsKatakanaChar(char ch) => Text.Scripts.Kana.IsKatakanaLetter(ch) || ch is '・' or 'ー';

        // The case and binding particles of Japanese that follow a noun (は が の を に で と も へ や か, から, まで, より), and
        // さん after a name.
        bool IsParticle(int at) => _text[at] is 'は' or 'が' or 'の' or 'を' or 'に' or 'で' or 'と' or 'も' or 'へ' or 'や' or 'か'
            || _text.AsSpan(at).StartsWith("から", StringComparison.Ordinal) || _text.AsSpan(at).StartsWith("まで", StringComparison.Ordinal)
            || _text.AsSpan(at).StartsWith("より", StringComparison.Ordinal) || _text.AsSpan(at).StartsWith("さん", StringComparison.Ordinal);
    }

    /// <summary>The written word a token belongs to: the normaliser reads an Arabic article apart (التي → al ty).</summary>
    private ReadOnlySpan<char> WholeWord(TextWord w)
    {
        int start = w.Start, end = w.End;
        while (start > 0 && IsArabic(_text[start - 1])) start--;
        while (end < _text.Length && IsArabic(_text[end])) end++;
        return _text.AsSpan(start, end - start);

        static bool IsArabic(char c) => Text.Scripts.ArabicScript.IsArabicLetter(c) || Text.Scripts.ArabicScript.IsArabicMark(c);
    }

    private void ScreenRun(int a, int b)
    {
        var content = 0;
        var known = 0;
        for (var k = a; k <= b; k++)
        {
            if (_roles[k] != WordRole.Content) continue;
            content++;
            // An initial (O. Deripaska) pairs with a listed given name by the matcher's rules, not by a word lookup.
            if (WordTargets(_words[k]).Length > 0 || IsInitial(k)) known++;
            TryDistinctiveWord(k);
        }
        // "President Maduro", "Iran's Supreme Leader Khamenei": a title, then one name word that ends the run (in
        // "President Joe Biden", Joe is a given name).
        if (_roles[b] == WordRole.Content && b > a && _roles[b - 1] == WordRole.Title && !_words[b].BreakBefore) TryTitledSurname(b);
        if (content == 1)
            for (var k = a; k <= b; k++) if (_roles[k] == WordRole.Content) _lone[k] = true;
        // "Later Sechin said", German "Deripaskas Anwälte": a sentence's first word capitalised only for that, or nouns
        // capitalised by the language, do not make a surname part of a longer name; other name words the lists know do.
        if (content >= 2)
            for (var k = a; k <= b; k++)
                if (_roles[k] == WordRole.Content) _lone[k] = AloneAmongNames(k, a, b) || AmongGenericWords(k, a, b);
        if (content < 2 || known < 2) return;
        var width = Math.Max(2, _profile.WindowWords);
        if (b - a + 1 <= width)
        {
            ScreenWindow(a, b);
            return;
        }
        for (var s = a; ; s += width / 2)
        {
            var e = Math.Min(b, s + width - 1);
            _cancel.ThrowIfCancellationRequested();
            ScreenWindow(s, e);
            if (e == b) break;
        }
    }

    /// <summary>Word <paramref name="i"/> is an initial (<see cref="IsInitial"/>) and the entity a person: a name may start
    /// there (O. Deripaska). Whether the initial agrees with a given name (listed names are kept folded: Evgeny as
    /// yevgeniy) is the alignment's to judge.</summary>
    private bool InitialOf(int i, int entity) => IsInitial(i) && _index.Entities[entity].Kind == EntityKind.Person;

    /// <summary>Words <paramref name="i"/>..<paramref name="j"/> are initials and then word <paramref name="j"/>.</summary>
    private bool OnlyInitialsBefore(int i, int j)
    {
        if (i == j) return false;
        for (var k = i; k < j; k++) if (_roles[k] == WordRole.Content && !IsInitial(k)) return false;
        return true;
    }

    /// <summary>The word is a common surname (<see cref="HeldByManyNames"/>): after initials only, it is nobody in
    /// particular (M. Garcia), as after a title.</summary>
    private bool CommonSurname(int k) =>
        _index.Vocabulary.TryGetId(_words[k].Text, out var id) && HeldByManyNames(_index.Vocabulary.Targets[id]);

    /// <summary>The vocabulary word is held by more listed names than <see cref="ScoringProfile.CommonSurnameNames"/>.</summary>
    private bool HeldByManyNames(int target) => _index.PostingStart[target + 1] - _index.PostingStart[target] > _profile.CommonSurnameNames;

    /// <summary>Word <paramref name="k"/> is one Latin capital letter followed by a full stop (<c>O. Deripaska</c>).
    /// Not a letter of dotted letters (S.A., L.L.C.): a space follows the full stop, and no full stop comes before.</summary>
    private bool IsInitial(int k)
    {
        var w = _words[k];
        return w.Text.Length == 1 && char.IsAsciiLetter(w.Text[0]) && w.End + 1 < _text.Length && _text[w.End] == '.' && char.IsWhiteSpace(_text[w.End + 1])
            && (w.Start == 0 || char.IsWhiteSpace(_text[w.Start - 1]));
    }

    /// <summary>Searches a window of words, then scores each entity found against the sub-spans made of its words.</summary>
    private void ScreenWindow(int s, int e)
    {
        while (s < e && _roles[s] != WordRole.Content) s++;
        while (e > s && _roles[e] != WordRole.Content) e--;
        if (s >= e || !CanBeDistinctive(s, e) || !SomeNameCanMatch(s, e)) return;
        var window = Slice(s, e);
        var windowQuery = _owner.Screener.Prepare(new ScreeningQuery(window));
        if (!_searches.TryGetValue(window, out var hits))
        {
            hits = _owner.Screener.Search(windowQuery, new SearchOptions(Top: _profile.WindowTopEntities, MinScore: Math.Min(_profile.WindowFloor, _minScore)));
            _searches[window] = hits;
        }
        if (hits.Count == 0) return;
        var prepared = new Dictionary<(int, int, bool), PreparedQuery>();
        foreach (var hit in hits)
        {
            var entity = _owner.OrdinalOf(hit.Entity);
            var ends = MatchedWords(windowQuery, entity, s, e);
            if (ends.Count < 1) continue;
            Candidate? best = null;
            for (var x = 0; x < ends.Count; x++)
            {
                for (var y = x; y < ends.Count; y++)
                {
                    int i = ends[x], j = ends[y];
                    if (i == j && !MultiToken(i)) continue;
                    // An initial opens a person's name (O. Deripaska); prose does not end one with it (not O. Deripaska
                    // and V.). A company's may end in dotted letters (S. en C.).
                    if (IsInitial(j) && _index.Entities[entity].Kind == EntityKind.Person) continue;
                    if (OnlyInitialsBefore(i, j) && CommonSurname(j)) continue;
                    var titled = i > 0 && _roles[i - 1] == WordRole.Title && !_words[i].BreakBefore;
                    if (!prepared.TryGetValue((i, j, titled), out var query))
                        prepared[(i, j, titled)] = query = _owner.Screener.Prepare(new ScreeningQuery(Slice(i, j), titled ? EntityKind.Person : EntityKind.Unknown));
                    var score = MentionScorer.Score(_index, query, entity, _similarity, out var name, out _);
                    // Equal scores (at the float precision of the weights they are summed from: 0.99999997 is 1) prefer
                    // the sub-span with fewer conjunctions inside (Syrian Air, not Air and Syrian of Iran Air and Syrian
                    // Air), then the longer one, the whole name rather than a part that is also a listed name.
                    if (best is null || Better(score, i, j, best))
                        best = new Candidate(i, j, entity, score, name, MentionRule.Name, query);
                    if (WithoutPatronymics(i, j, ends, entity, titled) is { } reduced && (best is null || reduced.Score > best.Score)) best = reduced;
                }
            }
            if (best is null || best.Score < _minScore - _index.Profile.MaxBonus) continue;
            if (LeavesOutTheSurname(best)) continue;
            best = WithContext(best);
            if (best.Score >= _minScore && IsDistinctive(best)) _candidates.Add(best);
        }
    }

    /// <summary>Sub-span <paramref name="i"/>..<paramref name="j"/> scoring <paramref name="score"/> beats
    /// <paramref name="than"/> for the same entity: a higher score at float precision, then fewer conjunctions inside, then
    /// more words.</summary>
    private bool Better(double score, int i, int j, Candidate than)
    {
        if ((float)score != (float)than.Score) return (float)score > (float)than.Score;
        int mine = Conjunctions(i, j), theirs = Conjunctions(than.First, than.Last);
        return mine != theirs ? mine < theirs : j - i > than.Last - than.First;
    }

    /// <summary>The conjunctions (and, y, et) among words <paramref name="i"/>..<paramref name="j"/>.</summary>
    private int Conjunctions(int i, int j)
    {
        var n = 0;
        for (var k = i + 1; k < j; k++) if (_roles[k] == WordRole.Joiner && ReferenceData.Instance.Conjunctions.Contains(_words[k].Text)) n++;
        return n;
    }

    /// <summary>A single text word the normaliser split into several name words (a Han or Hangul name) counts as a name of
    /// several words; an Arabic word split from its article (الرئيس) does not.</summary>
    private bool MultiToken(int i) =>
        (i > 0 && _words[i - 1].End == _words[i].Start && _roles[i - 1] == WordRole.Content)
        || (i + 1 < _words.Count && _words[i + 1].Start == _words[i].End && _roles[i + 1] == WordRole.Content);

    /// <summary>The window's content words that pair with some word of the entity's names: where a best sub-span can start or end.</summary>
    private List<int> MatchedWords(PreparedQuery windowQuery, int entity, int s, int e)
    {
        var names = _index.Names;
        var matchedStarts = new HashSet<int>();
        var matchedEnds = new HashSet<int>();
        var first = names.FirstNameOf(entity);
        for (var u = 0; u < windowQuery.Singles; u++)
        {
            var unit = windowQuery.Units[u];
            var token = windowQuery.Tokens[unit.Position];
            var found = false;
            for (var n = first; n < first + names.NameCountOf(entity) && !found; n++)
                for (var k = 0; k < names.CountOf(n) && !found; k++)
                    found = Similarity(unit, names.TokenId(names.StartOf(n) + k)) > 0;
            if (!found) continue;
            matchedStarts.Add(token.Start);
            matchedEnds.Add(token.End);
        }
        // Offsets of the words in the window's query text (Slice), where an inflected word is replaced by its form.
        var offsets = new List<(int Start, int End)>(e - s + 1);
        Slice(s, e, offsets);
        var result = new List<int>();
        for (var i = s; i <= e; i++)
            if (_roles[i] == WordRole.Content && (matchedStarts.Contains(offsets[i - s].Start) || matchedEnds.Contains(offsets[i - s].End) || InitialOf(i, entity)))
                result.Add(i);
        return result;
    }

    /// <summary>
    /// Whether a name of several words is a mention in prose: at least one of its words paired with the listed name is an
    /// ordinary name word that is neither a country nor a common word (<see cref="CommonWords"/>); or, made only of such
    /// words, <see cref="ScoringProfile.ProseAgreeingWords"/> or more of them agree with the listed name, or <see cref="ScoringProfile.ProseWholeNameWords"/> or more make the whole listed name (legal form and
    /// particles aside) written as listed. Never a country's name.
    /// </summary>
    private bool IsDistinctive(Candidate c)
    {
        var span = Slice(c.First, c.Last);
        if (Countries.TryGetCode(span, out _)) return false;
        var data = ReferenceData.Instance;
        var explanation = MentionScorer.Explain(_index, c.Query!, c.Entity, c.Name);
        if (!AsHanNamesAreWritten(c, explanation)) return false;
        var classes = new Dictionary<string, TokenClass>(StringComparer.Ordinal);
        foreach (var t in c.Query!.Tokens) classes.TryAdd(t.Text, t.Class);
        var paired = 0;
        var exact = true;
        foreach (var w in explanation.Words)
        {
            // A particle (del, de, of) paired with itself says nothing about the name.
            if (w.Query is null || w.Listed is null || w.Similarity <= 0 || data.Joiners.Contains(w.Query)) continue;
            paired++;
            exact &= w.Similarity >= 1;
            var cls = classes.TryGetValue(w.Query, out var k) ? k : TokenClass.Normal;
            if (cls == TokenClass.Normal && !CommonWords.Contains(w.Query) && !CommonWords.Contains(w.Listed)
                && !Countries.TryGetCode(w.Query, out _) && !Countries.TryGetCode(w.Listed, out _))
                return true;
        }
        // Four (ProseAgreeingWords) or more words agreeing with one listed name do not meet by chance, common as each may be.
        if (paired >= _profile.ProseAgreeingWords) return true;
        if (!exact || paired < _profile.ProseShortNameWords) return false;
        if (paired < _profile.ProseWholeNameWords && !StandsAlone(c, explanation)) return false;
        foreach (var w in explanation.Words)
            if (w.Query is null && w.Listed is not null && !data.CanonicalLegalForms.Contains(w.Listed) && !data.Classes.ContainsKey(w.Listed) && !data.StopWords.Contains(w.Listed))
                return false;
        return true;
    }

    /// <summary>
    /// A short name of common words (<see cref="ScoringProfile.ProseShortNameWords"/>) written as a whole listed name is a
    /// mention when prose writes it as a name standing alone:
    /// <list type="bullet">
    /// <item>its first word capitalised, and the others too, unless the first stands inside a sentence or is Cyrillic and
    /// <see cref="ContinueOrganisationNames"/> carries lower-case organisation words after it (<c>l'État islamique</c>,
    /// <c>«Исламского государства»</c>; at a sentence's start, <c>Industrial bank lending</c> is prose);</item>
    /// <item>a name the list does not call a weak alias (OFAC's broad, generic ones: NATIONAL BANK of a Nicaraguan
    /// bank);</item>
    /// <item>every word of the listed name paired but its particles (<c>Air Force</c> is not SYRIAN AIR FORCE, nor
    /// <c>Islamic Society</c> SOCIETY OF ISLAMIC COOPERATION: the longer rule may leave out a country or a legal form);</item>
    /// <item>its run holding no other name word but a country's (<c>Iran's Revolutionary Guards</c>) or, before it, words
    /// no listed name holds (or German articles) capitalised as the sentence's first word or as German nouns (<c>Боевики
    /// Исламского государства</c>, <c>Die Terrormiliz Islamischer Staat</c>): in <c>Industrial Bank of Korea</c> the name
    /// is longer; a conjunction ends the run (<c>Iran Air and Syrian Air</c>); a word in the Arabic script, which has no
    /// capitals to set a name apart, does not count;</item>
    /// <item>for a name built on an organ every state has (<c>ministry</c>, <c>government</c>: <c>common_words.tsv</c>), a
    /// country named nearby that the party's listed countries agree with (<c>Cuba's Ministry of Interior</c>; <c>the
    /// Interior Ministry</c> alone or <c>Iraq's Ministry of Interior</c> is nobody in particular). Other names need no
    /// country: news of the Revolutionary Guards names the countries they act against.</item>
    /// </list>
    /// </summary>
    private bool StandsAlone(Candidate c, Matching.MatchExplanation explanation)
    {
        // OFAC's weak aliases are the broad, generic ones (NATIONAL BANK of a Nicaraguan bank): never alone in prose.
        if (_index.Names.RoleOf(c.Name) == NameRole.WeakAlias) return false;
        // Every word capitalised; or a capitalised first word, inside a sentence or in Cyrillic, that lower-case
        // organisation words continue (French, Spanish: l'État islamique; Russian: «Исламское государство»).
        if (!_words[c.First].Capitalized) return false;
        var inSentence = (c.First > 0 && !_words[c.First].BreakBefore) || IsCyrillic(c.First);
        for (var k = c.First + 1; k <= c.Last; k++)
            if (_roles[k] == WordRole.Content && !_words[k].Capitalized && !inSentence) return false;
        // The run around it, up to a conjunction (Iran Air and Syrian Air are two names).
        var conjunctions = ReferenceData.Instance.Conjunctions;
        var from = c.First;
        while (from > 0 && !_words[from].BreakBefore && _roles[from - 1] != WordRole.Other && !conjunctions.Contains(_words[from - 1].Text)) from--;
        var to = c.Last;
        while (to + 1 < _words.Count && !_words[to + 1].BreakBefore && _roles[to + 1] != WordRole.Other && !conjunctions.Contains(_words[to + 1].Text)) to++;
        var opens = from == 0 || _words[from].BreakBefore;
        for (var k = from; k <= to; k++)
        {
            if (k >= c.First && k <= c.Last) continue;
            if (_roles[k] != WordRole.Content || Countries.TryGetCode(_words[k].Text, out _)) continue;
            // Arabic script has no capitals: its runs are the sentence's words, not a name's.
            if (_words[k].Token.Abjad) continue;
            // Before the name: a German article or a word no listed name holds, capitalised as the sentence's first word or
            // as a German noun.
            if (k < c.First && (opens || _germanText) && (WordTargets(_words[k]).Length == 0 || (_germanText && Inflections.German.Gates.Contains(_words[k].Text))))
                continue;
            return false;
        }
        // The whole listed name: no word of it left unpaired but a particle (not SYRIAN AIR FORCE for Air Force, nor SOCIETY OF
        // ISLAMIC COOPERATION for Islamic Society).
        if (explanation.Words.Any(w => w.Query is null && w.Listed is not null && !ReferenceData.Instance.StopWords.Contains(w.Listed)))
            return false;
        if (!explanation.Words.Any(w => w.Listed is not null && CommonWords.IsStateOrgan(w.Listed))) return true;
        var entity = _index.Entities[c.Entity];
        return TextContext.Countries(_words, c.First, c.Last, _profile)
            .Exists(code => Array.IndexOf(entity.Nationalities, code) >= 0 || Array.IndexOf(entity.OtherCountries, code) >= 0);
    }

    /// <summary>
    /// A person's name read from one run of Han characters (Chinese and Japanese write no spaces) holds as Chinese writes
    /// names: family name first, and each character read as exactly the listed syllable. Otherwise any two characters of
    /// prose read as a name (死亡 "death" is si wang, WANG Si in the other order; 訪問 "visit" is fang wen, near WANG Wen).
    /// </summary>
    private bool AsHanNamesAreWritten(Candidate c, Matching.MatchExplanation explanation)
    {
        if (_index.Entities[c.Entity].Kind != EntityKind.Person || c.First == c.Last || !TextNormalizer.NextIsHan(_text, _words[c.First].Start)) return true;
        for (var k = c.First; k < c.Last; k++)
            if (_words[k].End != _words[k + 1].Start || !TextNormalizer.NextIsHan(_text, _words[k + 1].Start)) return true;
        if (c.Query!.Tokens.Length == 0) return false;
        var first = c.Query.Tokens[0].Text; // as the explanation writes it: folded (李 li as ri, with Lee and Yi)
        var surnames = Surnames(c.Entity);
        var familyFirst = false;
        foreach (var w in explanation.Words)
        {
            if (w.Query is null || w.Listed is null || w.Similarity <= 0) continue;
            if (w.Similarity < 1) return false;
            if ((w.Query == first || w.Query.StartsWith(first, StringComparison.Ordinal)) && surnames.Contains(w.Listed)) familyFirst = true;
        }
        return familyFirst;
    }

    /// <summary>Whether <see cref="IsDistinctive"/> can hold for some sub-span: a content word that is neither common nor a
    /// country, or as many content words as either rule needs (<c>Foreign Ministry</c>, <c>Supreme Court</c> need no search).</summary>
    private bool CanBeDistinctive(int s, int e)
    {
        var content = 0;
        for (var k = s; k <= e; k++)
        {
            if (_roles[k] != WordRole.Content) continue;
            if (++content >= Math.Min(_profile.ProseAgreeingWords, Math.Min(_profile.ProseWholeNameWords, _profile.ProseShortNameWords))) return true;
            var text = _words[k].Text;
            if (!CommonWords.Contains(text) && !Countries.TryGetCode(text, out _)) return true;
        }
        return false;
    }

    /// <summary>The candidate with the best score the nearby countries and birth date allow; context never lowers a score.</summary>
    private Candidate WithContext(Candidate c)
    {
        var countries = TextContext.Countries(_words, c.First, c.Last, _profile);
        var born = TextContext.BirthDate(_words, c.First, c.Last, _profile);
        if (countries.Count == 0 && born is null) return c;
        var best = c;
        var name = c.Query!.Query.Name;
        var kind = c.Query.Query.Kind;
        foreach (var country in countries) Try(new ScreeningQuery(name, kind, born, country));
        if (born is not null) Try(new ScreeningQuery(name, kind, born));
        return best;

        void Try(ScreeningQuery q)
        {
            var prepared = _owner.Screener.Prepare(q);
            var score = MentionScorer.Score(_index, prepared, c.Entity, _similarity, out var n, out _);
            if (score > best.Score) best = c with { Score = score, Name = n, Query = prepared };
        }
    }

    /// <summary>The text of words <paramref name="first"/>..<paramref name="last"/> as the matcher is to read it: as written,
    /// except that an inflected word is replaced by the form it stands for (<c>Игоря Сечина</c> → <c>igor sechin</c>).</summary>
    /// <remarks>A word cut out of a run of Han characters (<see cref="SplitHanNames"/>) is set apart by a space.
    /// <paramref name="offsets"/>, when given, receives each word's offsets in the returned text.</remarks>
    private string Slice(int first, int last, List<(int Start, int End)>? offsets = null)
    {
        // Between the words, the text they were read from: "Banque centrale d'Iran" is central bank … Iran, not diran.
        if (!_anyInflected && _cutAt.Count == 0 && offsets is null) return _gaps[_words[first].Start.._words[last].End];
        var sb = new System.Text.StringBuilder();
        var pos = _words[first].Start;
        var (lastStart, lastEnd) = (0, 0);
        for (var k = first; k <= last; k++)
        {
            // Words read from the same characters (有限公司 → co ltd) are that text once.
            if (_words[k].Start < pos)
            {
                offsets?.Add((lastStart, lastEnd));
                continue;
            }
            sb.Append(_gaps, pos, _words[k].Start - pos);
            if (k > first && _cutAt.Contains(_words[k].Start)) sb.Append(' ');
            var start = sb.Length;
            if (_inflected[k]) sb.Append(_words[k].Text);
            else sb.Append(_text, _words[k].Start, _words[k].End - _words[k].Start);
            offsets?.Add((start, sb.Length));
            (lastStart, lastEnd) = (start, sb.Length);
            pos = _words[k].End;
        }
        return sb.ToString();
    }

    private static bool IsDigits(string s)
    {
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    /// <summary>Best candidates first (a <see cref="MentionRule.TransliteratedWord"/> after all others); a candidate overlapping a better one is dropped, unless it is the same words for an
    /// entity of another list scoring within <see cref="ScoringProfile.CrossListMargin"/> (one party listed twice).</summary>
    private List<Candidate> Resolve(List<Candidate> candidates)
    {
        // A word read in another transliteration yields to any other candidate over its words ("Porras Cortes" is not CORTEZ).
        var order = candidates.OrderBy(c => c.Rule == MentionRule.TransliteratedWord).ThenByDescending(c => c.Score)
            .ThenByDescending(c => c.Last - c.First).ThenBy(c => c.First).ToList();
        var accepted = new List<Candidate>();
        foreach (var c in order)
        {
            var keep = true;
            foreach (var a in accepted)
            {
                if (c.Last < a.First || c.First > a.Last) continue;
                var sameWords = c.First == a.First && c.Last == a.Last;
                var ea = _index.Entities[a.Entity].Entity;
                var ec = _index.Entities[c.Entity].Entity;
                if (sameWords && ea.Source != ec.Source && c.Score >= a.Score - _profile.CrossListMargin
                    && !accepted.Exists(x => x.First == c.First && x.Last == c.Last && _index.Entities[x.Entity].Entity.Source == ec.Source))
                    continue;
                keep = false;
                break;
            }
            if (keep) accepted.Add(c);
        }
        accepted.Sort((x, y) => x.First != y.First ? x.First.CompareTo(y.First) : y.Score.CompareTo(x.Score));
        return accepted;
    }

    private TextMention ToMention(Candidate c)
    {
        var entity = _index.Entities[c.Entity].Entity;
        var start = _words[c.First].Start;
        var end = _words[c.Last].End;
        Matching.MatchExplanation? explanation = null;
        if (_options.Explain)
            explanation = c.Query is not null && c.Rule == MentionRule.Name
                ? MentionScorer.Explain(_index, c.Query, c.Entity, c.Name)
                : RuleExplanation(c);
        var hit = new ScreeningHit(entity, Math.Clamp(c.Score, 0, 1), _index.Names.FullOf(c.Name), _index.Names.RoleOf(c.Name), explanation, _index.Profile)
        {
            Version = _owner.Screener.VersionOf(entity.Source),
        };
        return new TextMention(start, end, _text[start..end], hit, c.Rule) { RefersTo = c.Antecedent is { } a ? _words[a].Start : null };
    }

    private Matching.MatchExplanation RuleExplanation(Candidate c)
    {
        var word = Slice(c.First, c.Last);
        var detail = c.Rule switch
        {
            MentionRule.DistinctiveWord => "a single word that is a whole listed name held by few listed names",
            MentionRule.TitledSurname => "a surname after a title, carried by one listed person of that kind",
            MentionRule.TransliteratedWord => "a single word spelling a distinctive listed name in another transliteration (same consonant classes)",
            MentionRule.DefinedAcronym => "an acronym the text defines in brackets next to a mention",
            MentionRule.SharedSurname => "a given name joined by a conjunction to a person's full mention, with that mention's surname",
            _ => "a surname of a person mentioned in full earlier in the text",
        };
        return new Matching.MatchExplanation(_index.Names.FullOf(c.Name), _index.Names.RoleOf(c.Name).ToString(),
            [new Matching.AlignedWord(TextNormalizer.Normalize(word), null, 1, 0)],
            [new Matching.FeatureScore("rule", c.Score, word, _index.Names.FullOf(c.Name), detail)]);
    }

    private static IEnumerable<string> AnalyzedWords(string name, EntityKind kind)
    {
        foreach (var t in NameAnalyzer.Analyze(name, kind))
            if (t.Class == TokenClass.Normal) yield return t.Text;
    }
}
