namespace Vigil.Core.Index;

/// <summary>Per-search working arrays sized to the index, rented from a pool so a search allocates almost nothing.</summary>
internal sealed class SearchScratch
{
    public SearchScratch(int words, int names, int entities)
    {
        SlotOfWord = new int[words];
        WordStamp = new int[words];
        Seen = new int[words];
        NameStamp = new int[names];
        EntityStamp = new int[entities];
        EntityBest = new double[entities];
        EntityName = new int[entities];
    }

    public int Stamp;
    public int[] SlotOfWord { get; }
    public int[] WordStamp { get; }
    public int[] Seen { get; }
    public List<int> TouchedWords { get; } = [];
    public List<int> Candidates { get; } = [];
    public List<int> Typo { get; } = [];
    /// <summary>sims[slot * units + unit]: similarity of a touched vocabulary word to each query unit.</summary>
    public float[] Sims { get; set; } = new float[1024];
    public int[] NameStamp { get; }
    public List<int> TouchedNames { get; } = [];
    /// <summary>Parallel to <see cref="TouchedWords"/>: the query units (a bit mask) each touched word pairs with.</summary>
    public List<ulong> WordUnits { get; } = [];
    /// <summary>Parallel to <see cref="TouchedWords"/>: the query positions (a bit mask) each touched word covers.</summary>
    public List<uint> WordPositions { get; } = [];

    private readonly List<ulong[]> _filters = [];

    /// <summary><paramref name="count"/> bit sets over the names, all bits clear (their users clear what they set).</summary>
    public List<ulong[]> FilterBits(int count, int names)
    {
        while (_filters.Count < count) _filters.Add(new ulong[(names + 63) / 64]);
        return _filters;
    }
    /// <summary>Touched words grouped by the set of query units (a bit mask) they pair with, with their postings' total length.</summary>
    public List<(ulong Units, long Postings)> WalkGroups { get; } = [];
    /// <summary>Candidate names with the upper bound of their score, best first (reused by every search).</summary>
    public List<(float Bound, int Name)> Ranked { get; } = [];
    public int[] EntityStamp { get; }
    public double[] EntityBest { get; }
    public int[] EntityName { get; }
    public List<int> TouchedEntities { get; } = [];
}
