using System.Runtime.InteropServices;
using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Names;
using Vigil.Core.Text;

namespace Vigil.Core.Index;

/// <summary>Every indexed name as flat arrays: its entity, role, words (vocabulary ids), weights and joined pairs.</summary>
/// <remarks>
/// A search reads a few candidate names scattered over millions, so what it reads of a name sits together: one row per
/// name and one row per word, each a single memory read, rather than one array per field.
/// </remarks>
internal sealed class NameTable
{
    private readonly List<NameRow> _names;
    private readonly List<string> _full;
    private readonly List<int> _firstName = [];
    private readonly List<int> _nameCount = [];
    private readonly List<WordRow> _words;

    /// <summary>How much an unpaired word counts against a match: an inner word of a person name, an inner patronymic,
    /// and any other word.</summary>
    private readonly float _innerMiss, _patronymicMiss, _outerMiss;

    /// <summary>What <see cref="WordRow.Miss"/> says of a word: which of the three factors an unpaired word costs.</summary>
    private enum MissKind : byte { Outer, Inner, Patronymic }

    public NameTable(int names, int tokens, ScoringProfile profile)
    {
        _names = new(names);
        _full = new(names);
        _words = new(tokens);
        _innerMiss = (float)profile.UnmatchedInnerWordFactor;
        _patronymicMiss = (float)profile.UnmatchedPatronymicFactor;
        _outerMiss = (float)profile.UnmatchedListWordFactor;
    }

    /// <summary>A name table read back from a snapshot (see <see cref="Write"/>).</summary>
    private NameTable(BinaryReader reader)
    {
        _names = [.. Snapshot.ReadArray<NameRow>(reader)];
        _full = [.. Snapshot.ReadStrings(reader)];
        _firstName = [.. Snapshot.ReadArray<int>(reader)];
        _nameCount = [.. Snapshot.ReadArray<int>(reader)];
        _words = [.. Snapshot.ReadArray<WordRow>(reader)];
        _innerMiss = reader.ReadSingle();
        _patronymicMiss = reader.ReadSingle();
        _outerMiss = reader.ReadSingle();
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static NameTable Read(BinaryReader reader) => new(reader);

    /// <summary>Writes the table's arrays (see <see cref="ScreeningIndex.WriteSnapshot"/>).</summary>
    public void Write(BinaryWriter writer)
    {
        Snapshot.WriteArray(writer, _names);
        Snapshot.WriteStrings(writer, _full);
        Snapshot.WriteArray(writer, _firstName);
        Snapshot.WriteArray(writer, _nameCount);
        Snapshot.WriteArray(writer, _words);
        writer.Write(_innerMiss);
        writer.Write(_patronymicMiss);
        writer.Write(_outerMiss);
    }

    public int Count => _names.Count;

    public void Add(int entity, NameRole role, string full, NameToken[] tokens, int[] tokenIds, int[] pairIds, Vocabulary vocabulary, ScoringProfile profile, bool person)
    {
        var miss = person ? MissKinds(full, tokens, profile) : null;
        while (_firstName.Count <= entity) { _firstName.Add(_names.Count); _nameCount.Add(0); }
        _nameCount[entity]++;
        var start = _words.Count;
        var total = 0f;
        var initials = 0f;
        for (var k = 0; k < tokens.Length; k++)
        {
            var w = Weight(vocabulary.Idf[tokenIds[k]], tokens[k].Class, profile);
            total += w;
            if (tokens[k].Class == TokenClass.Initial) initials += w;
            _words.Add(new WordRow(tokenIds[k], pairIds[k], w, miss is null ? MissKind.Outer : miss[k], tokens[k].Class));
        }
        _names.Add(new NameRow(entity, start, tokens.Length, total, initials, role));
        _full.Add(full);
    }

    /// <summary>The weight of a word: its rarity on the lists times the factor of its class.</summary>
    public static float Weight(float idf, TokenClass cls, ScoringProfile profile) =>
        cls == TokenClass.Initial ? (float)profile.InitialWeight : (float)(idf * profile.ClassFactor(cls));

    public int EntityOf(int name) => Row(name).Entity;
    public NameRole RoleOf(int name) => Row(name).Role;
    public string FullOf(int name) => _full[name];
    public float TotalWeightOf(int name) => Row(name).Total;
    /// <summary>Weight of the name's initials: they match query words on the fly, outside the index lookups.</summary>
    public float InitialWeightOf(int name) => Row(name).Initials;
    /// <summary>The names of entity <paramref name="entity"/> are FirstNameOf(entity) .. + NameCountOf(entity) - 1.</summary>
    public int FirstNameOf(int entity) => entity < _firstName.Count ? _firstName[entity] : 0;
    public int NameCountOf(int entity) => entity < _nameCount.Count ? _nameCount[entity] : 0;
    public int StartOf(int name) => Row(name).Start;
    public int CountOf(int name) => Row(name).Count;
    public int TokenId(int position) => Word(position).Id;
    public int PairId(int position) => Word(position).Pair;
    public float WeightAt(int position) => Word(position).Weight;
    public TokenClass ClassAt(int position) => Word(position).Class;
    /// <summary>How much the word at this position counts against a match when no query word pairs with it.</summary>
    public float MissFactorAt(int position) => Word(position).Miss switch { MissKind.Inner => _innerMiss, MissKind.Patronymic => _patronymicMiss, _ => _outerMiss };

    private ref readonly NameRow Row(int name) => ref CollectionsMarshal.AsSpan(_names)[name];
    private ref readonly WordRow Word(int position) => ref CollectionsMarshal.AsSpan(_words)[position];

    /// <summary>What a search reads of a name.</summary>
    private readonly record struct NameRow(int Entity, int Start, int Count, float Total, float Initials, NameRole Role);

    /// <summary>
    /// What a search reads of a word of a name: its vocabulary id, the id of it joined with the next word (-1: none),
    /// its weight, whether it is an inner word or an inner patronymic of a person name (it counts less against a match
    /// when unpaired: <see cref="MissKind"/>), and its class. 16 bytes.
    /// </summary>
    private readonly record struct WordRow(int Id, int Pair, float Weight, MissKind Miss, TokenClass Class);

    /// <summary>
    /// Which words of a person name are inner words: neither the first nor the last word in natural order. Lists write
    /// "SURNAME(S), Given names": the part after the comma comes first in natural order. An inner word that ends like an
    /// East Slavic patronymic (<c>Ivanovich</c>, <c>Petrovna</c>: <see cref="Inflections.IsPatronymic"/>) is a
    /// <see cref="MissKind.Patronymic"/>; the others <see cref="MissKind.Inner"/>.
    /// </summary>
    private static MissKind[]? MissKinds(string full, NameToken[] tokens, ScoringProfile profile)
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
        var kinds = new MissKind[tokens.Length];
        for (var i = 0; i < order.Count; i++)
        {
            if (i <= first || i >= last) continue;
            var t = tokens[order[i]];
            kinds[order[i]] = t.Class == TokenClass.Normal && Inflections.IsPatronymic(t.Text, Inflections.Slavic, profile.InflectionMinStem) ? MissKind.Patronymic : MissKind.Inner;
        }
        return kinds;
    }

    /// <summary>The vocabulary ids a name holds with the weight each occurrence carries (a joined pair: both words).</summary>
    public IEnumerable<(int Id, float Weight)> WeightedWordsOf(int name)
    {
        var start = StartOf(name);
        for (var k = start; k < start + CountOf(name); k++)
        {
            yield return (TokenId(k), WeightAt(k));
            if (PairId(k) >= 0) yield return (PairId(k), WeightAt(k) + WeightAt(k + 1));
        }
    }
}
