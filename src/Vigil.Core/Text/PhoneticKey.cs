using System.Text;

namespace Vigil.Core.Text;

/// <summary>
/// Keys under which transliteration variants of a word coincide.
/// </summary>
/// <remarks>
/// <see cref="Of"/> folds letters that transliterations swap (kh/h, ph/f, q/k/c/g, j/ch/zh/dzh/dsch/tsch, sh/sch, w/v, z/s, x/ks, y/i, ou/u, ee/i,
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
            var after = i + 2 < word.Length ? word[i + 2] : '\0';
            var third = i + 3 < word.Length ? word[i + 3] : '\0';
            switch (c)
            {
                // дж as BGN/PCGN writes it (dzh), German writes it (dsch) and j: Dzhavad, Dschawad, Javad
                case 'd' when next == 'z' && after == 'h': mapped = 'c'; i += 2; break;
                case 'd' when next == 's' && after == 'c' && third == 'h': mapped = 'c'; i += 3; break;
                // German tsch = ch (ч), sch = sh (ш) (Duden's transcription: Tschetschenien, Schoigu)
                case 't' when next == 's' && after == 'c' && third == 'h': mapped = 'c'; i += 3; break;
                case 's' when next == 'c' && after == 'h': mapped = 's'; i += 2; break;
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
        Span<char> buffer = word.Length <= StackLimit ? stackalloc char[word.Length] : new char[word.Length];
        return new string(buffer[..Skeleton(word, buffer, default)]);
    }

    /// <summary>Words up to this long are worked on in stack buffers.</summary>
    private const int StackLimit = 64;

    /// <summary>
    /// Whether a vowel-less word (<paramref name="abjad"/>, an Arabic-script word as AnyAscii reads it) and a word written
    /// with its vowels (<paramref name="voweled"/>) that share a <see cref="Skeleton"/> also agree on the vowels the
    /// vowel-less script writes. Arabic and Persian leave short vowels out but write the long ones and the semivowels:
    /// و (w) is ū, ō or w, ي (y) is ī, ē or y, and hamza's seats are some vowel. So where the vowel-less word writes w
    /// between two consonants the other writes o, u or w there (محمود mhmwd is Mahmud, not MUHAMMAD), where it writes y
    /// the other writes i, e or y (شمسية shmsy is not CHAMS; at the end also a, as ی and ى are in موسی Musa), and where
    /// the other writes w or y between two consonants the vowel-less word writes something (خالد khld is not KHUWAYLID,
    /// أمين myn not YEMEN).
    /// </summary>
    /// <remarks>Alef, which AnyAscii leaves out of the vowel-less word, is invisible to this test, so a written long a
    /// never disagrees. A word that holds a vowel letter (a, e, i, o, u) is not vowel-less, and always agrees.</remarks>
    public static bool WrittenVowelsAgree(string abjad, string voweled)
    {
        // A word read with its vowels (a pointed Hebrew name, a name the tables fold: عبدالله abdullah) is not vowel-less.
        if (abjad.Length > StackLimit || voweled.Length > StackLimit || abjad.AsSpan().IndexOfAny(Vowels) >= 0) return true;
        Span<byte> a = stackalloc byte[abjad.Length + 1];
        Span<byte> v = stackalloc byte[voweled.Length + 1];
        if (!Gaps(abjad, voweled, a, v, out var na)) return true;
        for (var g = 0; g <= na; g++)
        {
            if ((a[g] & W) != 0 && (v[g] & (W | Back)) == 0) return false;
            // A final ی / ى after a consonant is also ā (موسی Musa, مرتضی Morteza, عیسی Isa); a doubled one is not (رضایی Rezaei).
            if ((a[g] & Y) != 0 && (v[g] & (Y | Front)) == 0 && !(g == na && (v[g] & Low) != 0 && (a[g] & Twice) == 0)) return false;
            if (a[g] != 0 && v[g] == 0) return false;
            if ((v[g] & (W | Y)) != 0 && a[g] == 0) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether two vowel-less words that share a <see cref="Skeleton"/> also write the same long vowels between the same
    /// consonants: in one script both write them, so عدد (dd) is not اياد (yd), nor حسن (hsn) حسين (hsyn).
    /// </summary>
    /// <remarks>As <see cref="WrittenVowelsAgree"/>: a word holding a vowel letter (a, e, i, o, u) is not vowel-less and
    /// always agrees; alef is invisible.</remarks>
    public static bool SameWrittenVowels(string first, string second)
    {
        if (first.Length > StackLimit || second.Length > StackLimit || first.AsSpan().IndexOfAny(Vowels) >= 0 || second.AsSpan().IndexOfAny(Vowels) >= 0) return true;
        Span<byte> a = stackalloc byte[first.Length + 1];
        Span<byte> b = stackalloc byte[second.Length + 1];
        if (!Gaps(first, second, a, b, out var na)) return true;
        for (var g = 0; g <= na; g++)
            if ((a[g] & (W | Y)) != (b[g] & (W | Y))) return false;
        return true;
    }

    /// <summary>The gaps of two words (<see cref="Skeleton(string, Span{char}, Span{byte})"/>) into <paramref name="a"/> and
    /// <paramref name="b"/>; false when their skeletons differ in length, so that their gaps do not line up.</summary>
    private static bool Gaps(string first, string second, Span<byte> a, Span<byte> b, out int consonants)
    {
        Span<char> letters = stackalloc char[Math.Max(first.Length, second.Length)];
        var n = Skeleton(first, letters, a);
        consonants = Skeleton(second, letters, b);
        return n == consonants;
    }

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiou");

    private const byte Low = 1;
    private const byte Front = 2;
    private const byte Back = 4;
    private const byte W = 8;
    private const byte Y = 16;
    /// <summary>The gap holds y twice (یی).</summary>
    private const byte Twice = 32;

    /// <summary>Writes the skeleton into <paramref name="sb"/> (as long as the word) and returns its length;
    /// <paramref name="gaps"/>, when not empty (one more than the word's letters), receives for each gap before, between
    /// and after the skeleton's consonants which vowels, w or y the word writes there.</summary>
    private static int Skeleton(string word, Span<char> sb, Span<byte> gaps)
    {
        var length = 0;
        var track = !gaps.IsEmpty;
        if (track) gaps.Clear();
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w')
            {
                if (track) gaps[length] |= c switch { 'a' => Low, 'e' or 'i' => Front, 'o' or 'u' => Back, 'w' => W, _ => (gaps[length] & Y) != 0 ? (byte)(Y | Twice) : Y };
                continue;
            }
            // transliterations write one Arabic letter as two Latin ones: kh, sh, th, dh, gh → one letter
            // A final h after three consonants is silent: Latin writes a final ه as -eh, -ah, -a or -e (Hassanzadeh,
            // Akhundzada), and Persian script may drop it (حسن‌زاده hsnzd). So at a word's end dh and th are d, t + that h
            // (زاده zdh = Zadeh), on both sides (Nafidh); sh, kh, gh stay one letter. Shorter words keep it: with it gone,
            // نوره nwrh would be the bare nr of every Nur.
            if (c == 'h' && i == word.Length - 1 && length >= 3) continue;
            if (c is 'k' or 's' or 't' or 'd' or 'g' && i + 1 < word.Length && word[i + 1] == 'h' && !(c is 'd' or 't' && i + 2 == word.Length))
            { sb[length++] = char.ToUpperInvariant(c); i++; continue; }
            // French spelling writes ش ch and ج dj (Chouman, Cherif; Djamel, Djouadi), as the Maghreb's names are written
            if (c == 'c' && i + 1 < word.Length && word[i + 1] == 'h') { if (length == 0 || sb[length - 1] != 'S') sb[length++] = 'S'; i++; continue; }
            if (c == 'd' && i + 1 < word.Length && word[i + 1] == 'j') continue;
            // English spellings write one sound two ways: ph is f (Joseph, יוסף jsf), c before a, o, u or a consonant is k
            // (Cohen, Jacob: כהן khn, יעקב jkb); before e, i, y and h it stays c.
            if (c == 'p' && i + 1 < word.Length && word[i + 1] == 'h') { c = 'f'; i++; }
            else if (c == 'q' || (c == 'c' && (i + 1 >= word.Length || word[i + 1] is not ('h' or 'e' or 'i' or 'y')))) c = 'k';
            if (length > 0 && sb[length - 1] == c)
            {
                // A vowel between two letters the skeleton writes once (adnan → dn) is inside that letter, in no gap.
                if (track) gaps[length] = 0;
                continue;
            }
            sb[length++] = c;
        }
        return length;
    }
}
