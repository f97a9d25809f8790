using System.Collections.Frozen;
using System.Reflection;

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

    /// <summary>Lower-case letters and digits only, words separated by one space; accents removed.</summary>
    internal static string Key(string text)
    {
        var folded = text.Normalize(System.Text.NormalizationForm.FormD);
        var sb = new System.Text.StringBuilder(folded.Length);
        var space = false;
        foreach (var ch in folded)
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) != System.Globalization.UnicodeCategory.NonSpacingMark
                     && ch is not '\'' and not '’' and not '‘')
            {
                space = true;
            }
        }
        return sb.ToString();
    }

    private static (FrozenDictionary<string, string>, FrozenDictionary<string, string>) Load()
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Vigil.Core.Text.Data.countries.tsv")
            ?? throw new InvalidOperationException("embedded countries.tsv is missing");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            // alpha2 \t alpha3 \t English short name \t other names and demonyms separated by '|'
            var cols = line.Split('\t');
            if (cols.Length < 3) continue;
            var a2 = cols[0].Trim().ToUpperInvariant();
            names[a2] = cols[2].Trim();
            byKey.TryAdd(Key(a2), a2);
            if (cols[1].Trim().Length == 3) byKey.TryAdd(Key(cols[1]), a2);
            byKey.TryAdd(Key(cols[2]), a2);
            if (cols.Length > 3)
                foreach (var alt in cols[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    byKey.TryAdd(Key(alt), a2);
        }
        return (byKey.ToFrozenDictionary(StringComparer.Ordinal), names.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
