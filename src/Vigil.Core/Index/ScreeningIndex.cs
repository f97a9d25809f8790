using System.Collections.Concurrent;
using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Names;
using Vigil.Core.Parties;
using Vigil.Core.Text;

namespace Vigil.Core.Index;

/// <summary>
/// The immutable, in-memory candidate index over a set of list versions: every name of every entity analysed once,
/// a vocabulary with rarity weights and lookup keys, and postings from each word to the names that hold it.
/// Built once per set of active list versions; swapped as a whole.
/// </summary>
public sealed partial class ScreeningIndex
{
    /// <summary>Listed names longer than this are compared on their first words only.</summary>
    internal const int MaxTokensPerName = 24;

    private readonly ConcurrentBag<SearchScratch> _scratch = [];

    private ScreeningIndex(ScoringProfile profile, PreparedEntity[] entities, Vocabulary vocabulary, NameTable names, int[] postingStart, int[] postings, float[] postingWeights, Dictionary<string, int[]> byIdentifier)
    {
        MaxWordWeight = new float[vocabulary.Count];
        for (var n = 0; n < names.Count; n++)
            foreach (var (id, weight) in names.WeightedWordsOf(n))
                if (weight > MaxWordWeight[id]) MaxWordWeight[id] = weight;
        PostingWeights = postingWeights;
        NamesWithInitials = new ulong[(names.Count + 63) / 64];
        for (var n = 0; n < names.Count; n++)
            if (names.InitialWeightOf(n) > 0) NamesWithInitials[n >> 6] |= 1UL << n;
        // The postings again, with only the names that have initials.
        InitialPostingStart = new int[vocabulary.Count + 1];
        for (var w = 0; w < vocabulary.Count; w++)
        {
            var held = 0;
            for (var p = postingStart[w]; p < postingStart[w + 1]; p++) if (HasInitials(postings[p])) held++;
            InitialPostingStart[w + 1] = InitialPostingStart[w] + held;
        }
        InitialPostings = new int[InitialPostingStart[^1]];
        for (int w = 0, at = 0; w < vocabulary.Count; w++)
            for (var p = postingStart[w]; p < postingStart[w + 1]; p++)
                if (HasInitials(postings[p])) InitialPostings[at++] = postings[p];
        Profile = profile;
        Entities = entities;
        Vocabulary = vocabulary;
        Names = names;
        PostingStart = postingStart;
        Postings = postings;
        ByIdentifier = byIdentifier;
        NameMarks.Attach(entities, names, vocabulary, profile);
        _parties = new Lazy<PartyGroups>(() => PartyGroups.Build(Array.ConvertAll(entities, e => e.Entity)));
        _personWords = new Lazy<bool[]>(PersonWordsOf);
    }

    private readonly Lazy<bool[]> _personWords;

    /// <summary>Whether a listed person's name holds the word: then it is a name word, whatever else it may be ("Pao",
    /// "Son", "Ag" are surnames and particles as well as legal forms). Marked on first use.</summary>
    internal bool InPersonName(string word) => Vocabulary.TryGetId(word, out var id) && _personWords.Value[id];

    private bool[] PersonWordsOf()
    {
        var marked = new bool[Vocabulary.Count];
        for (var n = 0; n < Names.Count; n++)
        {
            if (Entities[Names.EntityOf(n)].Kind != EntityKind.Person) continue;
            for (var p = Names.StartOf(n); p < Names.StartOf(n) + Names.CountOf(n); p++) marked[Names.TokenId(p)] = true;
        }
        return marked;
    }

    public ScoringProfile Profile { get; }
    private readonly Lazy<PartyGroups> _parties;

    /// <summary>The entities grouped into parties across sources (ordinals as <see cref="Entities"/>); grouped on first use
    /// (the index loader does it right after the build, and times it).</summary>
    public PartyGroups Parties => _parties.Value;
    public IReadOnlyList<PreparedEntity> Entities { get; }
    internal Vocabulary Vocabulary { get; }
    internal NameTable Names { get; }
    /// <summary>CSR postings: names holding vocabulary word w are Postings[PostingStart[w] .. PostingStart[w+1]).</summary>
    internal int[] PostingStart { get; }
    internal int[] Postings { get; }
    /// <summary>Parallel to <see cref="Postings"/>: the weight the word carries in that name (all its occurrences).</summary>
    internal float[] PostingWeights { get; }
    /// <summary>The most weight one occurrence of a vocabulary word carries in a name: what a query word pairing with it can gain.</summary>
    internal float[] MaxWordWeight { get; }
    internal Dictionary<string, int[]> ByIdentifier { get; }
    /// <summary>A bit per name: set when the name has initials (which pair with query words outside the lookups).</summary>
    internal ulong[] NamesWithInitials { get; }
    /// <summary>CSR as <see cref="Postings"/>, with only the names that have initials.</summary>
    internal int[] InitialPostingStart { get; }
    internal int[] InitialPostings { get; }

    private bool HasInitials(int name) => (NamesWithInitials[name >> 6] & (1UL << name)) != 0;

    /// <summary>Number of listed names (primary and aliases) indexed.</summary>
    public int NameCount => Names.Count;

    /// <summary>Builds the index over <paramref name="entities"/>.</summary>
    // Over 80 lines on purpose: the build stages (analyse, intern words, vocabulary, name table, postings) share a dozen
    // parallel lists indexed by name and word; they read in order here, and apart they would pass all of them around.
    public static ScreeningIndex Build(IEnumerable<Entity> entities, ScoringProfile? profile = null)
    {
        profile ??= ScoringProfile.Default;
        // Analyse every name of every entity on all cores; each entity is independent. Then number them in list order.
        var source = entities as IReadOnlyList<Entity> ?? [.. entities];
        var perEntity = new (PreparedEntity Prepared, List<(NameRole Role, string Full, NameToken[] Tokens, bool Derived)> Names)[source.Count];
        Parallel.For(0, source.Count, () => new HashSet<string>(StringComparer.Ordinal), (e, _, seen) =>
        {
            var entity = source[e];
            seen.Clear();
            var names = new List<(NameRole, string, NameToken[], bool)>(entity.Names.Count * 2);
            foreach (var listed in entity.Names)
            {
                foreach (var (full, role, derived) in NameVariants.Of(listed, entity.Kind, profile))
                {
                    var tokens = NameAnalyzer.Analyze(full, entity.Kind, profile);
                    if (tokens.Length == 0) continue;
                    if (tokens.Length > MaxTokensPerName) tokens = tokens[..MaxTokensPerName];
                    var key = string.Join(' ', tokens.Select(t => t.Text));
                    if (!seen.Add(key)) continue;
                    names.Add((role, full, tokens, derived));
                }
            }
            perEntity[e] = (new PreparedEntity(entity, profile), names);
            return seen;
        }, _ => { });
        var prepared = new List<PreparedEntity>(source.Count);
        var kinds = new List<EntityKind>(source.Count);
        var analysed = new List<(int Entity, NameRole Role, string Full, NameToken[] Tokens)>();
        var derivedNames = new List<bool>();
        for (var e = 0; e < perEntity.Length; e++)
        {
            prepared.Add(perEntity[e].Prepared);
            kinds.Add(source[e].Kind);
            foreach (var (role, full, tokens, derived) in perEntity[e].Names)
            {
                analysed.Add((e, role, full, tokens));
                derivedNames.Add(derived);
            }
        }

        // Vocabulary: single words first (with document frequency), then joined adjacent pairs.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        var joined = new List<bool>();
        var abjad = new List<bool>();
        var df = new List<int>();
        var nameTokenIds = new int[analysed.Count][];
        var lastSeen = new List<int>();
        var exactOnly = new List<bool>();
        for (var n = 0; n < analysed.Count; n++)
        {
            var tokens = analysed[n].Tokens;
            var tokenIds = new int[tokens.Length];
            for (var k = 0; k < tokens.Length; k++)
            {
                var id = Intern(tokens[k].Text, false);
                if (tokens[k].Abjad) abjad[id] = true;
                exactOnly[id] = derivedNames[n] && (exactOnly[id] || lastSeen[id] < 0);
                // Derived initials are not names anyone listed: they do not count towards how rare a word is.
                if (lastSeen[id] != n && !derivedNames[n]) { lastSeen[id] = n; df[id]++; }
                tokenIds[k] = id;
            }
            nameTokenIds[n] = tokenIds;
        }
        var namePairIds = new int[analysed.Count][];
        for (var n = 0; n < analysed.Count; n++)
        {
            var tokens = analysed[n].Tokens;
            var pairs = new int[tokens.Length];
            for (var k = 0; k < tokens.Length; k++)
                pairs[k] = k + 1 < tokens.Length && tokens[k].Class.Joinable() && tokens[k + 1].Class.Joinable()
                    ? Intern(tokens[k].Text + tokens[k + 1].Text, true)
                    : -1;
            namePairIds[n] = pairs;
        }
        // Surface forms: the spellings names were folded from, and every spelling the word tables fold, as entries that
        // stand for the folded word, so a typo of "Mohamed" still finds "muhammad".
        var targets = Enumerable.Range(0, words.Count).ToList();
        for (var n = 0; n < analysed.Count; n++)
        {
            var tokens = analysed[n].Tokens;
            for (var k = 0; k < tokens.Length; k++)
            {
                if (tokens[k].Surface is { } surface) AddSurface(surface, ids[tokens[k].Text]);
                if (namePairIds[n][k] >= 0 && (tokens[k].Surface is not null || tokens[k + 1].Surface is not null))
                    AddSurface((tokens[k].Surface ?? tokens[k].Text) + (tokens[k + 1].Surface ?? tokens[k + 1].Text), namePairIds[n][k]);
            }
        }
        foreach (var (surface, folded) in ReferenceData.Instance.SurfaceForms())
            if (ids.TryGetValue(folded, out var target)) AddSurface(surface, target);
        var vocabulary = Vocabulary.Build(words, joined, abjad, exactOnly, targets, [.. df], derivedNames.Count(d => !d), profile);

        // Name table with per-occurrence weights.
        var names = new NameTable(analysed.Count, analysed.Sum(a => a.Tokens.Length), profile);
        for (var n = 0; n < analysed.Count; n++)
        {
            var (entity, role, full, tokens) = analysed[n];
            names.Add(entity, role, full, tokens, nameTokenIds[n], namePairIds[n], vocabulary, profile, kinds[entity] == EntityKind.Person);
        }

        // Postings: word (single or joined) → names holding it, each name once per word.
        var counts = new int[vocabulary.Count + 1];
        var mark = new int[vocabulary.Count];
        Array.Fill(mark, -1);
        for (var n = 0; n < names.Count; n++)
            foreach (var (id, _) in names.WeightedWordsOf(n))
                if (mark[id] != n) { mark[id] = n; counts[id + 1]++; }
        for (var i = 1; i < counts.Length; i++) counts[i] += counts[i - 1];
        var postings = new int[counts[^1]];
        var postingWeights = new float[counts[^1]];
        var fill = (int[])counts.Clone();
        Array.Fill(mark, -1);
        for (var n = 0; n < names.Count; n++)
            foreach (var (id, weight) in names.WeightedWordsOf(n))
            {
                if (mark[id] != n) { mark[id] = n; postings[fill[id]++] = n; }
                postingWeights[fill[id] - 1] += weight;
            }

        PreparedEntity[] preparedEntities = [.. prepared];
        return new ScreeningIndex(profile, preparedEntities, vocabulary, names, counts, postings, postingWeights, IdentifierLookup(preparedEntities));

        void AddSurface(string surface, int target)
        {
            if (ids.ContainsKey(surface)) return;
            var id = Intern(surface, false);
            targets.Add(target);
        }

        int Intern(string word, bool isJoined)
        {
            if (ids.TryGetValue(word, out var id)) return id;
            id = words.Count;
            ids[word] = id;
            words.Add(word);
            joined.Add(isJoined);
            abjad.Add(false);
            exactOnly.Add(false);
            df.Add(0);
            lastSeen.Add(-1);
            return id;
        }
    }


    /// <summary>Canonical identifier number → the entities holding it.</summary>
    private static Dictionary<string, int[]> IdentifierLookup(PreparedEntity[] prepared)
    {
        var byIdentifier = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var e = 0; e < prepared.Length; e++)
            foreach (var id in prepared[e].Identifiers)
            {
                if (!byIdentifier.TryGetValue(id, out var list)) byIdentifier[id] = list = [];
                list.Add(e);
            }
        return byIdentifier.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    internal SearchScratch RentScratch() => _scratch.TryTake(out var s) ? s : new SearchScratch(Vocabulary.Count, Names.Count, Entities.Count);

    internal void ReturnScratch(SearchScratch scratch) => _scratch.Add(scratch);
}
