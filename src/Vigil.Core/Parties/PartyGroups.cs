using Vigil.Core.Model;

namespace Vigil.Core.Parties;

/// <summary>
/// The listings of all sources grouped into parties: listings of different sources joined by a shared UN reference, IMO
/// number, SWIFT/BIC, passport or national id number, or the same primary name with the same full birth date.
/// Immutable; built once per set of active list versions, with the index.
/// </summary>
/// <remarks>
/// <para>Rules (each guards against a false link):</para>
/// <list type="bullet">
/// <item>A fact links only listings of <em>different</em> sources, and only when no source gives it to two or more of its
/// listings: a passport number OFAC gives to two entries, a placeholder like <c>0</c>, or a common name with a common
/// birth date is ambiguous and links nothing (<see cref="PartyStats.AmbiguousKeys"/>).</item>
/// <item>Document numbers need 5+ characters with a digit, not one character repeated; passports link to passports and
/// national ids to national ids; when the listings give different issuing countries for one number, only those with the
/// same country link (one without a country links only when all the others agree on one).</item>
/// <item>Name + birth date: persons only, the primary names equal after normalisation with their words sorted (two words
/// or more), a full date (day precision, not approximate, not a range).</item>
/// <item>A party holds at most one listing per source, so its size is capped by the number of sources: links are applied
/// strongest first (UN reference, IMO, BIC, document, name + birth date) and one that would join two listings of one
/// source is refused (<see cref="PartyStats.RefusedLinks"/>).</item>
/// </list>
/// <para>The party id is <see cref="Party.IdOf"/> of its smallest member reference.</para>
/// </remarks>
public sealed class PartyGroups
{
    private readonly int[] _partyOf;
    private readonly Party[] _parties;
    private readonly int[][] _members;
    private readonly IReadOnlyList<Entity> _entities;
    /// <summary>The ids of parties of one, made on first use (a hash each): writes race benignly, all writing the same string.</summary>
    private readonly string?[] _aloneIds;

    private PartyGroups(IReadOnlyList<Entity> entities, int[] partyOf, Party[] parties, int[][] members, PartyStats stats)
    {
        _entities = entities;
        _aloneIds = new string?[entities.Count];
        _partyOf = partyOf;
        _parties = parties;
        _members = members;
        Stats = stats;
    }

    /// <summary>What the grouping found.</summary>
    public PartyStats Stats { get; }

    /// <summary>The parties of two or more listings.</summary>
    public IReadOnlyList<Party> Parties => _parties;

    /// <summary>The party of listing <paramref name="entity"/> (its ordinal in the grouped list); a party of one when no other source repeats it.</summary>
    public Party PartyOf(int entity) => _partyOf[entity] is var p and >= 0 ? _parties[p] : Party.Alone(_entities[entity].Ref);

    /// <summary>The party id of listing <paramref name="entity"/>.</summary>
    public string PartyIdOf(int entity) => _partyOf[entity] is var p and >= 0 ? _parties[p].Id : _aloneIds[entity] ??= Party.IdOf(_entities[entity].Ref);

    /// <summary>The ordinals of the listings in <paramref name="entity"/>'s party, itself included.</summary>
    public ReadOnlySpan<int> MembersOf(int entity) => _partyOf[entity] is var p and >= 0 ? _members[p] : [];

    /// <summary>Groups <paramref name="entities"/> (all active entries of all sources) into parties.</summary>
    public static PartyGroups Build(IReadOnlyList<Entity> entities)
    {
        var sourceIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var sourceOf = new int[entities.Count];
        var buckets = new Dictionary<string, List<(int Entity, string? Country, string Reason, int Strength)>>(StringComparer.Ordinal);
        for (var e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            if (!sourceIds.TryGetValue(entity.Source, out var s)) sourceIds[entity.Source] = s = sourceIds.Count;
            sourceOf[e] = s;
            foreach (var (strength, key, country, reason) in PartyKeys.Of(entity))
            {
                if (!buckets.TryGetValue(key, out var bucket)) buckets[key] = bucket = [];
                if (bucket.Count == 0 || bucket[^1].Entity != e) bucket.Add((e, country, reason, strength));
            }
        }

        var candidates = new List<(int Strength, int A, int B, string Reason)>();
        var ambiguous = 0;
        foreach (var bucket in buckets.Values)
        {
            if (bucket.Count < 2) continue;
            if (HasSourceTwice(bucket, sourceOf)) { ambiguous++; continue; }
            foreach (var group in ByCountry(bucket))
                for (var i = 1; i < group.Count; i++)
                    candidates.Add((group[0].Strength, group[0].Entity, group[i].Entity, group[i].Country is null ? group[0].Reason : group[i].Reason));
        }
        candidates.Sort((x, y) => x.Strength != y.Strength ? x.Strength.CompareTo(y.Strength)
            : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));

        var sets = new SourceSets(sourceOf);
        var applied = new List<(int A, int B, string Reason)>();
        var refused = 0;
        foreach (var (_, a, b, reason) in candidates)
        {
            if (sets.TryUnion(a, b)) applied.Add((a, b, reason));
            else refused++;
        }
        return Assemble(entities, sets, applied, refused, ambiguous, sourceIds.Count);
    }

    private static PartyGroups Assemble(IReadOnlyList<Entity> entities, SourceSets sets, List<(int A, int B, string Reason)> applied, int refused, int ambiguous, int sourceCount)
    {
        var membersByRoot = new Dictionary<int, List<int>>();
        foreach (var (a, b, _) in applied)
        {
            var root = sets.Find(a);
            if (!membersByRoot.TryGetValue(root, out var list)) membersByRoot[root] = list = [];
            if (!list.Contains(a)) list.Add(a);
            if (!list.Contains(b)) list.Add(b);
        }
        var linksByRoot = new Dictionary<int, List<PartyLink>>();
        foreach (var (a, b, reason) in applied)
        {
            var root = sets.Find(a);
            if (!linksByRoot.TryGetValue(root, out var links)) linksByRoot[root] = links = [];
            links.Add(new PartyLink(entities[a].Ref, entities[b].Ref, reason));
        }
        var partyOf = new int[entities.Count];
        Array.Fill(partyOf, -1);
        var parties = new List<Party>(membersByRoot.Count);
        var members = new List<int[]>(membersByRoot.Count);
        var bySources = new int[sourceCount + 1];
        var listed = 0;
        foreach (var (root, list) in membersByRoot.OrderBy(kv => kv.Key))
        {
            list.Sort((x, y) => string.CompareOrdinal(entities[x].Ref.ToString(), entities[y].Ref.ToString()));
            var refs = list.Select(m => entities[m].Ref).ToArray();
            foreach (var m in list) partyOf[m] = parties.Count;
            parties.Add(new Party(Party.IdOf(refs[0]), refs, linksByRoot[root]));
            members.Add([.. list]);
            bySources[list.Count]++; // one listing per source: members = sources
            listed += list.Count;
        }
        string[] kinds = ["un-ref", "imo", "bic", "passport", "national-id", "name+dob"];
        var byReason = kinds.Select(k => (k, applied.Count(a => a.Reason.StartsWith(k + " ", StringComparison.Ordinal)))).ToList();
        var stats = new PartyStats(entities.Count, parties.Count, listed, bySources, applied.Count, refused, ambiguous, byReason);
        return new PartyGroups(entities, partyOf, [.. parties], [.. members], stats);
    }

    private static bool HasSourceTwice(List<(int Entity, string? Country, string Reason, int Strength)> bucket, int[] sourceOf)
    {
        for (var i = 0; i < bucket.Count; i++)
            for (var j = i + 1; j < bucket.Count; j++)
                if (sourceOf[bucket[i].Entity] == sourceOf[bucket[j].Entity]) return true;
        return false;
    }

    /// <summary>The listings sharing a document number that may link: all of them when they give at most one issuing country;
    /// otherwise one group per country, without those that give none.</summary>
    private static IEnumerable<List<(int Entity, string? Country, string Reason, int Strength)>> ByCountry(List<(int Entity, string? Country, string Reason, int Strength)> bucket)
    {
        var countries = bucket.Where(x => x.Country is not null).Select(x => x.Country).Distinct(StringComparer.Ordinal).ToList();
        if (countries.Count <= 1)
        {
            // The reason names the country when one listing gives it.
            var withCountry = bucket.FindIndex(x => x.Country is not null);
            if (withCountry > 0) { var ordered = new List<(int, string?, string, int)>(bucket); (ordered[0], ordered[withCountry]) = (ordered[withCountry], ordered[0]); yield return ordered; }
            else yield return bucket;
            yield break;
        }
        foreach (var country in countries)
        {
            var group = bucket.Where(x => x.Country == country).ToList();
            if (group.Count >= 2) yield return group;
        }
    }

    /// <summary>Union-find whose sets remember their sources, to refuse a union that would hold one source twice.</summary>
    private sealed class SourceSets
    {
        private readonly int[] _parent;
        private readonly int[] _sourceOf;
        private readonly Dictionary<int, HashSet<int>> _sources = [];

        public SourceSets(int[] sourceOf)
        {
            _sourceOf = sourceOf;
            _parent = new int[sourceOf.Length];
            for (var i = 0; i < _parent.Length; i++) _parent[i] = i;
        }

        public int Find(int x)
        {
            while (_parent[x] != x) x = _parent[x] = _parent[_parent[x]];
            return x;
        }

        /// <summary>Joins the sets of <paramref name="a"/> and <paramref name="b"/>; false (and nothing changes) when both hold a
        /// listing of one source. Already in one set: true (the link is one more reason).</summary>
        public bool TryUnion(int a, int b)
        {
            int ra = Find(a), rb = Find(b);
            if (ra == rb) return true;
            var sa = SourcesOf(ra);
            var sb = SourcesOf(rb);
            if (sa.Overlaps(sb)) return false;
            if (sa.Count < sb.Count) (ra, rb, sa, sb) = (rb, ra, sb, sa);
            sa.UnionWith(sb);
            _sources.Remove(rb);
            _parent[rb] = ra;
            return true;
        }

        private HashSet<int> SourcesOf(int root)
        {
            if (!_sources.TryGetValue(root, out var set)) _sources[root] = set = [_sourceOf[root]];
            return set;
        }
    }
}
