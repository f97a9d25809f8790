using Vigil.Core.Text;

namespace Vigil.Core.Index;

/// <summary>
/// Every distinct word of every listed name (and every joined pair of adjacent words), with its rarity and its keys,
/// and the lookups that find the words a query word may be: exact, phonetic key, consonant skeleton, deletion neighbourhood (typos).
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
    private readonly int _longest;

    /// <summary>Builds the vocabulary: rarity, phonetic keys, skeletons and the lookups.</summary>
    public static Vocabulary Build(List<string> words, List<bool> joined, List<bool> abjad, List<bool> exactOnly, List<int> targets, int[] documentFrequency, int documents, Matching.ScoringProfile profile)
    {
        var count = words.Count;
        string[] text = [.. words];
        bool[] isJoined = [.. joined];
        bool[] only = [.. exactOnly];
        var phonetic = new string[count];
        var skeletons = new string[count];
        Parallel.For(0, count, i =>
        {
            phonetic[i] = PhoneticKey.Of(text[i]);
            skeletons[i] = PhoneticKey.Skeleton(text[i]);
        });
        var maxIdf = (float)(Math.Log((documents + 1.0) / 1.0) + 1.0);
        var idf = new float[count];
        for (var i = 0; i < count; i++)
            idf[i] = isJoined[i] ? maxIdf : (float)(Math.Log((documents + 1.0) / (documentFrequency[i] + 1.0)) + 1.0);
        // The typo lookup's filter: single words and joined pairs of TypoMinLength+ letters under their deletion neighbourhoods.
        var typos = DeletionIndex.Build(text, i => text[i].Length < profile.TypoMinLength || only[i] ? 0 : Matching.TokenSimilarity.MaxEdits(profile, text[i].Length, isJoined[i]));
        return new Vocabulary(text, [.. targets], isJoined, [.. abjad], only, phonetic, skeletons, idf, maxIdf, typos, profile);
    }

    /// <summary>The vocabulary from its arrays (built, or read back from a snapshot); the dictionaries are derived here.</summary>
    private Vocabulary(string[] words, int[] targets, bool[] joined, bool[] abjad, bool[] exactOnly, string[] phonetic, string[] skeletons, float[] idf, float maxIdf, DeletionIndex typos, Matching.ScoringProfile profile)
    {
        Count = words.Length;
        Words = words;
        Targets = targets;
        Joined = joined;
        Abjad = abjad;
        ExactOnly = exactOnly;
        Phonetic = phonetic;
        Skeletons = skeletons;
        Idf = idf;
        MaxIdf = maxIdf;
        _typos = typos;
        _lengths = new byte[Count];
        foreach (var w in words) _longest = Math.Max(_longest, w.Length);
        Flags = new WordFlags[Count];
        for (var i = 0; i < Count; i++)
            Flags[i] = (joined[i] ? WordFlags.Joined : 0) | (abjad[i] ? WordFlags.Abjad : 0) | (exactOnly[i] ? WordFlags.ExactOnly : 0)
                | (words[i].AsSpan().ContainsAnyInRange('0', '9') ? WordFlags.Digits : 0) | (targets[i] != i ? WordFlags.Surface : 0)
                | (ReferenceData.Instance.FoldTargets.Contains(words[i]) ? WordFlags.Known : 0);
        var ids = new Dictionary<string, int>(Count, StringComparer.Ordinal);
        var byPhon = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var bySkel = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < Count; i++)
        {
            _lengths[i] = (byte)Math.Min(255, words[i].Length);
            ids[words[i]] = i;
            if (exactOnly[i]) continue;
            if (phonetic[i].Length >= profile.PhoneticKeyMinLength) Add(byPhon, phonetic[i], i);
            if (skeletons[i].Length >= 1) Add(bySkel, skeletons[i], i);
        }
        _ids = ids;
        _sorted = new Lazy<int[]>(() =>
        {
            var ids = new int[Count];
            for (var i = 0; i < ids.Length; i++) ids[i] = i;
            Array.Sort(ids, (a, b) => string.CompareOrdinal(Words[a], Words[b]));
            return ids;
        });
        _byPhonetic = byPhon.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _bySkeleton = bySkel.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        PhoneticIds = KeyNumbers(_byPhonetic, Count);
        SkeletonIds = KeyNumbers(_bySkeleton, Count);
        _abjadBySkeleton = bySkel
            .Select(kv => (kv.Key, Ids: kv.Value.Where(i => abjad[i]).ToArray()))
            .Where(x => x.Ids.Length > 0)
            .ToDictionary(x => x.Key, x => x.Ids, StringComparer.Ordinal);
    }

    private KanaKeys? _kana;

    /// <summary>Words whose loanword key (<see cref="Text.Scripts.Kana"/>) is <paramref name="key"/>: the lookup of a
    /// query word written in kana. Built on the first such query (kana queries are rare; the index does not pay for them).</summary>
    public int[] ByKanaKey(string key) => Kana.ByKey.TryGetValue(key, out var ids) ? ids : [];

    /// <summary>The vowels of <paramref name="word"/> as <see cref="Text.Scripts.Kana.Vowels"/> reads a Latin word, worked out once.</summary>
    public string KanaVowels(int word) => Kana.Vowels[word] ??= Text.Scripts.Kana.Vowels(Words[word], kana: false);

    /// <summary>True when <paramref name="word"/>'s loanword keys include <paramref name="key"/>.</summary>
    public bool HasKanaKey(int word, string key) =>
        string.Equals(Kana.Keys[word], key, StringComparison.Ordinal) || string.Equals(Kana.NonRhotic[word], key, StringComparison.Ordinal);

    private KanaKeys Kana => _kana ?? Interlocked.CompareExchange(ref _kana, KanaKeys.Of(this), null) ?? _kana!;

    private sealed record KanaKeys(Dictionary<string, int[]> ByKey, string[] Keys, string?[] NonRhotic, string?[] Vowels)
    {
        public static KanaKeys Of(Vocabulary v)
        {
            var keys = new string[v.Count];
            var nonRhotic = new string?[v.Count];
            var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < v.Count; i++)
            {
                if ((v.Flags[i] & (WordFlags.Joined | WordFlags.ExactOnly | WordFlags.Digits)) != 0) { keys[i] = ""; continue; }
                (keys[i], nonRhotic[i]) = Text.Scripts.Kana.KeysOfLatin(v.Words[i]);
                if (keys[i].Length >= 1) Add(byKey, keys[i], i);
                if (nonRhotic[i] is { Length: >= 1 } n) Add(byKey, n, i);
            }
            return new(byKey.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal), keys, nonRhotic, new string?[v.Count]);
        }
    }

    /// <summary>Writes the arrays the vocabulary is made of (see <see cref="ScreeningIndex.WriteSnapshot"/>).</summary>
    public void Write(BinaryWriter writer)
    {
        Snapshot.WriteStrings(writer, Words);
        Snapshot.WriteArray(writer, Targets);
        Snapshot.WriteArray(writer, Joined);
        Snapshot.WriteArray(writer, Abjad);
        Snapshot.WriteArray(writer, ExactOnly);
        Snapshot.WriteStrings(writer, Phonetic);
        Snapshot.WriteStrings(writer, Skeletons);
        Snapshot.WriteArray(writer, Idf);
        writer.Write(MaxIdf);
        _typos.Write(writer);
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static Vocabulary Read(BinaryReader reader, Matching.ScoringProfile profile) => new(
        Snapshot.ReadStrings(reader), Snapshot.ReadArray<int>(reader), Snapshot.ReadArray<bool>(reader), Snapshot.ReadArray<bool>(reader),
        Snapshot.ReadArray<bool>(reader), Snapshot.ReadStrings(reader), Snapshot.ReadStrings(reader), Snapshot.ReadArray<float>(reader),
        reader.ReadSingle(), DeletionIndex.Read(reader), profile);

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

    /// <summary>Per word, what the similarity needs to know first, in one byte (one memory read for a looked-up word).</summary>
    public WordFlags[] Flags { get; }
    /// <summary>
    /// Per word, a number for its phonetic key: equal numbers, equal keys (a comparison that reads no string); -1 for
    /// words no phonetic lookup returns (exact-only words, keys under two letters), which the similarity never compares
    /// by key either.
    /// </summary>
    public int[] PhoneticIds { get; }
    /// <summary>Per word, a number for its consonant skeleton, as <see cref="PhoneticIds"/>.</summary>
    public int[] SkeletonIds { get; }

    /// <summary>The number of a phonetic key (as in <see cref="PhoneticIds"/>); -1 when no word has it.</summary>
    public int PhoneticIdOf(string key) => _byPhonetic.TryGetValue(key, out var ids) ? PhoneticIds[ids[0]] : -1;

    /// <summary>The number of a consonant skeleton (as in <see cref="SkeletonIds"/>); -1 when no word has it.</summary>
    public int SkeletonIdOf(string key) => _bySkeleton.TryGetValue(key, out var ids) ? SkeletonIds[ids[0]] : -1;

    /// <summary>Numbers the keys of a key → words lookup and gives each word its key's number (-1: in no list).</summary>
    private static int[] KeyNumbers(Dictionary<string, int[]> byKey, int count)
    {
        var numbers = new int[count];
        Array.Fill(numbers, -1);
        var key = 0;
        foreach (var ids in byKey.Values)
        {
            foreach (var id in ids) numbers[id] = key;
            key++;
        }
        return numbers;
    }

    public bool TryGetId(string word, out int id) => _ids.TryGetValue(word, out id);

    public int[] ByPhonetic(string key) => _byPhonetic.TryGetValue(key, out var ids) ? ids : [];

    /// <summary>Adds the words longer than <paramref name="prefix"/> that begin with it (a word cut at a field's end:
    /// <c>inter</c> → internacional, international).</summary>
    public void ByPrefix(string prefix, List<int> into)
    {
        var sorted = _sorted.Value;
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(Words[sorted[mid]], prefix) < 0) lo = mid + 1; else hi = mid;
        }
        for (var i = lo; i < sorted.Length && Words[sorted[i]].StartsWith(prefix, StringComparison.Ordinal); i++)
            if (Words[sorted[i]].Length > prefix.Length) into.Add(sorted[i]);
    }

    /// <summary>Word ids in ordinal order of their words, for <see cref="ByPrefix"/>; made on first use.</summary>
    private readonly Lazy<int[]> _sorted;

    /// <summary>Words with this consonant skeleton: all of them for a vowel-less query word, otherwise only vowel-less ones.</summary>
    public int[] BySkeleton(string key, bool all) => (all ? _bySkeleton : _abjadBySkeleton).TryGetValue(key, out var ids) ? ids : [];

    /// <summary>
    /// Every word that can be within a typo match of <paramref name="word"/>: it shares a deletion neighbour (see
    /// <see cref="DeletionIndex"/>) within the edits <see cref="Matching.TokenSimilarity"/> allows, and its length is
    /// within those edits — so the filter never drops a word the similarity would accept. <paramref name="seen"/> is
    /// scratch of size <see cref="Count"/>, left zeroed.
    /// </summary>
    /// <remarks>
    /// A word longer than every listed word by more than <see cref="DeletionIndex.MaxEdits"/> has no candidate (the length
    /// check below would reject every one), so it is not looked up: its neighbourhood costs the cube of its length (a
    /// 3,000-letter word, minutes), and a text may hold such a word whatever the query limits say.
    /// </remarks>
    public void TypoCandidates(string word, bool joined, Matching.ScoringProfile profile, int[] seen, List<int> touched, List<int> output)
    {
        if (word.Length > _longest + DeletionIndex.MaxEdits) return;
        var widest = Matching.TokenSimilarity.MaxEdits(profile, word.Length, joined);
        var from = output.Count;
        _typos.Candidates(word, widest, seen, touched, output);
        var kept = from;
        for (var i = from; i < output.Count; i++)
        {
            var id = output[i];
            var edits = Matching.TokenSimilarity.MaxEdits(profile, Math.Min(word.Length, _lengths[id]), joined || Joined[id]);
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

/// <summary>What <see cref="Matching.TokenSimilarity"/> checks of a vocabulary word before reading it.</summary>
[Flags]
internal enum WordFlags : byte
{
    Joined = 1,
    Abjad = 2,
    ExactOnly = 4,
    Digits = 8,
    /// <summary>A spelling the tables fold to another word (<c>navigation</c> → shipping), kept so its misspellings are found.</summary>
    Surface = 16,
    /// <summary>A word the tables fold spellings to (<c>project</c>, <c>shipping</c>, <c>llc</c>): a known word.</summary>
    Known = 32,
}
