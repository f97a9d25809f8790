using System.Text;

namespace Vigil.Core.Text;

/// <summary>
/// Keys under which transliteration variants of a word coincide.
/// </summary>
/// <remarks>
/// <see cref="Of"/> folds letters that transliterations swap (kh/h, ph/f, q/k/c/g, j/ch/zh, w/v, z/s, x/ks, y/i, ou/u, ee/i,
/// Korean g/k d/t b/p), folds vowels to three classes (a; e i y; o u), then collapses doubled letters:
/// Qadhafi, Gaddafi and Kadhafi share a key; so do Yousef and Yusuf, Choe and Chwe.
/// <see cref="Skeleton"/> keeps consonants only, for words transliterated from scripts that omit vowels
/// (Arabic محمد → AnyAscii <c>mhmd</c>, skeleton of MUHAMMAD <c>mhmd</c>).
/// </remarks>
public static class PhoneticKey
{
    /// <summary>The phonetic key of a normalised word (lower-case ASCII).</summary>
    public static string Of(string word)
    {
        if (word.Length == 0) return word;
        var sb = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            char mapped;
            if (char.IsAsciiDigit(c)) { sb.Append(c); continue; }
            switch (c)
            {
                case 'k' when next == 'h': mapped = 'h'; i++; break;
                case 'g' when next == 'h': mapped = 'k'; i++; break;
                case 'p' when next == 'h': mapped = 'f'; i++; break;
                case 't' when next == 'h': mapped = 't'; i++; break;
                case 'd' when next == 'h': mapped = 't'; i++; break;
                case 'd' when next == 'j' || next == 'z': mapped = 'c'; i++; break;
                case 's' when next == 'h': mapped = 's'; i++; break;
                case 'c' when next == 'h': mapped = 'c'; i++; break;
                case 'z' when next == 'h': mapped = 'c'; i++; break;
                case 't' when next == 's' || next == 'z': mapped = 's'; i++; break;
                case 'c' when next == 'k': mapped = 'k'; i++; break;
                case 'j': mapped = 'c'; break;
                case 'q' or 'g' or 'k': mapped = 'k'; break;
                case 'c' when next is 'e' or 'i': mapped = 's'; break;
                case 'c': mapped = 'k'; break;
                case 'b' or 'p': mapped = 'p'; break;
                case 'd' or 't': mapped = 't'; break;
                case 'w' or 'v' or 'f': mapped = 'f'; break;
                case 'z' or 's': mapped = 's'; break;
                // x is ks, as Cyrillic кс is written (Impex, ИМПЕКС impeks; Alexander, Aleksandr)
                case 'x': if (sb.Length == 0 || sb[^1] != 'k') sb.Append('k'); mapped = 's'; break;
                case 'r' or 'l': mapped = c; break;
                // vowels keep three classes (a | e, i, y | o, u): transliterations swap ou/u, ee/i, y/i, o/u,
                // but ZHANG and ZHENG, LI and LU are different names
                case 'o' when next == 'u': mapped = 'o'; i++; break;
                case 'e' when next == 'e': mapped = 'i'; i++; break;
                case 'a': mapped = 'a'; break;
                case 'e' or 'i' or 'y': mapped = 'i'; break;
                case 'o' or 'u': mapped = 'o'; break;
                case 'h': mapped = 'h'; break;
                default: mapped = c; break;
            }
            if (sb.Length > 0 && sb[^1] == mapped) continue;
            sb.Append(mapped);
        }
        // a final h after a vowel is silent in transliterations (Abdallah/Abdalla, Hamzah/Hamza)
        if (sb.Length > 2 && sb[^1] == 'h' && sb[^2] is 'a' or 'i' or 'o') sb.Length--;
        return sb.ToString();
    }

    /// <summary>Consonants only, doubled letters collapsed (<c>muhammad</c> → <c>mhmd</c>); ph reads f, a hard c reads k, ch
    /// reads sh and dj j.</summary>
    public static string Skeleton(string word)
    {
        var sb = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w') continue;
            // transliterations write one Arabic letter as two Latin ones: kh, sh, th, dh, gh → one letter
            // A final h after three consonants is silent: Latin writes a final ه as -eh, -ah, -a or -e (Hassanzadeh,
            // Akhundzada), and Persian script may drop it (حسن‌زاده hsnzd). So at a word's end dh and th are d, t + that h
            // (زاده zdh = Zadeh), on both sides (Nafidh); sh, kh, gh stay one letter. Shorter words keep it: with it gone,
            // نوره nwrh would be the bare nr of every Nur.
            if (c == 'h' && i == word.Length - 1 && sb.Length >= 3) continue;
            if (c is 'k' or 's' or 't' or 'd' or 'g' && i + 1 < word.Length && word[i + 1] == 'h' && !(c is 'd' or 't' && i + 2 == word.Length))
            { sb.Append(char.ToUpperInvariant(c)); i++; continue; }
            // French spelling writes ش ch and ج dj (Chouman, Cherif; Djamel, Djouadi), as the Maghreb's names are written
            if (c == 'c' && i + 1 < word.Length && word[i + 1] == 'h') { if (sb.Length == 0 || sb[^1] != 'S') sb.Append('S'); i++; continue; }
            if (c == 'd' && i + 1 < word.Length && word[i + 1] == 'j') continue;
            // English spellings write one sound two ways: ph is f (Joseph, יוסף jsf), c before a, o, u or a consonant is k
            // (Cohen, Jacob: כהן khn, יעקב jkb); before e, i, y and h it stays c.
            if (c == 'p' && i + 1 < word.Length && word[i + 1] == 'h') { c = 'f'; i++; }
            else if (c == 'q' || (c == 'c' && (i + 1 >= word.Length || word[i + 1] is not ('h' or 'e' or 'i' or 'y')))) c = 'k';
            if (sb.Length > 0 && sb[^1] == c) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
