using System.Collections.Frozen;
namespace Vigil.Core.Text;

/// <summary>
/// Case endings of names in running text (<c>Text/Data/inflections.tsv</c>): Russian, Ukrainian, Polish and Czech case
/// endings and the German genitive <c>-s</c>, each with the nominative endings its stem may take, and the function words
/// that say which of the tables a Latin-script text uses. Free text only; names and queries are not affected.
/// </summary>
internal static class Inflections
{
    /// <summary>The tables of one language: endings longest first, and the gate words.</summary>
    internal sealed record Language((string Ending, string[] Nominatives)[] Endings, FrozenSet<string> Gates, string[] Patronymics, string[] Proclitics);

    /// <summary>Arabic: the one-letter conjunctions and prepositions written joined to the next word.</summary>
    public static Language Arabic => Tables.Value["arabic"];

    /// <summary>The word ends like a patronymic of the language (<c>ivanovich</c>, <c>ivanovna</c>), with a stem of at least <paramref name="minStem"/> letters.</summary>
    public static bool IsPatronymic(string word, Language language, int minStem)
    {
        foreach (var p in language.Patronymics)
            if (word.Length - p.Length >= minStem && word.EndsWith(p, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly Lazy<FrozenDictionary<string, Language>> Tables = new(Load);

    /// <summary>Russian, Ukrainian, Polish, Czech (and the other Slavic languages that share their endings).</summary>
    public static Language Slavic => Tables.Value["slavic"];

    /// <summary>German: the genitive <c>-s</c> of proper names.</summary>
    public static Language German => Tables.Value["german"];

    /// <summary>French: no endings, only the gate words that say a text is French (its names of Russian or Arabic persons
    /// then follow the French transcription: <c>Evgueni Prigojine</c>).</summary>
    public static Language French => Tables.Value["french"];

    /// <summary>Spanish: no endings, only the gate words that say a text is Spanish (its names of Russian or Arabic persons
    /// then follow the Spanish press transcription: <c>Alí Jamenei</c>, <c>Yevgueni</c>).</summary>
    public static Language Spanish => Tables.Value["spanish"];

    /// <summary>Letters only the Central European and Baltic Latin orthographies write (a name spelled with them is a
    /// sign of a text that declines names).</summary>
    public static bool IsSlavicLetter(char c) => c is 'ł' or 'Ł' or 'ą' or 'Ą' or 'ę' or 'Ę' or 'ś' or 'Ś' or 'ź' or 'Ź' or 'ż' or 'Ż'
        or 'ć' or 'Ć' or 'ń' or 'Ń' or 'ě' or 'Ě' or 'ř' or 'Ř' or 'ů' or 'Ů' or 'ď' or 'Ď' or 'ť' or 'Ť' or 'ň' or 'Ň'
        or 'č' or 'Č' or 'š' or 'Š' or 'ž' or 'Ž';

    /// <summary>The forms <paramref name="word"/> (normalised) may stand for, most likely first: each ending it has, with a
    /// stem of at least <paramref name="minStem"/> letters, replaced by each of its nominative endings.</summary>
    public static IEnumerable<(string Form, bool First)> Forms(string word, Language language, int minStem)
    {
        foreach (var (ending, nominatives) in language.Endings)
        {
            if (word.Length - ending.Length < minStem || !word.EndsWith(ending, StringComparison.Ordinal)) continue;
            var stem = word[..^ending.Length];
            for (var i = 0; i < nominatives.Length; i++) yield return (stem + nominatives[i], i == 0);
        }
    }

    private static FrozenDictionary<string, Language> Load()
    {
        var endings = new Dictionary<string, List<(string, string[])>>(StringComparer.Ordinal);
        var gates = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var patronymics = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var proclitics = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in ReferenceData.CoreRows("inflections.tsv", 3))
        {
            var language = row[0];
            endings.TryAdd(language, []);
            gates.TryAdd(language, new HashSet<string>(StringComparer.Ordinal));
            patronymics.TryAdd(language, []);
            proclitics.TryAdd(language, []);
            switch (row[1])
            {
                case "ending":
                    endings[language].Add((row[2], row[3].Split(',', StringSplitOptions.TrimEntries)));
                    break;
                case "gate":
                    gates[language].Add(TextNormalizer.Normalize(row[2]));
                    break;
                case "patronymic":
                    patronymics[language].Add(row[2]);
                    break;
                case "proclitic":
                    proclitics[language].Add(row[2]);
                    break;
                default:
                    throw row.Error($"unknown kind '{row[1]}' (ending, gate, patronymic or proclitic)");
            }
        }
        return endings.ToFrozenDictionary(kv => kv.Key,
            kv => new Language([.. kv.Value.OrderByDescending(e => e.Item1.Length)], gates[kv.Key].ToFrozenSet(StringComparer.Ordinal), [.. patronymics[kv.Key]], [.. proclitics[kv.Key]]),
            StringComparer.Ordinal);
    }
}
