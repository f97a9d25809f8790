using System.Globalization;
using Vigil.Core.Model;
using Vigil.Core.Text;

namespace Vigil.Generate.Lists;

/// <summary>
/// The shape of a list's name vocabulary, to compare a generated list with a real one: words per name, distinct words,
/// how much of the text the most frequent words make up, and how many words occur in one name only.
/// </summary>
/// <remarks>Words are those of <see cref="TextNormalizer.Normalize"/> (the engine's normalised form), over every non-weak name.</remarks>
internal sealed record TokenStats(int Names, long Tokens, int Vocabulary, double Top10Share, double Top100Share, double HapaxShare, IReadOnlyList<(string Word, double PerThousandNames)> Top)
{
    public static TokenStats Of(IReadOnlyList<Entity> entities)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var tf = new Dictionary<string, long>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int names = 0;
        long tokens = 0;
        foreach (var e in entities)
            foreach (var n in e.Names)
            {
                if (n.Role is NameRole.WeakAlias or NameRole.OriginalScript) continue;
                names++;
                seen.Clear();
                foreach (var w in TextNormalizer.Normalize(n.Full).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    tokens++;
                    tf[w] = tf.GetValueOrDefault(w) + 1;
                    if (seen.Add(w)) df[w] = df.GetValueOrDefault(w) + 1;
                }
            }
        var byFrequency = tf.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        double Share(int top) => tokens == 0 ? 0 : byFrequency.Take(top).Sum(kv => kv.Value) / (double)tokens;
        var hapax = df.Count(kv => kv.Value == 1);
        var topWords = byFrequency.Take(10).Select(kv => (kv.Key, 1000.0 * df[kv.Key] / Math.Max(1, names))).ToList();
        return new TokenStats(names, tokens, df.Count, Share(10), Share(100), df.Count == 0 ? 0 : hapax / (double)df.Count, topWords);
    }

    public void Print(TextWriter output, string label)
    {
        var ci = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(ci,
            $"{label}: {Names:N0} names, {Tokens / (double)Math.Max(1, Names):0.00} words/name, {Vocabulary:N0} distinct words, " +
            $"top 10 words {Top10Share:P1} of words, top 100 {Top100Share:P1}, words in one name only {HapaxShare:P1} of vocabulary"));
        output.WriteLine("  most frequent (names per 1,000 holding it): " +
                         string.Join(", ", Top.Select(t => string.Create(ci, $"{t.Word} {t.PerThousandNames:0.0}"))));
    }
}
