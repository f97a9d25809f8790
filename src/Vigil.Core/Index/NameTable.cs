using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Names;
using Vigil.Core.Text;

namespace Vigil.Core.Index;

/// <summary>Every indexed name as flat arrays: its entity, role, words (vocabulary ids), weights and joined pairs.</summary>
internal sealed class NameTable
{
    private readonly List<int> _entity;
    private readonly List<NameRole> _role;
    private readonly List<string> _full;
    private readonly List<int> _start;
    private readonly List<int> _count;
    private readonly List<float> _total;
    private readonly List<float> _initials;
    private readonly List<int> _firstName = [];
    private readonly List<int> _nameCount = [];
    private readonly List<int> _tokenIds;
    private readonly List<int> _pairIds;
    private readonly List<float> _weights;
    private readonly List<TokenClass> _classes;
    private readonly List<float> _missFactor;

    public NameTable(int names, int tokens)
    {
        _entity = new(names); _role = new(names); _full = new(names); _start = new(names); _count = new(names); _total = new(names); _initials = new(names);
        _tokenIds = new(tokens); _pairIds = new(tokens); _weights = new(tokens); _classes = new(tokens); _missFactor = new(tokens);
    }

    /// <summary>A name table read back from a snapshot (see <see cref="Write"/>).</summary>
    private NameTable(BinaryReader reader)
    {
        _entity = [.. Snapshot.ReadArray<int>(reader)];
        _role = [.. Snapshot.ReadArray<NameRole>(reader)];
        _full = [.. Snapshot.ReadStrings(reader)];
        _start = [.. Snapshot.ReadArray<int>(reader)];
        _count = [.. Snapshot.ReadArray<int>(reader)];
        _total = [.. Snapshot.ReadArray<float>(reader)];
        _initials = [.. Snapshot.ReadArray<float>(reader)];
        _firstName = [.. Snapshot.ReadArray<int>(reader)];
        _nameCount = [.. Snapshot.ReadArray<int>(reader)];
        _tokenIds = [.. Snapshot.ReadArray<int>(reader)];
        _pairIds = [.. Snapshot.ReadArray<int>(reader)];
        _weights = [.. Snapshot.ReadArray<float>(reader)];
        _classes = [.. Snapshot.ReadArray<TokenClass>(reader)];
        _missFactor = [.. Snapshot.ReadArray<float>(reader)];
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static NameTable Read(BinaryReader reader) => new(reader);

    /// <summary>Writes the table's arrays (see <see cref="ScreeningIndex.WriteSnapshot"/>).</summary>
    public void Write(BinaryWriter writer)
    {
        Snapshot.WriteArray(writer, _entity);
        Snapshot.WriteArray(writer, _role);
        Snapshot.WriteStrings(writer, _full);
        Snapshot.WriteArray(writer, _start);
        Snapshot.WriteArray(writer, _count);
        Snapshot.WriteArray(writer, _total);
        Snapshot.WriteArray(writer, _initials);
        Snapshot.WriteArray(writer, _firstName);
        Snapshot.WriteArray(writer, _nameCount);
        Snapshot.WriteArray(writer, _tokenIds);
        Snapshot.WriteArray(writer, _pairIds);
        Snapshot.WriteArray(writer, _weights);
        Snapshot.WriteArray(writer, _classes);
        Snapshot.WriteArray(writer, _missFactor);
    }

    public int Count => _entity.Count;

    public void Add(int entity, NameRole role, string full, NameToken[] tokens, int[] tokenIds, int[] pairIds, Vocabulary vocabulary, ScoringProfile profile, bool person)
    {
        var inner = person ? InnerWords(full, tokens) : null;
        while (_firstName.Count <= entity) { _firstName.Add(_entity.Count); _nameCount.Add(0); }
        _nameCount[entity]++;
        _entity.Add(entity);
        _role.Add(role);
        _full.Add(full);
        _start.Add(_tokenIds.Count);
        _count.Add(tokens.Length);
        var total = 0f;
        var initials = 0f;
        for (var k = 0; k < tokens.Length; k++)
        {
            var w = Weight(vocabulary.Idf[tokenIds[k]], tokens[k].Class, profile);
            total += w;
            if (tokens[k].Class == TokenClass.Initial) initials += w;
            _tokenIds.Add(tokenIds[k]);
            _pairIds.Add(pairIds[k]);
            _weights.Add(w);
            _classes.Add(tokens[k].Class);
            _missFactor.Add((float)(inner is not null && inner[k] ? profile.UnmatchedInnerWordFactor : profile.UnmatchedListWordFactor));
        }
        _total.Add(total);
        _initials.Add(initials);
    }

    /// <summary>The weight of a word: its rarity on the lists times the factor of its class.</summary>
    public static float Weight(float idf, TokenClass cls, ScoringProfile profile) =>
        cls == TokenClass.Initial ? (float)profile.InitialWeight : (float)(idf * profile.ClassFactor(cls));

    public int EntityOf(int name) => _entity[name];
    public NameRole RoleOf(int name) => _role[name];
    public string FullOf(int name) => _full[name];
    public float TotalWeightOf(int name) => _total[name];
    /// <summary>Weight of the name's initials: they match query words on the fly, outside the index lookups.</summary>
    public float InitialWeightOf(int name) => _initials[name];
    /// <summary>The names of entity <paramref name="entity"/> are FirstNameOf(entity) .. + NameCountOf(entity) - 1.</summary>
    public int FirstNameOf(int entity) => entity < _firstName.Count ? _firstName[entity] : 0;
    public int NameCountOf(int entity) => entity < _nameCount.Count ? _nameCount[entity] : 0;
    public int StartOf(int name) => _start[name];
    public int CountOf(int name) => _count[name];
    public int TokenId(int position) => _tokenIds[position];
    public int PairId(int position) => _pairIds[position];
    public float WeightAt(int position) => _weights[position];
    public TokenClass ClassAt(int position) => _classes[position];
    /// <summary>How much the word at this position counts against a match when no query word pairs with it.</summary>
    public float MissFactorAt(int position) => _missFactor[position];

    /// <summary>
    /// Which words of a person name are inner words: neither the first nor the last word in natural order. Lists write
    /// "SURNAME(S), Given names": the part after the comma comes first in natural order.
    /// </summary>
    private static bool[]? InnerWords(string full, NameToken[] tokens)
    {
        var named = 0;
        foreach (var t in tokens) if (t.Class is TokenClass.Normal or TokenClass.Initial) named++;
        if (named < 3) return null;
        var comma = full.IndexOf(',', StringComparison.Ordinal);
        var order = new List<int>(tokens.Length);
        if (comma > 0)
        {
            for (var k = 0; k < tokens.Length; k++) if (tokens[k].Start > comma) order.Add(k);
            for (var k = 0; k < tokens.Length; k++) if (tokens[k].Start < comma) order.Add(k);
        }
        else
        {
            for (var k = 0; k < tokens.Length; k++) order.Add(k);
        }
        var first = order.FindIndex(k => tokens[k].Class is TokenClass.Normal or TokenClass.Initial);
        var last = order.FindLastIndex(k => tokens[k].Class is TokenClass.Normal or TokenClass.Initial);
        var inner = new bool[tokens.Length];
        for (var i = 0; i < order.Count; i++) inner[order[i]] = i > first && i < last;
        return inner;
    }

    /// <summary>The vocabulary ids a name holds with the weight each occurrence carries (a joined pair: both words).</summary>
    public IEnumerable<(int Id, float Weight)> WeightedWordsOf(int name)
    {
        var start = _start[name];
        for (var k = 0; k < _count[name]; k++)
        {
            yield return (_tokenIds[start + k], _weights[start + k]);
            if (_pairIds[start + k] >= 0) yield return (_pairIds[start + k], _weights[start + k] + _weights[start + k + 1]);
        }
    }
}
