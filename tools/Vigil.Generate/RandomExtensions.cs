namespace Vigil.Generate;

/// <summary>Draws from a seeded <see cref="Random"/>; every generator takes one, so a seed gives the same output.</summary>
internal static class RandomExtensions
{
    /// <summary>True with probability <paramref name="p"/>.</summary>
    public static bool Chance(this Random rng, double p) => rng.NextDouble() < p;

    /// <summary>A uniformly chosen item.</summary>
    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) =>
        items.Count > 0 ? items[rng.Next(items.Count)] : throw new InvalidOperationException("nothing to pick from");

    /// <summary>The first item with probability <paramref name="first"/>, else a uniformly chosen one.</summary>
    public static T PickFavouringFirst<T>(this Random rng, IReadOnlyList<T> items, double first) =>
        rng.Chance(first) ? items[0] : rng.Pick(items);

    /// <summary>An index drawn in proportion to <paramref name="weights"/>.</summary>
    public static int PickWeighted(this Random rng, IReadOnlyList<int> weights)
    {
        var total = 0;
        foreach (var w in weights) total += w;
        var x = rng.Next(total);
        for (var i = 0; i < weights.Count; i++)
        {
            if (x < weights[i]) return i;
            x -= weights[i];
        }
        return weights.Count - 1;
    }

    /// <summary>A string of <paramref name="length"/> characters drawn from <paramref name="alphabet"/>.</summary>
    public static string Chars(this Random rng, string alphabet, int length)
    {
        Span<char> buffer = stackalloc char[length];
        for (var i = 0; i < length; i++) buffer[i] = alphabet[rng.Next(alphabet.Length)];
        return new string(buffer);
    }

    public static string Digits(this Random rng, int length) => rng.Chars("0123456789", length);
}
