using System.Text;

namespace Vigil.Core.Text.Scripts;

/// <summary>
/// Burmese names in the conventional romanisation they are listed under (Min Aung Hlaing, Thein Sein, Win Myint, Htin
/// Kyaw), syllable by syllable, where AnyAscii reads letter by letter and loses the vowels a final consonant implies
/// (<c>မင်းအောင်လှိုင်</c> → "mn'eanlhiun").
/// </summary>
/// <remarks>
/// A syllable is a consonant (or အ, or an independent vowel), its medials (ျ ြ y, ွ w, ှ h: လှ hl, ရှ sh), its vowel signs
/// and a final consonant killed by the asat (်). The rime is read from the vowel signs and the final as the conventional
/// spellings write it (from MLCTS, the Myanmar Language Commission Transcription System, as names carry it: ောင် aung,
/// ိုင် aing, ိန် ein, င် in, င့် int, ော aw, ို o). Burmese digits are digits. Each syllable is a word, as listed names write it.
/// </remarks>
internal static class Burmese
{
    /// <summary>True when <paramref name="text"/> holds a Burmese letter.</summary>
    public static bool Contains(string text)
    {
        foreach (var c in text) if (c is >= '\u1000' and <= '\u102A') return true;
        return false;
    }

    /// <summary>The conventional reading, or null without Burmese letters.</summary>
    public static string? Reading(string text)
    {
        if (!Contains(text)) return null;
        var sb = new StringBuilder(text.Length * 2);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is >= '\u1040' and <= '\u1049') { sb.Append((char)('0' + (c - '\u1040'))); i++; continue; }
            if (c is < '\u1000' or > '\u102A') { sb.Append(c); i++; continue; }
            sb.Append(' ').Append(Syllable(text, ref i)).Append(' ');
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Syllable(string text, ref int i)
    {
        var onset = Consonant(text[i]);
        var independent = text[i] is >= '\u1023' and <= '\u102A';
        i++;
        bool medialY = false, medialW = false, medialH = false;
        bool e = false, aa = false, vi = false, vu = false, ai = false, anusvara = false, creaky = false;
        char final = '\0';
        while (i < text.Length)
        {
            var c = text[i];
            switch (c)
            {
                case '\u103B' or '\u103C': medialY = true; break;
                case '\u103D': medialW = true; break;
                case '\u103E': medialH = true; break;
                case '\u1031': e = true; break;
                case '\u102B' or '\u102C': aa = true; break;
                case '\u102D' or '\u102E': vi = true; break;
                case '\u102F' or '\u1030': vu = true; break;
                case '\u1032': ai = true; break;
                case '\u1036': anusvara = true; break;
                case '\u1037': creaky = true; break;
                case '\u1038' or '\u103A': break;
                default:
                    // a consonant killed by the asat (possibly after the dot below) is this syllable's final
                    if (c is >= '\u1000' and <= '\u1021' && final == '\0' && KilledAt(text, i + 1)) { final = c; break; }
                    return Finish();
            }
            i++;
        }
        return Finish();

        // an independent vowel (ဥ u) is its own rime
        string Finish() => independent ? onset : Onset(onset, medialY, medialW, medialH) + Rime(final, e, aa, vi, vu, ai, anusvara, creaky);
    }

    private static bool KilledAt(string text, int k)
    {
        while (k < text.Length && text[k] is '\u1037' or '\u1038') k++;
        return k < text.Length && text[k] == '\u103A';
    }

    private static string Onset(string consonant, bool y, bool w, bool h)
    {
        var s = consonant;
        if (h) s = s is "y" ? "sh" : "h" + s;
        if (y) s = s switch { "kh" => "ch", "k" => "ky", "g" => "gy", _ => s + "y" };
        if (w) s += "w";
        return s;
    }

    private static string Rime(char final, bool e, bool aa, bool i, bool u, bool ai, bool anusvara, bool creaky) => final switch
    {
        '\0' when anusvara => i ? "ein" : u ? "on" : "an",
        '\0' => e && aa ? "aw" : i && u ? "o" : e || ai ? "e" : i ? "i" : u ? "u" : "a",
        'က' => e && aa ? "auk" : i && u ? "aik" : "et",
        'င' => e && aa ? "aung" : i && u ? "aing" : creaky ? "int" : "in",
        'စ' => "it",
        'ည' => "i",
        'တ' or 'ပ' => i ? "eik" : u ? "ok" : "at",
        'န' or 'မ' => i ? "ein" : u ? "on" : "an",
        'ယ' => "e",
        _ => "a",
    };

    private static string Consonant(char c) => c switch
    {
        'က' => "k", 'ခ' => "kh", 'ဂ' or 'ဃ' => "g", 'င' => "ng", 'စ' => "s", 'ဆ' => "s", 'ဇ' or 'ဈ' => "z", 'ည' => "ny",
        'ဋ' or 'တ' => "t", 'ဌ' or 'ထ' => "ht", 'ဍ' or 'ဎ' or 'ဒ' or 'ဓ' => "d", 'ဏ' or 'န' => "n", 'ပ' => "p", 'ဖ' => "ph",
        'ဗ' or 'ဘ' => "b", 'မ' => "m", 'ယ' or 'ရ' => "y", 'လ' or 'ဠ' => "l", 'ဝ' => "w", 'သ' => "th", 'ဟ' => "h", 'အ' => "",
        'ဣ' or 'ဤ' => "i", 'ဥ' or 'ဦ' => "u", 'ဧ' => "e", 'ဩ' or 'ဪ' => "aw",
        _ => "",
    };
}
