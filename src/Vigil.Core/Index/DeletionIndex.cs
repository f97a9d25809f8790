namespace Vigil.Core.Index;

/// <summary>
/// The typo lookup's filter: every word of the vocabulary under the hashes of its deletion neighbourhood (the word with
/// up to k letters removed, k = the edits a typo match of that word may need).
/// </summary>
/// <remarks>
/// Two words within optimal-string-alignment distance d become the same string after removing at most d letters from
/// each: a substitution removes the position from both, an insertion or a deletion from one side, an adjacent swap one
/// of the two letters from both. So a listed word within the edits a typo match allows shares at least one neighbourhood
/// hash with the query word, and looking up the query's neighbourhood finds every such word — the filter cannot lose a
/// typo match. Hash collisions only add candidates, which the similarity then rejects. Unlike a trigram filter, whose
/// bound is loose for short words with two edits (a single shared trigram), a neighbourhood hit is close to a real match,
/// so few candidates reach the edit-distance check. Layout: entries in buckets by the hash's top bits (CSR).
/// </remarks>
internal sealed class DeletionIndex
{
    /// <summary>Per entry, 16 bits of its hash besides the bucket bits (see <see cref="Fingerprint"/>).</summary>
    private readonly ushort[] _hashes;
    private readonly int[] _words;
    private readonly int[] _bucketStart;
    private readonly int _shift;

    private DeletionIndex(ushort[] hashes, int[] words, int[] bucketStart, int shift)
    {
        _hashes = hashes;
        _words = words;
        _bucketStart = bucketStart;
        _shift = shift;
    }

    /// <summary>Writes the index's arrays (see <see cref="ScreeningIndex.WriteSnapshot"/>).</summary>
    public void Write(BinaryWriter writer)
    {
        Snapshot.WriteArray(writer, _hashes);
        Snapshot.WriteArray(writer, _words);
        Snapshot.WriteArray(writer, _bucketStart);
        writer.Write(_shift);
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static DeletionIndex Read(BinaryReader reader) =>
        new(Snapshot.ReadArray<ushort>(reader), Snapshot.ReadArray<int>(reader), Snapshot.ReadArray<int>(reader), reader.ReadInt32());

    /// <summary>The most edits a neighbourhood covers: two letters removed from each word.</summary>
    public const int MaxEdits = 2;

    /// <summary>Entries held (word × distinct neighbour).</summary>
    public int EntryCount => _hashes.Length;

    /// <summary>
    /// Builds the index over the words <paramref name="edits"/> gives a positive budget (words it gives 0 are left out).
    /// </summary>
    public static DeletionIndex Build(string[] words, Func<int, int> edits)
    {
        // Each word's distinct neighbour hashes, into its own slice of one array (sized by the undeduplicated count).
        var start = new long[words.Length + 1];
        for (var i = 0; i < words.Length; i++) start[i + 1] = start[i] + Capacity(words[i].Length, edits(i));
        var raw = new uint[start[^1]];
        var counts = new int[words.Length];
        Parallel.For(0, words.Length, i =>
        {
            var k = edits(i);
            if (k <= 0) return;
            var slice = raw.AsSpan((int)start[i], (int)(start[i + 1] - start[i]));
            counts[i] = Neighbourhood(words[i], k, slice);
        });

        var total = 0L;
        foreach (var c in counts) total += c;
        if (total > int.MaxValue) throw new InvalidOperationException($"the typo index would hold {total:N0} entries, more than an array can");

        // About four entries a bucket (the hash's top bits); each entry keeps the next 16 bits of its hash to tell the
        // bucket's entries apart. Two different neighbours sharing all of those bits only add a candidate. Entries are
        // placed by a counting sort over buckets: linear, and a bucket lists its words in vocabulary order.
        var bits = 4;
        while ((1L << bits) < total / 4 && bits < 24) bits++;
        var shift = 32 - bits;
        var bucketStart = new int[(1 << bits) + 1];
        for (var i = 0; i < words.Length; i++)
            foreach (var h in raw.AsSpan((int)start[i], counts[i])) bucketStart[(h >> shift) + 1]++;
        for (var b = 1; b < bucketStart.Length; b++) bucketStart[b] += bucketStart[b - 1];
        var fill = (int[])bucketStart.Clone();
        var hashes = new ushort[total];
        var ids = new int[total];
        for (var i = 0; i < words.Length; i++)
            foreach (var h in raw.AsSpan((int)start[i], counts[i]))
            {
                var p = fill[h >> shift]++;
                hashes[p] = Fingerprint(h, shift);
                ids[p] = i;
            }
        return new DeletionIndex(hashes, ids, bucketStart, shift);
    }

    /// <summary>
    /// Adds to <paramref name="output"/> every indexed word sharing a neighbour with <paramref name="word"/> (within
    /// <paramref name="edits"/> removals), each once. <paramref name="seen"/> is scratch the size of the vocabulary, left zeroed.
    /// </summary>
    public void Candidates(string word, int edits, int[] seen, List<int> touched, List<int> output)
    {
        var capacity = Capacity(word.Length, edits);
        var buffer = capacity <= 1024 ? stackalloc uint[1024] : new uint[capacity];
        var n = Neighbourhood(word, edits, buffer);
        touched.Clear();
        for (var v = 0; v < n; v++)
        {
            var bucket = (int)(buffer[v] >> _shift);
            var h = Fingerprint(buffer[v], _shift);
            for (var p = _bucketStart[bucket]; p < _bucketStart[bucket + 1]; p++)
            {
                if (_hashes[p] != h) continue;
                var id = _words[p];
                if (seen[id]++ == 0) touched.Add(id);
            }
        }
        foreach (var id in touched)
        {
            seen[id] = 0;
            output.Add(id);
        }
    }

    /// <summary>The 16 hash bits below the bucket bits (the low bits, when the bucket takes fewer than 16).</summary>
    private static ushort Fingerprint(uint hash, int shift) => (ushort)(shift >= 16 ? hash >> (shift - 16) : hash);

    /// <summary>How many neighbours a word of this length has before duplicates are removed.</summary>
    private static int Capacity(int length, int edits) => edits switch
    {
        <= 0 => 0,
        1 => 1 + length,
        _ => 1 + length + length * (length - 1) / 2,
    };

    /// <summary>Writes the distinct hashes of the word with up to <paramref name="edits"/> (1 or 2) letters removed, sorted; returns how many.</summary>
    private static int Neighbourhood(string word, int edits, Span<uint> output)
    {
        var w = word.AsSpan();
        var n = 0;
        output[n++] = Hash(w, -1, -1);
        for (var i = 0; i < w.Length; i++)
        {
            if (i > 0 && w[i] == w[i - 1]) continue; // removing either letter of a double gives the same string
            output[n++] = Hash(w, i, -1);
            if (edits < 2) continue;
            for (var j = i + 1; j < w.Length; j++)
                output[n++] = Hash(w, i, j);
        }
        var hashes = output[..n];
        hashes.Sort();
        var unique = 0;
        for (var i = 0; i < n; i++)
            if (unique == 0 || hashes[i] != hashes[unique - 1]) hashes[unique++] = hashes[i];
        return unique;
    }

    /// <summary>FNV-1a over the letters except positions <paramref name="skipA"/> and <paramref name="skipB"/>, then a final mix.</summary>
    private static uint Hash(ReadOnlySpan<char> w, int skipA, int skipB)
    {
        var h = 2166136261u;
        for (var i = 0; i < w.Length; i++)
        {
            if (i == skipA || i == skipB) continue;
            h = (h ^ w[i]) * 16777619u;
        }
        h ^= (uint)(w.Length - (skipA >= 0 ? 1 : 0) - (skipB >= 0 ? 1 : 0));
        h ^= h >> 16;
        h *= 0x85ebca6bu;
        h ^= h >> 13;
        h *= 0xc2b2ae35u;
        h ^= h >> 16;
        return h;
    }
}
