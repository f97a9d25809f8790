using System.Collections.Frozen;

namespace Vigil.Core.Text;

/// <summary>
/// Country names (English official and common names, UN names such as <c>Iran (Islamic Republic of)</c>,
/// OFAC spellings such as <c>Korea, North</c>, demonyms such as <c>Venezuelan</c>) and ISO codes → ISO 3166-1 alpha-2.
/// </summary>
/// <remarks>Data: <c>Text/Data/countries.tsv</c> (embedded), loaded once.</remarks>
public static class Countries
{
    private static readonly Lazy<(FrozenDictionary<string, string> ByKey, FrozenDictionary<string, string> Names)> Table = new(Load);

    /// <summary>Resolves a country name, demonym, alpha-2 or alpha-3 code to an alpha-2 code.</summary>
    public static bool TryGetCode(string? nameOrCode, out string code)
    {
        code = "";
        if (string.IsNullOrWhiteSpace(nameOrCode)) return false;
        var key = Key(nameOrCode);
        if (key.Length == 0) return false;
        if (Table.Value.ByKey.TryGetValue(key, out var c)) { code = c; return true; }
        return false;
    }

    /// <summary>The English short name of an alpha-2 code, or the code itself when unknown.</summary>
    public static string NameOf(string code) => Table.Value.Names.TryGetValue(code.ToUpperInvariant(), out var n) ? n : code;

    /// <summary>Lower-case ASCII letters and digits only, words separated by one space; accents and apostrophes removed.</summary>
    /// <remarks>
    /// Folds through AnyAscii rather than <see cref="string.Normalize()"/>: the build runs with InvariantGlobalization,
    /// where FormD leaves <c>á</c> whole, so <c>Irán</c> would never meet <c>Iran</c>. Apostrophes (straight or typographic)
    /// join their neighbours, so <c>Côte d’Ivoire</c> and <c>COTE D'IVOIRE</c> share the key <c>cote divoire</c>.
    /// </remarks>
    internal static string Key(string text)
    {
        var folded = AnyAscii.Transliteration.IsAscii(text) ? text : AnyAscii.Transliteration.Transliterate(text);
        var sb = new System.Text.StringBuilder(folded.Length);
        var space = false;
        foreach (var ch in folded)
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else if (ch is not '\'' and not '’' and not '‘' and not '`')
            {
                space = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>Keys that two rows of the table claim for different codes, as <c>key: XX YY</c>; empty when the table is sound.</summary>
    /// <remarks>The lookup keeps the first row's code for such a key, so a collision silently sends a name to the wrong country.</remarks>
    internal static IReadOnlyList<string> Collisions()
    {
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        var clashes = new List<string>();
        foreach (var (code, _, name) in Entries())
        {
            var key = Key(name);
            if (key.Length == 0) { clashes.Add($"'{name}' ({code}) has an empty key"); continue; }
            if (owner.TryGetValue(key, out var first) && first != code) clashes.Add($"{key}: {first} {code}");
            else owner[key] = code;
        }
        return clashes;
    }

    /// <summary>The names and demonyms of one word that a name can hold (<c>iran</c>, <c>iranian</c>, <c>deutschland</c>),
    /// as keys, with their alpha-2 code: 4+ letters, so codes (IR, IRN) are not among them.</summary>
    internal static IEnumerable<(string Code, string Key)> OneWordNames()
    {
        foreach (var (code, _, name) in Entries())
        {
            var key = Key(name);
            if (key.Length >= OneWordNameMinLength && !key.Contains(' ', StringComparison.Ordinal)) yield return (code, key);
        }
    }

    private const int OneWordNameMinLength = 4;

    /// <summary>Every (alpha-2, is-short-name, name or code) of the embedded table, in file order.</summary>
    internal static IEnumerable<(string Code, bool IsShortName, string Name)> Entries()
    {
        // alpha2 \t alpha3 \t English short name \t other names and demonyms separated by '|'
        foreach (var cols in ReferenceData.CoreRows("countries.tsv", 3))
        {
            var a2 = cols[0].ToUpperInvariant();
            yield return (a2, false, a2);
            if (cols[1].Length == 3) yield return (a2, false, cols[1]);
            yield return (a2, true, cols[2]);
            foreach (var alt in cols[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                yield return (a2, false, alt);
        }
    }

    private static (FrozenDictionary<string, string>, FrozenDictionary<string, string>) Load()
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, isShortName, name) in Entries())
        {
            if (isShortName) names[code] = name;
            byKey.TryAdd(Key(name), code);
        }
        return (byKey.ToFrozenDictionary(StringComparer.Ordinal), names.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
