using System.Collections.Frozen;
using System.Reflection;

namespace Vigil.Core.Text;

/// <summary>
/// The word tables names are analysed with, loaded once from the embedded <c>Text/Data/*.tsv</c> files:
/// stop words, particles and titles; legal forms; the multilingual organisation vocabulary; name-variant families.
/// </summary>
internal sealed class ReferenceData
{
    private static readonly Lazy<ReferenceData> Shared = new(() => new ReferenceData());

    /// <summary>The tables, loaded on first use.</summary>
    public static ReferenceData Instance => Shared.Value;

    private ReferenceData()
    {
        var classes = new Dictionary<string, TokenClass>(StringComparer.Ordinal);
        var stops = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cols in Rows("stopwords.tsv"))
        {
            switch (cols[1])
            {
                case "stop": stops.Add(cols[0]); break;
                case "particle": classes.TryAdd(cols[0], TokenClass.Particle); break;
                case "title": classes.TryAdd(cols[0], TokenClass.Title); break;
                case "vessel": classes.TryAdd(cols[0], TokenClass.VesselPrefix); break;
                default: throw new InvalidDataException($"stopwords.tsv: unknown class '{cols[1]}' for '{cols[0]}'");
            }
        }

        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        var canonicalForms = new HashSet<string>(StringComparer.Ordinal);
        var longest = 1;
        foreach (var cols in Rows("org_types.tsv"))
        {
            forms.TryAdd(cols[0], cols[1]);
            canonicalForms.Add(cols[1]);
            longest = Math.Max(longest, cols[0].Count(c => c == ' ') + 1);
        }

        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var generic = new HashSet<string>(StringComparer.Ordinal);
        // Country names and nationality words of one word ("IRAN", "KOREAN") say where an organisation is, not which one
        // it is: in organisation names they weigh like generic words.
        foreach (var (_, _, name) in Countries.Entries())
        {
            var key = Countries.Key(name);
            if (key.Length >= 4 && !key.Contains(' ', StringComparison.Ordinal)) { words.TryAdd(key, key); generic.Add(key); }
        }
        foreach (var cols in Rows("org_words.tsv"))
        {
            words[cols[0]] = cols[1];
            if (cols.Length > 2 && cols[2] == "1") generic.Add(cols[1]);
        }

        var variants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cols in Rows("given_name_variants.tsv"))
        {
            variants.TryAdd(cols[0], cols[0]);
            foreach (var v in cols[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                variants.TryAdd(v, cols[0]);
        }

        StopWords = stops.ToFrozenSet(StringComparer.Ordinal);
        Classes = classes.ToFrozenDictionary(StringComparer.Ordinal);
        LegalForms = forms.ToFrozenDictionary(StringComparer.Ordinal);
        CanonicalLegalForms = canonicalForms.ToFrozenSet(StringComparer.Ordinal);
        LongestLegalForm = longest;
        OrgWords = words.ToFrozenDictionary(StringComparer.Ordinal);
        GenericWords = generic.ToFrozenSet(StringComparer.Ordinal);
        Variants = variants.ToFrozenDictionary(StringComparer.Ordinal);

        var fuzzy = new Dictionary<char, List<string>>();
        foreach (var key in forms.Keys.Where(k => !k.Contains(' ', StringComparison.Ordinal)).Concat(words.Keys))
        {
            if (key.Length < FuzzyKeyMinLength) continue;
            if (!fuzzy.TryGetValue(key[0], out var list)) fuzzy[key[0]] = list = [];
            list.Add(key);
        }
        FuzzyOrgKeys = fuzzy.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    /// <summary>Every spelling the tables fold to another word, with the word it folds to.</summary>
    public IEnumerable<(string Surface, string Folded)> SurfaceForms()
    {
        foreach (var (k, v) in Variants) if (k != v) yield return (k, v);
        foreach (var (k, v) in OrgWords) if (k != v) yield return (k, v);
        foreach (var (k, v) in LegalForms) if (k != v && !k.Contains(' ', StringComparison.Ordinal)) yield return (k, v);
    }

    /// <summary>Legal forms and organisation words this long or longer are recognised with a typo.</summary>
    public const int FuzzyKeyMinLength = 7;

    /// <summary>Single-word legal forms and organisation words of <see cref="FuzzyKeyMinLength"/>+ letters, by first letter.</summary>
    public FrozenDictionary<char, string[]> FuzzyOrgKeys { get; }

    /// <summary>Joining words that carry nothing (and, of, the, y, und).</summary>
    public FrozenSet<string> StopWords { get; }
    /// <summary>Particles, titles and vessel prefixes.</summary>
    public FrozenDictionary<string, TokenClass> Classes { get; }
    /// <summary>Legal form as space-separated tokens → canonical form.</summary>
    public FrozenDictionary<string, string> LegalForms { get; }
    public FrozenSet<string> CanonicalLegalForms { get; }
    /// <summary>The most tokens a legal form spans.</summary>
    public int LongestLegalForm { get; }
    /// <summary>Organisation word in any language → its English form.</summary>
    public FrozenDictionary<string, string> OrgWords { get; }
    /// <summary>English forms that are generic in organisation names.</summary>
    public FrozenSet<string> GenericWords { get; }
    /// <summary>Spelling variant → the canonical spelling of its family.</summary>
    public FrozenDictionary<string, string> Variants { get; }

    private static IEnumerable<string[]> Rows(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Vigil.Core.Text.Data." + file)
            ?? throw new InvalidOperationException($"embedded {file} is missing");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length < 2) throw new InvalidDataException($"{file}: line '{line}' needs at least two tab-separated columns");
            for (var i = 0; i < cols.Length; i++) cols[i] = cols[i].Trim();
            yield return cols;
        }
    }
}
