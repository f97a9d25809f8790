using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Names;
using Vigil.Core.Screening;
using Vigil.Core.Text;

namespace Vigil.Core.FreeText;

/// <summary>The single-word rules (docs/scoring.md, "Free text"): a lone word is a mention only when the lists make it one.</summary>
internal sealed partial class TextPass
{
    /// <summary>
    /// A word that is by itself a whole listed name (not initials Vigil derived) of at most
    /// <see cref="ScoringProfile.DistinctiveMaxEntities"/> non-persons, written as an acronym (<c>CEIEC</c>) or <see cref="ScoringProfile.DistinctiveWordMinLength"/>+ letters
    /// long. Never a country, a common word, a word of a class that never names a party alone (title, particle, legal form,
    /// generic organisation word), nor a word in more than <see cref="ScoringProfile.DistinctiveMaxNames"/> listed names. Particles and legal forms of the listed name
    /// aside: <c>al-Qaida</c> is the whole name AL QA'IDA.
    /// </summary>
    private void TryDistinctiveWord(int k)
    {
        var w = _words[k];
        var text = w.Text;
        var acronym = !_upperCaseText && w.AllCaps;
        if (text.Length < _profile.AcronymMinLength || (!acronym && text.Length < _profile.DistinctiveWordMinLength) || IsDigits(text) || HasDigit(text)) return;
        if (!IsPlainWord(text)) return;
        var vocabulary = _index.Vocabulary;
        if (vocabulary.TryGetId(text, out var id))
        {
            if (acronym)
            {
                AddDistinctive(k, text, vocabulary.Targets[id], acronym, MentionRule.DistinctiveWord, 1);
                return;
            }
            if (CommonWords.Contains(text) || AddDistinctive(k, text, vocabulary.Targets[id], acronym, MentionRule.DistinctiveWord, 1)) return;
            // A word the lists hold only inside longer organisation names (HEZBOLLAH of LEBANESE HEZBOLLAH) may still spell
            // a one-word name in another transliteration; a word of persons' names (CORTES) is a name of its own.
            if (InPersonNames(vocabulary.Targets[id])) return;
        }
        else if (acronym) return;
        // An inflected form is read as the lists write it already; an Arabic word read without its joined conjunction or
        // preposition (لحزب الله → hzballah) is still written without short vowels, which only the transliteration reads.
        if (!_inflected[k] || _words[k].Token.Abjad) TryTransliteratedWord(k);
    }

    /// <summary>Word <paramref name="k"/> as a mention of the entities whose whole listed name is <paramref name="text"/>
    /// (vocabulary word <paramref name="target"/>), under <see cref="TryDistinctiveWord"/>'s tests; scored at most <paramref name="maxScore"/>.</summary>
    /// <returns>Whether it added a candidate.</returns>
    private bool AddDistinctive(int k, string text, int target, bool acronym, MentionRule rule, double maxScore)
    {
        var vocabulary = _index.Vocabulary;
        // A word in hundreds of listed names is a common word of names, whatever else it is.
        if (_index.PostingStart[target + 1] - _index.PostingStart[target] > _profile.DistinctiveMaxNames) return false;
        var key = "\u0001" + text;
        if (!_searches.TryGetValue(key, out var hits))
        {
            hits = _owner.Screener.Search(new ScreeningQuery(text), new SearchOptions(Top: _profile.WindowTopEntities, MinScore: _minScore));
            _searches[key] = hits;
        }
        var found = new List<Candidate>();
        foreach (var hit in hits)
        {
            var entity = hit.Entity;
            if (entity.Kind == EntityKind.Person) continue;
            // Another spelling stands for a listed word only where that word is the whole name (not CENTRE of THE BUSINESS CENTRE LTD.).
            if (rule == MentionRule.TransliteratedWord && hit.Score < maxScore) continue;
            var words = NameAnalyzer.Analyze(hit.MatchedName, entity.Kind);
            var named = 0;
            var same = false;
            // "al-Qaida": a particle just before the word that the listed name also has belongs to the mention.
            var first = k;
            if (k > 0 && !_words[k].BreakBefore && _roles[k - 1] == WordRole.Joiner && Array.Exists(words, t => t.Text == _words[k - 1].Text))
                first = k - 1;
            foreach (var t in words)
            {
                if (t.Class is TokenClass.LegalForm or TokenClass.Particle or TokenClass.Title) continue;
                named++;
                same = t.Text == vocabulary.Words[target];
            }
            if (named != 1 || !same) continue;
            // A bracketed part ("(LONDON)") names a party alone only as an acronym; a word of 5+ letters must be a name
            // the list gives an organisation as such.
            if (acronym ? !IsListed(entity, hit.MatchedName) : entity.Kind != EntityKind.Organization || !entity.Names.Any(n => n.Full == hit.MatchedName)) continue;
            var ordinal = _owner.OrdinalOf(entity);
            found.Add(new Candidate(first, k, ordinal, Math.Min(hit.Score, maxScore), NameIndex(ordinal, hit.MatchedName), rule, null));
        }
        // The word names one party (or the same party on two lists), not a family of them.
        if (found.Count == 0 || found.Count > _profile.DistinctiveMaxEntities) return false;
        _candidates.AddRange(found);
        return true;
    }

    /// <summary>
    /// A surname after a title (<c>President Maduro</c>): the listed persons whose family name holds the word; one of them,
    /// or one of them whose listed titles or remarks hold the title word, is the mention.
    /// </summary>
    private void TryTitledSurname(int k)
    {
        var text = _words[k].Text;
        if (text.Length < _profile.TitledSurnameMinLength || !IsPlainWord(text)) return;
        var vocabulary = _index.Vocabulary;
        if (!vocabulary.TryGetId(text, out var id)) return;
        var target = vocabulary.Targets[id];
        var folded = vocabulary.Words[target];
        if (HeldByManyNames(target)) return; // a common surname is nobody in particular
        var from = _index.PostingStart[target];
        var to = _index.PostingStart[target + 1];
        var persons = new List<int>();
        for (var p = from; p < to; p++)
        {
            var entity = _index.Names.EntityOf(_index.Postings[p]);
            if (persons.Contains(entity) || _index.Entities[entity].Kind != EntityKind.Person) continue;
            if (Surnames(entity).Contains(folded)) persons.Add(entity);
        }
        if (persons.Count > 1)
        {
            var title = _words[k - 1].Text;
            persons = persons.FindAll(e => HoldsTitle(_index.Entities[e].Entity, title));
        }
        if (persons.Count != 1) return;
        _candidates.Add(new Candidate(k, k, persons[0], _profile.TitledSurnameScore, _index.Names.FirstNameOf(persons[0]), MentionRule.TitledSurname, null));
    }

    /// <summary>
    /// After the full mentions are known: a lone word that is a surname of exactly one person mentioned in full earlier in
    /// the text (<c>Nicolás Maduro</c> … <c>the Maduro regime</c>, <c>Игорь Сечин</c> … <c>Позже Сечин</c>, <c>Igor Sechin</c> …
    /// <c>Sechins</c> in a German text) is a mention of that person, with the full mention's score and a reference to it.
    /// </summary>
    private bool AddRepeatedSurnames(List<Candidate> accepted)
    {
        var people = new Dictionary<int, (HashSet<string> Surnames, double Score, int Name, int First, int Last)>();
        foreach (var c in accepted)
        {
            if (c.Rule is MentionRule.RepeatedSurname or MentionRule.DefinedAcronym || _index.Entities[c.Entity].Kind != EntityKind.Person) continue;
            if (c.Rule == MentionRule.Name && c.First == c.Last && !MultiToken(c.First)) continue;
            // accepted is in order of appearance: the first full mention is the one later surnames refer to
            if (people.TryGetValue(c.Entity, out var p))
            {
                // named in full again, maybe spelt otherwise (Vekselberg, then Wekselberg in a German paragraph)
                p.Surnames.UnionWith(MentionedSurnames(c));
                people[c.Entity] = p with { Score = Math.Max(p.Score, c.Score) };
            }
            else people[c.Entity] = (MentionedSurnames(c), c.Score, c.Name, c.First, c.Last);
        }
        if (people.Count == 0) return false;
        var covered = new bool[_words.Count];
        foreach (var c in accepted) for (var i = c.First; i <= c.Last; i++) covered[i] = true;
        var vocabulary = _index.Vocabulary;
        var added = false;
        for (var k = 0; k < _words.Count; k++)
        {
            if (covered[k] || !_lone[k] || !IsPlainWord(_words[k].Text)) continue;
            var folded = vocabulary.TryGetId(_words[k].Text, out var id) ? vocabulary.Words[vocabulary.Targets[id]] : _words[k].Text;
            var match = -1;
            foreach (var (entity, p) in people)
            {
                // Only after the full mention: a surname before it (or with none) is nobody in particular.
                if (k <= p.Last || !(p.Surnames.Contains(folded) || DeclinedSurname(k, p.Surnames))) continue;
                if (match >= 0) { match = -2; break; }
                match = entity;
            }
            if (match < 0) continue;
            _candidates.Add(new Candidate(k, k, match, people[match].Score, people[match].Name, MentionRule.RepeatedSurname, null, people[match].First));
            added = true;
        }
        return added;
    }

    /// <summary>A Cyrillic word that is a case form of one of <paramref name="surnames"/> (<c>Кадырова</c>, the accusative
    /// of Кадыров after <c>Рамзан Кадыров</c>): the lists may hold the word as written (KADYROVA, a woman's surname), so
    /// the lemmatiser kept it, but after a full mention of the man it is his name declined.</summary>
    private bool DeclinedSurname(int k, HashSet<string> surnames)
    {
        var w = _words[k];
        if (!IsCyrillic(k) || !_index.Vocabulary.TryGetId(w.Text, out _)) return false;
        foreach (var (form, _) in Inflections.Forms(w.Text, Inflections.Slavic, _profile.InflectionMinStem))
            if (surnames.Contains(form)) return true;
        return false;
    }

    /// <summary>The person's listed surnames, and the words of the full mention <paramref name="c"/> that stand for one
    /// (<see cref="SurnameOf"/>) as the text spells them: German writes TIMCHENKO as <c>Timtschenko</c>, and repeats it so.
    /// Not a common word the matcher took for a surname (<c>Court</c> for KURD): alone, it names nobody.</summary>
    private HashSet<string> MentionedSurnames(Candidate c)
    {
        var surnames = new HashSet<string>(Surnames(c.Entity), StringComparer.Ordinal);
        List<string>? written = null;
        for (var k = c.First; k <= c.Last; k++)
            if (_roles[k] == WordRole.Content && !surnames.Contains(_words[k].Text) && !CommonWords.Contains(_words[k].Text) && SurnameOf(k, surnames))
                (written ??= []).Add(_words[k].Text);
        if (written is not null) surnames.UnionWith(written);
        return surnames;
    }

    /// <summary>
    /// After the full mentions are known: a capitalised word joined by a conjunction to a person's full mention written
    /// given name first (<c>Arkady and Boris Rotenberg</c>, <c>Arkadi y Borís Rotenberg</c>) is a given name sharing that
    /// mention's surname. The given name with the rest of the mention is screened as a name; the best listed person it
    /// scores at or above the threshold, another than the mention's and holding the same surname, is a mention on the
    /// given name, referring to the full mention.
    /// </summary>
    private bool AddSharedSurnames(List<Candidate> accepted)
    {
        var covered = new bool[_words.Count];
        foreach (var c in accepted) for (var i = c.First; i <= c.Last; i++) covered[i] = true;
        var added = false;
        foreach (var c in accepted)
        {
            var g = c.First - 2;
            if (c.Rule != MentionRule.Name || c.First == c.Last || g < 0 || _index.Entities[c.Entity].Kind != EntityKind.Person) continue;
            if (covered[g] || _roles[g] != WordRole.Content || _roles[c.First - 1] != WordRole.Joiner || !_words[g].Capitalized
                || _words[c.First].BreakBefore || _words[c.First - 1].BreakBefore || !ReferenceData.Instance.Conjunctions.Contains(_words[c.First - 1].Text)) continue;
            // the mention is written given name first: its first word is no surname of the person
            var surnames = Surnames(c.Entity);
            if (SurnameOf(c.First, surnames) || !SurnameOf(c.Last, surnames) || !MayBeGivenName(_words[g].Text)) continue;
            // as written: a lemmatised word would mix a Latin form into a Cyrillic name (Аркадий Ротенберги: 0.97 as
            // written, 0.82 as "Аркадий rotenberg")
            var query = _text[_words[g].Start.._words[g].End] + " " + _text[_words[c.First + 1].Start.._words[c.Last].End];
            var key = "\u0002" + query;
            if (!_searches.TryGetValue(key, out var hits))
            {
                hits = _owner.Screener.Search(new ScreeningQuery(query, EntityKind.Person), new SearchOptions(Top: _profile.WindowTopEntities, MinScore: _minScore));
                _searches[key] = hits;
            }
            foreach (var hit in hits)
            {
                var entity = _owner.OrdinalOf(hit.Entity);
                if (entity == c.Entity || hit.Entity.Kind != EntityKind.Person || !SurnameOf(c.Last, Surnames(entity))) continue;
                _candidates.Add(new Candidate(g, g, entity, hit.Score, NameIndex(entity, hit.MatchedName), MentionRule.SharedSurname, null, c.First));
                added = true;
                break;
            }
        }
        return added;
    }

    /// <summary>Not a country or demonym, nor a word of a class that never names a person (title, particle, legal form).</summary>
    private static bool MayBeGivenName(string text)
    {
        var data = ReferenceData.Instance;
        return !data.StopWords.Contains(text) && !data.Classes.ContainsKey(text) && !data.LegalForms.ContainsKey(text) && !Countries.TryGetCode(text, out _);
    }

    /// <summary>Some listed person's name holds vocabulary word <paramref name="target"/>.</summary>
    private bool InPersonNames(int target)
    {
        for (var p = _index.PostingStart[target]; p < _index.PostingStart[target + 1]; p++)
            if (_index.Entities[_index.Names.EntityOf(_index.Postings[p])].Kind == EntityKind.Person) return true;
        return false;
    }

    /// <summary>Family-name words of a listed person: the family part where the list separates it, the part before the
    /// comma of <c>SURNAME, Given</c>, else every name word but the first.</summary>
    /// <remarks>Worked out once per entity and text; callers do not change the set.</remarks>
    private HashSet<string> Surnames(int entity)
    {
        if (_surnames.TryGetValue(entity, out var known)) return known;
        var result = _surnames[entity] = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in _index.Entities[entity].Entity.Names)
        {
            if (name.Role == NameRole.OriginalScript) continue;
            if (!string.IsNullOrWhiteSpace(name.Family))
            {
                foreach (var w in AnalyzedWords(name.Family, EntityKind.Person)) result.Add(w);
                continue;
            }
            // "SURNAME(S), Given names" as lists write them; otherwise natural order, the first word a given name.
            var comma = name.Full.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0)
            {
                foreach (var w in AnalyzedWords(name.Full[..comma], EntityKind.Person)) result.Add(w);
                continue;
            }
            var first = true;
            foreach (var w in AnalyzedWords(name.Full, EntityKind.Person))
            {
                if (!first) result.Add(w);
                first = false;
            }
        }
        return result;
    }

    private static bool HoldsTitle(Entity entity, string title)
    {
        // presidente, Präsident, президент: the listed titles are English
        if (ReferenceData.Instance.ProseTitleEnglish.TryGetValue(title, out var english)) title = english;
        foreach (var t in entity.Titles)
            if (TextNormalizer.Normalize(t).Split(' ').Contains(title)) return true;
        return entity.Remarks is { } r && TextNormalizer.Normalize(r).Split(' ').Contains(title);
    }

    /// <summary>The name was published by the list (or is the bracketed part of one), not initials Vigil derived.</summary>
    private static bool IsListed(Entity entity, string matched)
    {
        foreach (var n in entity.Names)
            if (n.Full == matched || (n.Full.Contains('(', StringComparison.Ordinal) && n.Full.Contains(matched, StringComparison.Ordinal))) return true;
        return false;
    }

    private int NameIndex(int entity, string full)
    {
        var names = _index.Names;
        var first = names.FirstNameOf(entity);
        for (var n = first; n < first + names.NameCountOf(entity); n++)
            if (names.FullOf(n) == full) return n;
        return first;
    }

    /// <summary>Not a country or demonym, nor a word of a class that never names a party alone (<see cref="MayBeGivenName"/>),
    /// nor a generic organisation word or a common given name.</summary>
    private static bool IsPlainWord(string text)
    {
        if (!MayBeGivenName(text)) return false;
        var data = ReferenceData.Instance;
        if (data.OrgWords.TryGetValue(text, out var english) && data.GenericWords.Contains(english)) return false;
        // федеральная → federal: an inflected organisation word the stem table reads (Text/Data/org_word_stems.tsv)
        if (data.ReadStem(text, out var translated) is { } stemmed && translated && data.GenericWords.Contains(stemmed)) return false;
        return !data.Variants.ContainsKey(text); // a common given name (Muhammad, Ali, Hussein)
    }

    private static bool HasDigit(string s)
    {
        foreach (var c in s) if (char.IsAsciiDigit(c)) return true;
        return false;
    }
}
