namespace Vigil.Core.FreeText;

/// <summary>Buffers sized to the index that one text's screening uses; pooled so a short text (a payment) does not allocate them.</summary>
internal sealed class FreeTextScratch(int names, int words)
{
    public int[] NameSeen { get; } = new int[names];
    public int[] NameFirstWord { get; } = new int[names];
    public float[] NameQuery { get; } = new float[names];
    public float[] NameListed { get; } = new float[names];
    public float[] NameAgree { get; } = new float[names];
    /// <summary>Per-vocabulary-word scratch of the typo look-up (<see cref="Index.Vocabulary.TypoCandidates"/>); left zeroed.</summary>
    public int[] TrigramCounter { get; } = new int[words];
    /// <summary>Grows with every window checked, so <see cref="NameSeen"/> never needs clearing.</summary>
    public int Stamp { get; set; }
}
