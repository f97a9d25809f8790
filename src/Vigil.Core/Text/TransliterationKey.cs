using System.Text;

namespace Vigil.Core.Text;

/// <summary>
/// The consonant-class key of a word transliterated from Arabic (and Persian, Urdu, Pashto): vowels and the semivowels
/// w and y dropped, consonants folded to the classes that English, French, German and Spanish spellings of one Arabic
/// letter fall into, doubled letters collapsed, a final h dropped. Hizballah, Hezbollah, Hizbollah, Hisbollah and
/// Hezbolá share <c>hsbl</c>; Daesh, Daech and Da'ish share <c>dS</c>; Qaida, Qaeda and Kaida share <c>kd</c>.
/// </summary>
/// <remarks>
/// The classes follow the transliteration tables of the Arabic letters (ALA-LC, DIN 31635, the French and Spanish press
/// spellings): ش is sh / ch / sch / ş (S); ج is j / dj / dsch / g (j); خ is kh / ch / j / x (x); ق, ك are q / k / c (k);
/// ز, س, ص are z / s (s); ذ, ظ are dh / z / d (d); ث, ت, ط are th / t (t); غ is gh / g (g); ف is f / ph (f); b and p
/// (Persian پ written b) fold to b. French ch and German sch are the same sound as English sh, so they share S.
/// </remarks>
internal static class TransliterationKey
{
    /// <summary>Runs of vowels (a e i o u y) in a normalised word: its syllables as transliterations write them
    /// (<c>hezbollah</c>, <c>hizballah</c>: 3; <c>daech</c>, <c>daish</c>: 1).</summary>
    public static int VowelGroups(string word)
    {
        var groups = 0;
        var inVowel = false;
        foreach (var c in word)
        {
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            if (vowel && !inVowel) groups++;
            inVowel = vowel;
        }
        return groups;
    }

    /// <summary>The key of a normalised (lower-case ASCII) word.</summary>
    public static string Of(string word)
    {
        var sb = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            char mapped;
            switch (c)
            {
                case 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w': continue;
                case 's' when next == 'c' && i + 2 < word.Length && word[i + 2] == 'h': mapped = 'S'; i += 2; break;
                case 's' or 'c' when next == 'h': mapped = 'S'; i++; break;
                case 'k' when next == 'h': mapped = 'x'; i++; break;
                case 'g' when next == 'h': mapped = 'g'; i++; break;
                case 't' when next == 'h': mapped = 't'; i++; break;
                case 'd' when next == 'h': mapped = 'd'; i++; break;
                case 'p' when next == 'h': mapped = 'f'; i++; break;
                case 'd' when next == 'j': mapped = 'j'; i++; break;
                case 'x': mapped = 'x'; break;
                case 'q' or 'k' or 'c': mapped = 'k'; break;
                case 'z' or 's': mapped = 's'; break;
                case 'p' or 'b': mapped = 'b'; break;
                case 'v' or 'f': mapped = 'f'; break;
                default: mapped = c; break;
            }
            if (sb.Length > 0 && sb[^1] == mapped) continue;
            sb.Append(mapped);
        }
        // a final h after a vowel is silent in transliterations (Hizballah / Hezbolá, Hamzah / Hamza)
        if (sb.Length > 1 && sb[^1] == 'h' && word.Length > 1 && word[^1] == 'h' && word[^2] is 'a' or 'e' or 'i' or 'o' or 'u') sb.Length--;
        return sb.ToString();
    }
}
