using Vigil.Core.Text;

namespace Vigil.Core.Index;

/// <summary>
/// Every distinct word of every listed name (and every joined pair of adjacent words), with its rarity and its keys,
/// and the lookups that find the words a query word may be: exact, phonetic key, consonant skeleton, character trigrams.
/// </summary>
internal sealed class Vocabulary
{
    // Plain dictionaries: freezing 100k keys costs more at build time than it saves per lookup.
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int[]> _byPhonetic;
    private readonly Dictionary<string, int[]> _bySkeleton;
    private readonly Dictionary<string, int[]> _abjadBySkeleton;
    private readonly DeletionIndex _typos;
    private readonly byte[] _lengths;

    public Vocabulary(List<string> words, List<bool> joined, List<bool> abjad, List<bool> exactOnly, List<int> targets, int[] documentFrequency, int documents)
    {
        ExactOnly = [.. exactOnly];
        Count = words.Count;
        Targets = [.. targets];
        Words = [.. words];
        Joined = [.. joined];
        Abjad = [.. abjad];
        Phonetic = new string[Count];
        Skeletons = new string[Count];
        Idf = new float[Count];
        _lengths = new byte[Count];
        for (var i = 0; i < Count; i++) _lengths[i] = (byte)Math.Min(255, Words[i].Length);
        var ids = new Dictionary<string, int>(Count, StringComparer.Ordinal);
        var byPhon = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var bySkel = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        MaxIdf = (float)(Math.Log((documents + 1.0) / 1.0) + 1.0);
        Parallel.For(0, Count, i =>
        {
            Phonetic[i] = PhoneticKey.Of(Words[i]);
            Skeletons[i] = PhoneticKey.Skeleton(Words[i]);
        });
        for (var i = 0; i < Count; i++)
        {
            var w = Words[i];
            ids[w] = i;
            Idf[i] = Joined[i] ? MaxIdf : (float)(Math.Log((documents + 1.0) / (documentFrequency[i] + 1.0)) + 1.0);
            if (ExactOnly[i]) continue;
            if (Phonetic[i].Length >= 2) Add(byPhon, Phonetic[i], i);
            if (Skeletons[i].Length >= 1) Add(bySkel, Skeletons[i], i);
        }
        _ids = ids;
        _byPhonetic = byPhon.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _bySkeleton = bySkel.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _abjadBySkeleton = bySkel
            .Select(kv => (kv.Key, Ids: kv.Value.Where(i => Abjad[i]).ToArray()))
            .Where(x => x.Ids.Length > 0)
            .ToDictionary(x => x.Key, x => x.Ids, StringComparer.Ordinal);

        // The typo lookup's filter: single words and joined pairs of 4+ letters under their deletion neighbourhoods.
        _typos = DeletionIndex.Build(Words, i => Words[i].Length < 4 || ExactOnly[i] ? 0 : Matching.TokenSimilarity.MaxEdits(Words[i].Length, Joined[i]));
    }

    public int Count { get; }
    /// <summary>The word a lookup hit stands for: itself, or for a surface form (<c>mohamed</c>, <c>importaciones</c>) the
    /// folded word the names hold (<c>muhammad</c>, <c>import</c>). Typos are measured against every surface form.</summary>
    public int[] Targets { get; }
    public string[] Words { get; }
    /// <summary>True for entries that are two adjacent words of a listed name written together.</summary>
    public bool[] Joined { get; }
    public bool[] Abjad { get; }
    /// <summary>Words Vigil derived itself (organisation initials): they match only when written exactly.</summary>
    public bool[] ExactOnly { get; }
    public string[] Phonetic { get; }
    public string[] Skeletons { get; }
    /// <summary>Inverse document frequency over listed names: ln((N+1)/(df+1)) + 1.</summary>
    public float[] Idf { get; }
    /// <summary>The rarity of a word no listed name has.</summary>
    public float MaxIdf { get; }

    public bool TryGetId(string word, out int id) => _ids.TryGetValue(word, out id);

    public int[] ByPhonetic(string key) => _byPhonetic.TryGetValue(key, out var ids) ? ids : [];

    /// <summary>Words with this consonant skeleton: all of them for a vowel-less query word, otherwise only vowel-less ones.</summary>
    public int[] BySkeleton(string key, bool all) => (all ? _bySkeleton : _abjadBySkeleton).TryGetValue(key, out var ids) ? ids : [];

    /// <summary>
    /// Every word that can be within a typo match of <paramref name="word"/>: it shares a deletion neighbour (see
    /// <see cref="DeletionIndex"/>) within the edits <see cref="Matching.TokenSimilarity"/> allows, and its length is
    /// within those edits — so the filter never drops a word the similarity would accept. <paramref name="seen"/> is
    /// scratch of size <see cref="Count"/>, left zeroed.
    /// </summary>
    public void TypoCandidates(string word, bool joined, int[] seen, List<int> touched, List<int> output)
    {
        var widest = Matching.TokenSimilarity.MaxEdits(word.Length, joined);
        var from = output.Count;
        _typos.Candidates(word, widest, seen, touched, output);
        var kept = from;
        for (var i = from; i < output.Count; i++)
        {
            var id = output[i];
            var edits = Matching.TokenSimilarity.MaxEdits(Math.Min(word.Length, _lengths[id]), joined || Joined[id]);
            if (Math.Abs(word.Length - _lengths[id]) <= edits) output[kept++] = id;
        }
        output.RemoveRange(kept, output.Count - kept);
    }

    private static void Add(Dictionary<string, List<int>> map, string key, int id)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(id);
    }
}
