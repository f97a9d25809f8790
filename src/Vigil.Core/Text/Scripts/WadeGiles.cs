using System.Collections.Frozen;
using System.Text;

namespace Vigil.Core.Text.Scripts;

/// <summary>
/// Reads a Chinese name written in Wade–Giles as Hanyu Pinyin, the way the lists write Chinese names:
/// <c>Hsi Chin-p'ing</c> → xi jinping, <c>Mao Tse-tung</c> → mao zedong, <c>Teng Hsiao-ping</c> → deng xiaoping,
/// <c>Tsai Ing-wen</c> → zai yingwen and cai yingwen.
/// </summary>
/// <remarks>
/// The syllables are those of <c>Text/Data/wade_giles.tsv</c>: every pinyin syllable with its Wade–Giles form, written by
/// <c>scripts/wadegiles/generate_wadegiles.py</c> from the pinyin syllable table (Scheme for the Chinese Phonetic
/// Alphabet, 1958; ISO 7098) and the standard correspondence of the Library of Congress Pinyin Conversion Project (2000):
/// p/p' b/p, t/t' d/t, k/k' g/k, ch/ch' zh/ch (j/q before i and ü), hs x, ts/tz z, ts'/tz' c, j r, ss/sz s; -ih and
/// -u after tz/ss as -i, -ieh -ie, -ien -ian, -ung -ong, -iung -iong, -o after k/h -e, yeh ye, kuei gui, yu you,
/// yü yu, erh er. A name is read only when every word is a Wade–Giles syllable or syllables joined by hyphens (joined
/// into one word, as pinyin writes a given name), it has two syllables at least, and it carries a mark of the system:
/// an apostrophe of aspiration, ü, a hyphen between syllables, or a syllable pinyin does not have (hsi, tse, chih, tung,
/// yeh, jen, kuei). So English and other names are left alone. Written without apostrophes (as on Taiwanese passports), p t k ch ts say
/// nothing of aspiration and u nothing of ü: the unaspirated reading comes first, then the aspirated one and the one
/// with ü, at most <see cref="MostReadings"/>.
/// </remarks>
internal static class WadeGiles
{
    /// <summary>How many readings one name may have (unmarked aspiration and ü each double them).</summary>
    public const int MostReadings = 3;

    private const int MostSyllablesInWord = 4;

    /// <summary>A pinyin syllable a Wade–Giles syllable may write, and whether it was written aspirated or with ü.</summary>
    private readonly record struct Candidate(string Pinyin, bool Aspirated, bool Umlaut);

    private sealed record Table(FrozenDictionary<string, Candidate[]> ByBareForm, FrozenSet<string> Pinyin);

    private static readonly Lazy<Table> Syllables = new(() =>
    {
        var byBare = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        var pinyin = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cols in ReferenceData.CoreRows("wade_giles.tsv", 2))
        {
            var (wg, py) = (cols[0], cols[1]);
            var bare = Bare(wg);
            if (!byBare.TryGetValue(bare, out var list)) byBare[bare] = list = [];
            list.Add(new Candidate(py, wg.Contains('\''), wg.Contains('ü')));
            pinyin.Add(py.Replace('ü', 'u'));
        }
        return new Table(byBare.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            pinyin.ToFrozenSet(StringComparer.Ordinal));
    });

    /// <summary>The pinyin readings of <paramref name="name"/>, most likely first (lower case, a hyphenated given name
    /// joined into one word); empty when a word is not Wade–Giles or the name shows no mark of the system.</summary>
    public static IReadOnlyList<string> Readings(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var lower = Normalise(name);
        if (lower is null) return [];
        var table = Syllables.Value;
        var marksAspiration = lower.Contains('\'');
        var marksUmlaut = lower.Contains('ü');
        var marked = marksAspiration || marksUmlaut;
        // Each word: its syllables, each syllable's candidates
        var words = new List<List<Candidate[]>>();
        foreach (var word in lower.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var syllables = new List<Candidate[]>();
            var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1) marked = true;
            // Wade–Giles writes one syllable a word or hyphenates them: an unbroken word of several syllables
            // (Santoso, Sonata, Hosein) is not read, so no syllable splitting guesses at other languages' words.
            foreach (var syllable in parts)
            {
                if (syllable[0] == '\'' || !table.ByBareForm.TryGetValue(Bare(syllable), out var all)) return [];
                var candidates = Filter(all, syllable, marksAspiration, marksUmlaut);
                if (candidates.Length == 0) return [];
                if (!table.Pinyin.Contains(Bare(syllable))) marked = true;
                syllables.Add(candidates);
            }
            if (syllables.Count > MostSyllablesInWord) return [];
            words.Add(syllables);
        }
        // A Chinese name has two syllables at least (So, Ho alone are not read).
        if (words.Sum(w => w.Count) < 2 || !marked) return [];
        var readings = new List<string>(MostReadings);
        // unaspirated without ü, aspirated, with ü, both: the cases the unmarked spelling leaves open
        foreach (var (aspirated, umlaut) in (ReadOnlySpan<(bool, bool)>)[(false, false), (true, false), (false, true), (true, true)])
        {
            var sb = new StringBuilder(lower.Length);
            foreach (var word in words)
            {
                if (sb.Length > 0) sb.Append(' ');
                foreach (var candidates in word) sb.Append(Pick(candidates, aspirated, umlaut).Pinyin);
            }
            var reading = sb.ToString().Replace('ü', 'u');
            if (!readings.Contains(reading) && reading != Bare(lower).Replace("-", "", StringComparison.Ordinal)) readings.Add(reading);
            if (readings.Count == MostReadings) break;
        }
        return readings;
    }

    /// <summary>The first reading of <see cref="Readings"/>, or null.</summary>
    public static string? Reading(string name) => Readings(name) is [var first, ..] ? first : null;

    /// <summary>Lower case with the system's marks made plain (’ ‘ ` ʻ ʼ as ', ê as e, ŭ as u; u with diaeresis as ü);
    /// null when the name holds anything but letters, apostrophes, hyphens and spaces.</summary>
    private static string? Normalise(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name.Normalize(NormalizationForm.FormC))
        {
            var c = char.ToLowerInvariant(ch);
            switch (c)
            {
                case >= 'a' and <= 'z' or 'ü' or '-': sb.Append(c); break;
                case '\'' or '’' or '‘' or '`' or 'ʻ' or 'ʼ':
                    // an apostrophe follows an initial inside a word
                    if (sb.Length == 0 || !char.IsAsciiLetterLower(sb[^1])) return null;
                    sb.Append('\'');
                    break;
                case 'ê' or 'é' or 'è' or 'ě' or 'ē': sb.Append('e'); break;
                case 'ŭ': sb.Append('u'); break;
                case 'ǔ' or 'ǘ' or 'ǚ' or 'ǜ' or 'ǖ': sb.Append('ü'); break;
                case ' ' or ',' or '.' or '\t': sb.Append(' '); break;
                default: return null;
            }
        }
        return sb.ToString();
    }

    /// <summary>A syllable without the apostrophe and with u for ü: the form written without diacritics.</summary>
    private static string Bare(string syllable) => syllable.Replace("'", "", StringComparison.Ordinal).Replace('ü', 'u');

    /// <summary>The candidates a written syllable allows: when the name marks aspiration (or ü) anywhere, a syllable
    /// without the mark is unaspirated (without ü).</summary>
    private static Candidate[] Filter(Candidate[] candidates, string syllable, bool marksAspiration, bool marksUmlaut)
    {
        var aspirated = syllable.Contains('\'');
        var umlaut = syllable.Contains('ü');
        return candidates.Where(c => (!marksAspiration || c.Aspirated == aspirated) && (!marksUmlaut || c.Umlaut == umlaut)
            && (!aspirated || c.Aspirated) && (!umlaut || c.Umlaut)).ToArray();
    }

    private static Candidate Pick(Candidate[] candidates, bool aspirated, bool umlaut)
    {
        foreach (var c in candidates) if (c.Aspirated == aspirated && c.Umlaut == umlaut) return c;
        foreach (var c in candidates) if (c.Aspirated == aspirated) return c;
        foreach (var c in candidates) if (c.Umlaut == umlaut) return c;
        return candidates[0];
    }
}
