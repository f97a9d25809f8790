using Vigil.Core.Index;
using Vigil.Core.Lists;
using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Names;
using Vigil.Core.Text;
using Vigil.Core.Text.Scripts;

namespace Vigil.Core.Screening;

/// <summary>
/// Query → candidates → <see cref="Matcher"/> → ranked hits. Thread-safe: many searches may run at once on one index.
/// </summary>
/// <remarks>
/// Candidates come from the index's word lookups (exact, phonetic key, consonant skeleton, deletion-neighbourhood
/// typos, identifier numbers), narrowed by upper bounds of their achievable score (<see cref="CandidateFinder"/>); names
/// are scored in falling order of the tightest bound and the scan stops when it can no longer reach the cut-off (the
/// minimum score, or the score of the current last of the top hits). <see cref="SearchOptions.Exhaustive"/>
/// instead compares every query word with every listed word and scores every name: the same scoring, without the index.
/// </remarks>
/// <param name="index">The index searched.</param>
/// <param name="versions">The list versions the index was built from; each hit names its source's (null: hits name none).</param>
public sealed class Screener(ScreeningIndex index, IReadOnlyList<ListVersion>? versions = null)
{
    private readonly CandidateFinder _finder = new(index);
    private readonly Dictionary<string, ListVersion>? _versionOf = versions?.ToDictionary(v => v.Source, StringComparer.Ordinal);

    /// <summary>The index searched, with the profile that scores.</summary>
    public ScreeningIndex Index { get; } = index;

    /// <summary>The list versions the index was built from (empty when not given).</summary>
    public IReadOnlyList<ListVersion> Versions { get; } = versions ?? [];

    /// <summary>The version of <paramref name="source"/> the index holds, when the screener was told the versions.</summary>
    public ListVersion? VersionOf(string source) => _versionOf?.GetValueOrDefault(source);

    /// <summary>Analyses a query once, for repeated or explained searches.</summary>
    public PreparedQuery Prepare(ScreeningQuery query) => new(query, Index);

    /// <summary>The best hits for a query. A name that holds several (<c>X (ex-Y)</c>, <c>X f/k/a Y</c>) or residue and
    /// annotations (<c>BENEFICIARY:</c>, a flag, a voyage number) is searched as each of its <see cref="NameParts"/>; an
    /// entity keeps its best part's hit, which names that part in <see cref="ScreeningHit.QueryPart"/>.</summary>
    public IReadOnlyList<ScreeningHit> Search(ScreeningQuery query, SearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        options ??= new SearchOptions();
        var parts = NameParts.Of(query.Name);
        var (scriptReadings, ruleReadings) = Readings(parts, query.Kind);
        // Each part analysed once; a part of unknown kind is also read as a person's name and as an organisation's,
        // where these read it otherwise.
        // A typed organisation's, vessel's or aircraft's name is read as cut at a field's end in its own search, where
        // that applies (a listed person meets it at half its score anyway); one of unknown kind in a reading of its own.
        var typedCut = query.Kind is not (EntityKind.Person or EntityKind.Unknown);
        var prepared = Array.ConvertAll(parts, part => typedCut && ReferenceEquals(part, parts[^1])
            ? new PreparedQuery(query with { Name = part }, Index, cut: true) : Prepare(query with { Name = part }));
        List<PreparedQuery>? asPersons = null;
        List<PreparedQuery>? asOrganisations = null;
        if (query.Kind == EntityKind.Unknown)
            foreach (var p in prepared)
            {
                if (AsPerson(p) is { } person) (asPersons ??= []).Add(person);
                if (AsOrganisation(p) is { } organisation) (asOrganisations ??= []).Add(organisation);
            }
        // A person's short names (Bill, Sasha) are read in a name stated to be a person's only: in a name of unknown kind
        // they cost a search each for every name that holds a given name (unknown-kind p50 +15 %, p95 ×2, session 32).
        var readings = query.Kind == EntityKind.Person ? NicknameReadings(parts) : [];
        var cut = query.Kind == EntityKind.Unknown ? AsCut(prepared[^1]) : null;
        if (parts.Length == 1 && ReferenceEquals(parts[0], query.Name) && readings.Count + scriptReadings.Count + ruleReadings.Count == 0 && asPersons is null && asOrganisations is null && cut is null)
            return Search(prepared[0], options);
        var best = new Dictionary<Entity, ScreeningHit>(ReferenceEqualityComparer.Instance);
        var minScore = options.MinScore ?? Index.Profile.AlertThreshold;
        foreach (var p in prepared) OfferPrepared(p, 1);
        // The person reading of a name of unknown kind meets listed persons only: it reads no numbers or organisation
        // words, so another listed party is the organisation reading's to judge; the organisation reading meets the rest.
        foreach (var p in asPersons ?? []) OfferPrepared(p, 1, Meets.Persons);
        foreach (var p in asOrganisations ?? []) OfferPrepared(p, 1, Meets.NotPersons);
        // A long name cut at a field's end: its last word may begin a longer one. Not for persons' names, whose words
        // begin others too often (a customer's PETROVS is not PETROVSKY).
        if (cut is not null) OfferPrepared(cut, 1, Meets.NotPersons);
        foreach (var reading in readings) Offer(reading, Index.Profile.NicknameFactor);
        foreach (var reading in scriptReadings) Offer(reading, Index.Profile.ScriptReadingFactor);
        foreach (var reading in ruleReadings) Offer(reading, Index.Profile.RuleReadingFactor);

        void Offer(string part, double factor) => OfferPrepared(Prepare(query with { Name = part }), factor);

        void OfferPrepared(PreparedQuery prepared, double factor, Meets meets = Meets.All)
        {
            // A reading's hits count × factor, so only those at or above minScore / factor can be kept: a tighter cut-off
            // the candidate search prunes with.
            var part = prepared.Query.Name;
            var partOptions = factor < 1 ? options with { MinScore = Math.Min(1, minScore / factor) } : options;
            foreach (var hit in Search(prepared, partOptions))
            {
                if (meets != Meets.All && (hit.Entity.Kind == EntityKind.Person) != (meets == Meets.Persons)) continue;
                var score = hit.Score * factor;
                if (score < minScore) continue;
                if (!best.TryGetValue(hit.Entity, out var kept) || score > kept.Score)
                {
                    var named = ReferenceEquals(part, query.Name) ? null : part;
                    best[hit.Entity] = hit with { Score = score, QueryPart = named, Explanation = hit.Explanation is { } e ? e with { QueryPart = named } : null };
                }
            }
        }
        var hits = best.Values.ToList();
        hits.Sort(Order);
        var top = Math.Max(1, options.Top);
        if (hits.Count > top) hits.RemoveRange(top, hits.Count - top);
        return hits;
    }

    /// <summary>The best hits for a prepared query.</summary>
    public IReadOnlyList<ScreeningHit> Search(PreparedQuery query, SearchOptions options)
    {
        var profile = Index.Profile;
        var minScore = options.MinScore ?? profile.AlertThreshold;
        var top = Math.Max(1, options.Top);
        if (query.Units.Length == 0 && query.IdCanonical is null) return [];
        var scratch = Index.RentScratch();
        try
        {
            var stamp = ++scratch.Stamp;
            var units = query.Units.Length;
            if (options.Exhaustive) _finder.CompareAllWords(query, scratch, stamp);
            else _finder.LookUpWords(query, scratch, stamp);

            float Sim(int unit, int word) =>
                scratch.WordStamp[word] == stamp ? scratch.Sims[scratch.SlotOfWord[word] * units + unit] : 0f;
            Func<int, int, float> sim = Sim; // one delegate per search, not one per scored name

            var best = new TopHits(top);
            scratch.TouchedEntities.Clear();
            if (options.Exhaustive)
            {
                for (var n = 0; n < Index.Names.Count; n++) ScoreName(n);
            }
            else
            {
                var order = _finder.CandidateNames(query, scratch, stamp, minScore - profile.MaxBonus);
                foreach (var (bound, n) in order)
                {
                    if (bound + profile.MaxBonus < Math.Max(minScore, best.Cutoff)) break;
                    ScoreName(n);
                }
                if (query.IdCanonical is { } id && Index.ByIdentifier.TryGetValue(id, out var byId))
                    foreach (var e in byId)
                        for (var n = Index.Names.FirstNameOf(e); n < Index.Names.FirstNameOf(e) + Index.Names.NameCountOf(e); n++)
                            ScoreName(n);
            }

            return RankedHits(query, scratch, minScore, top, options, sim);

            void ScoreName(int n)
            {
                var e = Index.Names.EntityOf(n);
                if (options.EntityFilter is { } accept && !accept(Index.Entities[e].Entity)) return;
                var nameScore = NameAlignment.Score(query, n, Index, sim, null);
                if (nameScore <= 0 && !IdentifierAgrees(query, e)) return;
                var cutoff = Math.Max(minScore, best.Cutoff);
                if (nameScore + profile.MaxBonus < cutoff && !IdentifierAgrees(query, e)) return;
                var score = Matcher.Combine(query, Index.Entities[e], profile, nameScore, null);
                if (scratch.EntityStamp[e] != stamp)
                {
                    scratch.EntityStamp[e] = stamp;
                    scratch.EntityBest[e] = -1;
                    scratch.TouchedEntities.Add(e);
                }
                if (score > scratch.EntityBest[e])
                {
                    scratch.EntityBest[e] = score;
                    scratch.EntityName[e] = n;
                    best.Offer(e, score);
                }
            }
        }
        finally
        {
            Index.ReturnScratch(scratch);
        }
    }

    /// <summary>The touched entities at or above the minimum score, with the other listings of the parties that alerted, best
    /// first (ties: listings that matched on their own first, then by source id), the first <paramref name="top"/>.</summary>
    /// <remarks>
    /// A listing at or above the alert threshold brings in every other listing of its party (<see cref="ScreeningIndex.Parties"/>)
    /// that did not match on its own, or matched lower: with the party's score (the best listing's), that listing as
    /// <see cref="ScreeningHit.Via"/> and the link's reason. Below the alert threshold nothing is brought in, so a query that
    /// raised no alert raises none through a party; a listing <see cref="SearchOptions.EntityFilter"/> refuses is not brought
    /// in. <paramref name="top"/> then cuts the whole list, so it still caps the number of hits; the listings of one party
    /// sit together, as they share the party's score.
    /// </remarks>
    private List<ScreeningHit> RankedHits(PreparedQuery query, SearchScratch scratch, double minScore, int top, SearchOptions options, Func<int, int, float> sim)
    {
        var hits = new List<(ScreeningHit Hit, int Entity)>();
        foreach (var e in scratch.TouchedEntities)
        {
            var score = scratch.EntityBest[e];
            if (score < minScore) continue;
            hits.Add((new ScreeningHit(Index.Entities[e].Entity, score, Index.Names.FullOf(scratch.EntityName[e]), Index.Names.RoleOf(scratch.EntityName[e]), null, Index.Profile)
            {
                Version = VersionOf(Index.Entities[e].Entity.Source),
            }, e));
        }
        hits.Sort(Order);
        AddPartyListings(hits, options.EntityFilter);
        if (hits.Count > top) hits.RemoveRange(top, hits.Count - top);
        var result = new List<ScreeningHit>(hits.Count);
        foreach (var (hit, e) in hits)
        {
            var withParty = hit with { Party = Index.Parties.PartyIdOf(e) };
            if (options.Explain)
            {
                // A listing brought in by its party is explained by the listing whose name matched (ranked before it, so
                // never cut by the top).
                var matched = e;
                if (hit.Via is { } via)
                    foreach (var (other, o) in hits)
                        if (other.Via is null && other.Ref == via) { matched = o; break; }
                withParty = withParty with { Explanation = Explain(query, matched, scratch.EntityName[matched], sim) };
            }
            result.Add(withParty);
        }
        return result;
    }

    private static int Order((ScreeningHit Hit, int Entity) a, (ScreeningHit Hit, int Entity) b) => Order(a.Hit, b.Hit);

    /// <summary>The order of hits: score, then a listing that matched itself before one brought in by its party, then id and source.</summary>
    private static int Order(ScreeningHit a, ScreeningHit b) =>
        b.Score != a.Score ? b.Score.CompareTo(a.Score)
        : (a.Via is null) != (b.Via is null) ? (a.Via is null ? -1 : 1)
        : string.CompareOrdinal(a.Entity.SourceId, b.Entity.SourceId) is var byId and not 0 ? byId
        : string.CompareOrdinal(a.Entity.Source, b.Entity.Source);

    /// <summary>Adds (or raises) the other listings of each alerting hit's party; <paramref name="hits"/> is sorted before and after.</summary>
    private void AddPartyListings(List<(ScreeningHit Hit, int Entity)> hits, Func<Entity, bool>? accept)
    {
        var parties = Index.Parties;
        if (parties.Parties.Count == 0) return;
        var alertAt = Index.Profile.AlertThreshold;
        var changed = false;
        var count = hits.Count;
        for (var i = 0; i < count; i++)
        {
            var (hit, e) = hits[i];
            if (hit.Score < alertAt || hit.Via is not null) continue; // sorted: the best listing of a party comes first
            var members = parties.MembersOf(e);
            if (members.Length == 0) continue;
            var party = parties.PartyOf(e);
            foreach (var m in members)
            {
                if (m == e) continue;
                var at = hits.FindIndex(h => h.Entity == m);
                if (at >= 0 && (hits[at].Hit.Score >= hit.Score || hits[at].Hit.Via is not null)) continue;
                var member = Index.Entities[m].Entity;
                if (accept is not null && !accept(member)) continue; // a listing the search leaves out stays out
                var reason = party.ReasonBetween(hit.Ref, member.Ref);
                var sibling = new ScreeningHit(member, hit.Score, hit.MatchedName, hit.MatchedRole, null, Index.Profile) { Via = hit.Ref, ViaReason = reason, Version = VersionOf(member.Source) };
                if (at >= 0) hits[at] = (sibling, m);
                else hits.Add((sibling, m));
                changed = true;
            }
        }
        if (changed) hits.Sort(Order);
    }

    /// <summary>A person query's parts with one given name read as its nickname or full form (<c>Bill Harrington</c> →
    /// <c>william harrington</c>) where the lists hold that other name, at most <see cref="ScoringProfile.NicknameReadings"/>.</summary>
    private List<string> NicknameReadings(string[] parts)
    {
        var readings = new List<string>();
        var nicknames = ReferenceData.Instance.Nicknames;
        var variants = ReferenceData.Instance.Variants;
        var raw = new List<RawToken>();
        foreach (var part in parts)
        {
            raw.Clear();
            TextNormalizer.Tokenize(part, raw);
            for (var i = 0; i < raw.Count; i++)
            {
                // A spelling of a name the tables know under another (Dmitry, Alexander: dmitri, aleksandr) also has that
                // name's short forms (Dima, Sasha).
                var own = nicknames.GetValueOrDefault(raw[i].Text, []);
                var ofHead = variants.TryGetValue(raw[i].Text, out var head) && head != raw[i].Text ? nicknames.GetValueOrDefault(head, []) : [];
                for (var k = 0; k < own.Length + ofHead.Length; k++)
                {
                    var r = k < own.Length ? own[k] : ofHead[k - own.Length];
                    if (k >= own.Length && Array.IndexOf(own, r) >= 0) continue; // in both tables: one reading
                    // Only a name the lists hold can make the reading match better than the query as written.
                    if (!Index.Vocabulary.TryGetId(variants.GetValueOrDefault(r, r), out _)) continue;
                    if (readings.Count >= Index.Profile.NicknameReadings) return readings;
                    var words = raw.Select(t => t.Text).ToArray();
                    words[i] = r;
                    readings.Add(string.Join(' ', words));
                }
            }
        }
        return readings;
    }

    /// <summary>A part of a name of unknown kind read as a person's name, when that reads it otherwise: a word the
    /// organisation reading takes for an organisation word or a legal form is also a name word (CAMBIS is no exchange
    /// office, JU no Korean joint-stock company). Such a part is searched both ways and each listed name keeps its better
    /// score; a part that opens or closes with a legal form is a company's (<see cref="PreparedQuery.LegalForm"/>) and is
    /// not read so. Null when the readings agree.</summary>
    private PreparedQuery? AsPerson(PreparedQuery part) =>
        part.LegalForm is not null || NameAnalyzer.Analyze(part.Query.Name, EntityKind.Person, Index.Profile).AsSpan().SequenceEqual(part.Tokens, TextOnly.Instance)
            ? null : Prepare(part.Query with { Kind = EntityKind.Person });

    /// <summary>The listed parties a reading of a query may meet.</summary>
    private enum Meets { All, Persons, NotPersons }

    /// <summary>A part of a name of unknown kind read by an organisation's rules, when these read it otherwise: dotted
    /// letters as the word they spell (<c>A.W.A. Engineering Limited</c>, <c>T.D.G.</c>: initials in an unknown party's
    /// name), numbers in other languages' words and ambiguous Roman numerals (<c>BICENTENARIO V</c>), organisation words
    /// that are also personal names. It keeps its unknown kind for the features and meets listed non-persons only;
    /// null when the readings agree.</summary>
    private PreparedQuery? AsOrganisation(PreparedQuery part) =>
        NameAnalyzer.Analyze(part.Query.Name, EntityKind.Organization, Index.Profile).AsSpan().SequenceEqual(part.Tokens, TextOnly.Instance)
            ? null : new PreparedQuery(part.Query, Index, EntityKind.Organization);

    /// <summary>The last part of a name of unknown kind read as cut at a field's end (<see cref="PreparedQuery.Cut"/>), or
    /// null when it cannot have been.</summary>
    private PreparedQuery? AsCut(PreparedQuery part) =>
        PreparedQuery.Cut(part.Query, part.Tokens, Index) ? new PreparedQuery(part.Query, Index, cut: true) : null;

    private sealed class TextOnly : IEqualityComparer<NameToken>
    {
        public static TextOnly Instance { get; } = new();
        public bool Equals(NameToken x, NameToken y) => x.Text == y.Text;
        public int GetHashCode(NameToken t) => t.Text.GetHashCode(StringComparison.Ordinal);
    }

    /// <summary>The query parts read in the Korean systems or without a Hebrew prefix (<see cref="ScriptReadings.OfScript"/>),
    /// and read by romanisation rules or with digits as letters (<see cref="ScriptReadings.ByRule"/>; digits stay digits in
    /// the names of vessels and aircraft, which carry numbers).</summary>
    private (IReadOnlyList<string> Script, IReadOnlyList<string> Rule) Readings(string[] parts, EntityKind kind)
    {
        var profile = Index.Profile;
        var vocabulary = Index.Vocabulary;
        var people = kind is EntityKind.Person or EntityKind.Unknown;
        var numbered = kind is EntityKind.Vessel or EntityKind.Aircraft;
        var organisation = kind is not EntityKind.Person;
        if (parts.Length == 1 && !(people && (HasLongWord(parts[0], profile.JoinedWordMinLength) || HoldsArabicScript(parts[0])))
            && !(organisation && ArabicScript.WithOrgWordsInEnglish(parts[0]) is not null))
            return (ScriptReadings.OfScript(parts[0], profile), ScriptReadings.ByRule(parts[0], digitsForLetters: !numbered));
        var script = new List<string>();
        var rule = new List<string>();
        foreach (var part in parts)
        {
            script.AddRange(ScriptReadings.OfScript(part, profile));
            // وزارة الدفاع → ministry defence: a name that is not a person's, with its organisation words in English.
            if (organisation && ArabicScript.WithOrgWordsInEnglish(part) is { } english) script.Add(english);
            rule.AddRange(ScriptReadings.ByRule(part, digitsForLetters: !numbered));
            // A person's name written without spaces ("RamiMakhlouf" splits by case; "ramimakhlouf" by the lists' words).
            if (people && JoinedWords.Split(part, w => vocabulary.TryGetId(w, out var id) && !vocabulary.Joined[id], profile.JoinedWordMinLength, profile.JoinedPartMinLength) is { } split)
                rule.Add(split);
            // … and in the Arabic script, where a space left out after ا د ر و does not show (محمدديب, Muhammad Dib).
            if (people && HoldsArabicScript(part))
                foreach (var unseen in ArabicScript.WithUnseenSpaces(part, KnownAbjad, profile.JoinedPartMinLength))
                    if (script.Count < profile.ScriptReadings) script.Add(unseen);
        }
        return (script, rule);

        // A part is a word of the lists, or spells a listed word's consonants as a vowel-less word does (a word, not two
        // listed words joined: أمجدعباس is AMJAD ABBAS run together, which is the point).
        bool KnownAbjad(string part)
        {
            var normal = TextNormalizer.Normalize(part);
            if (normal.Length == 0 || normal.Contains(' ', StringComparison.Ordinal)) return false;
            if (vocabulary.TryGetId(normal, out var id) && !vocabulary.Joined[id]) return true;
            foreach (var w in vocabulary.BySkeleton(PhoneticKey.Skeleton(normal), all: true))
                if (!vocabulary.Joined[w]) return true;
            return false;
        }

        // One scan, no allocation: most names hold no Arabic letter.
        static bool HoldsArabicScript(string text) => text.AsSpan().IndexOfAnyInRange('\u0620', '\u06D3') >= 0;

        static bool HasLongWord(string text, int length)
        {
            var run = 0;
            foreach (var c in text)
                if ((run = char.IsLetter(c) ? run + 1 : 0) >= length) return true;
            return false;
        }
    }

    private bool IdentifierAgrees(PreparedQuery query, int entity) =>
        query.IdCanonical is { } id && Array.IndexOf(Index.Entities[entity].Identifiers, id) >= 0;

    /// <summary>Scores one query against one listed name with the full explanation, outside any index lookup.</summary>
    private MatchExplanation Explain(PreparedQuery query, int entity, int name, Func<int, int, float> sim)
    {
        var words = new List<AlignedWord>();
        var nameScore = NameAlignment.Score(query, name, Index, sim, words);
        var features = new List<FeatureScore>();
        Matcher.Combine(query, Index.Entities[entity], Index.Profile, nameScore, features);
        return new MatchExplanation(Index.Names.FullOf(name), Index.Names.RoleOf(name).ToString(), words, features);
    }
}
