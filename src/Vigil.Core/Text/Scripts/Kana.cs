using System.Text;

namespace Vigil.Core.Text.Scripts;

/// <summary>
/// Japanese kana (katakana, hiragana) in modified Hepburn, and the loanword key under which a foreign name written in
/// katakana (<c>ウラジーミル・プーチン</c>, <c>ドナルド・トランプ</c>) and its Latin spelling (<c>Vladimir Putin</c>,
/// <c>Donald Trump</c>) coincide.
/// </summary>
/// <remarks>
/// <para>Hepburn: the syllable table of the Hepburn system (Kenkyusha; ANSI Z39.11-1972, the modified Hepburn of the
/// Library of Congress ALA-LC Japanese romanisation table), with the combinations for foreign sounds the Japanese
/// Cabinet's <i>Gairaigo no hyōki</i> (1991) lists: small ャ ュ ョ after an i-syllable (キャ kya, シャ sha, ジョ jo), small
/// ァ ィ ゥ ェ ォ replacing a syllable's vowel (ファ fa, ティ ti, ディ di, ウィ wi, シェ she, ヴァ va, トゥ tu), ッ doubling
/// the next consonant (ッチ tchi), ー lengthening a vowel (dropped, as Hepburn without macrons writes it).</para>
/// <para>Loanword key: katakana writes a foreign consonant cluster with vowels between (Trump トランプ to-ra-n-pu), one
/// letter for l and r, b for v, shi/chi/ji for si/ti/di, and no r after a vowel in English names (Carter カーター
/// kā-tā). The key keeps what both spellings agree on: consonants only, l = r, v = b, w = b before a vowel, f = h,
/// z = s, c k q one letter, kh = h, ti = chi, di = ji, si = shi, th = s, ng = n, n = m before b, p and m, a final v = f, a silent h
/// dropped, doubled letters once. A Latin word has a second key without its r after a vowel. Both
/// <c>トランプ</c> and <c>Trump</c> key to <c>trmp</c>; <c>ウラジーミル</c> and <c>Vladimir</c> to <c>rJmr</c>.</para>
/// </remarks>
internal static class Kana
{
    // Katakana U+30A1..U+30FA in code order; "*" is ッ (the small tsu that doubles the next consonant).
    private static readonly string[] Syllables =
    [
        "a", "a", "i", "i", "u", "u", "e", "e", "o", "o",
        "ka", "ga", "ki", "gi", "ku", "gu", "ke", "ge", "ko", "go",
        "sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo",
        "ta", "da", "chi", "ji", "*", "tsu", "zu", "te", "de", "to", "do",
        "na", "ni", "nu", "ne", "no",
        "ha", "ba", "pa", "hi", "bi", "pi", "fu", "bu", "pu", "he", "be", "pe", "ho", "bo", "po",
        "ma", "mi", "mu", "me", "mo",
        "ya", "ya", "yu", "yu", "yo", "yo",
        "ra", "ri", "ru", "re", "ro",
        "wa", "wa", "i", "e", "o", "n", "vu", "ka", "ke", "va", "vi", "ve", "vo",
    ];

    internal static int SyllableCount => Syllables.Length;

    /// <summary>True for a kana letter or the long-vowel mark ー (hiragana U+3041..U+3096, katakana U+30A1..U+30FA, U+30FC).</summary>
    public static bool IsKana(int v) => v is >= 0x3041 and <= 0x3096 or >= 0x30A1 and <= 0x30FA or 0x30FC;

    /// <summary>True for hiragana, with its iteration marks (U+3041..U+309F): the grammar of Japanese prose.</summary>
    public static bool IsHiragana(int v) => v is >= 0x3041 and <= 0x309F;

    /// <summary>True for a katakana letter (U+30A1..U+30FA), where Japanese writes foreign names.</summary>
    public static bool IsKatakanaLetter(int v) => v is >= 0x30A1 and <= 0x30FA;

    /// <summary>True when <paramref name="text"/> holds a kana letter between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static bool Holds(string text, int start, int end)
    {
        for (var i = Math.Max(0, start); i < end && i < text.Length; i++) if (IsKana(text[i])) return true;
        return false;
    }

    /// <summary>The kana of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/> in
    /// modified Hepburn (lower case, no macrons); other letters are skipped.</summary>
    public static string Hepburn(string text, int start = 0, int end = int.MaxValue)
    {
        end = Math.Min(end, text.Length);
        var sb = new StringBuilder((end - start) * 2);
        var doubleNext = false;
        for (var i = Math.Max(0, start); i < end; i++)
        {
            var v = (int)text[i];
            if (v is >= 0x3041 and <= 0x3096) v += 0x60; // hiragana → katakana
            if (v is < 0x30A1 or > 0x30FA) continue; // ー and anything else: no letter of its own
            var syllable = Syllables[v - 0x30A1];
            if (syllable == "*") { doubleNext = true; continue; }
            var small = v is 0x30A1 or 0x30A3 or 0x30A5 or 0x30A7 or 0x30A9 or 0x30E3 or 0x30E5 or 0x30E7;
            if (small && sb.Length > 0 && IsVowel(sb[^1]))
            {
                if (syllable[0] == 'y') Palatal(sb, syllable[1]);
                else ReplaceVowel(sb, syllable[0]);
                continue;
            }
            if (doubleNext && !IsVowel(syllable[0])) sb.Append(syllable[0] == 'c' ? 't' : syllable[0]);
            doubleNext = false;
            sb.Append(syllable);
        }
        return sb.ToString();
    }

    // キ + ャ → kya; シ + ャ → sha, チ + ョ → cho, ジ + ュ → ju (the i drops); テ + ュ → tyu.
    private static void Palatal(StringBuilder sb, char vowel)
    {
        var n = sb.Length;
        if (sb[n - 1] == 'i' && n >= 2 && (sb[n - 2] is 'j' || (sb[n - 2] == 'h' && n >= 3 && sb[n - 3] is 's' or 'c')))
            sb[n - 1] = vowel;
        else { sb[n - 1] = 'y'; sb.Append(vowel); }
    }

    // フ + ァ → fa, テ + ィ → ti, ウ + ィ → wi, イ + ェ → ye, ツ + ァ → tsa, シ + ェ → she.
    private static void ReplaceVowel(StringBuilder sb, char vowel)
    {
        var n = sb.Length;
        var consonantBefore = n >= 2 && !IsVowel(sb[n - 2]);
        if (consonantBefore) sb[n - 1] = vowel;
        else if (sb[n - 1] == 'u') { sb[n - 1] = 'w'; sb.Append(vowel); }
        else if (sb[n - 1] == 'i') { sb[n - 1] = 'y'; sb.Append(vowel); }
        else sb.Append(vowel);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>Whether a word starts with a vowel sound (y counted as one: ヨシフ Iosif, エフゲニー Yevgeny): for a word
    /// read from kana, a vowel or y of its Hepburn (<c>efugeni</c>, <c>uradimiru</c>); for a Latin word, a vowel or y, or a
    /// v or w before a consonant, which katakana writes as the vowel u (<c>Vladimir</c> ウラジーミル).</summary>
    public static bool StartsWithVowel(string w, bool kana) =>
        w.Length > 0 && (IsVowelOrY(w[0]) || (!kana && w[0] is 'v' or 'w' && w.Length > 1 && !IsVowelOrY(w[1])));

    /// <summary>The loanword key of a word read from kana (its Hepburn).</summary>
    public static (string Key, string? Soft) KeysOfKana(string hepburn)
    {
        var key = Key(hepburn, latin: false, rhotic: true, soft: false);
        var soft = Key(hepburn, latin: false, rhotic: true, soft: true);
        return (key, soft == key ? null : soft);
    }

    /// <summary>The loanword keys of a normalised Latin word: as written, and without an r after a vowel (English
    /// names, <c>carter</c> → kt as カーター). The second is null when it is the same.</summary>
    public static (string Key, string? NonRhotic) KeysOfLatin(string word)
    {
        var key = Key(word, latin: true, rhotic: true, soft: true);
        var nonRhotic = Key(word, latin: true, rhotic: false, soft: false);
        return (key, nonRhotic == key ? null : nonRhotic);
    }

    // Over 40 lines on purpose: one pass over the word with a letter of look-ahead; each case is one spelling rule.
    private static string Key(string w, bool latin, bool rhotic, bool soft)
    {
        var sb = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            var after = i + 2 < w.Length ? w[i + 2] : '\0';
            var vowelNext = IsVowelOrY(next);
            // a y between consonants is the vowel i (Kadyrov as Kadirov: カディロフ)
            var iNext = next == 'i' || (latin && next == 'y' && !IsVowelOrY(after));
            if (c == next && !IsVowelOrY(c)) continue; // doubled letters once (Hussein, ッシュ ssh)
            char k;
            switch (c)
            {
                case 'a' or 'e' or 'i' or 'o' or 'u': continue;
                case 'y': continue;
                case 's' when next == 'c' && after == 'h': k = 'S'; i += 2; break;
                case 's' when next == 'h': k = 'S'; i++; break;
                case 's' when iNext: k = 'S'; break;
                case 't' when next == 'c' && after == 'h': k = 'C'; i += 2; break;
                case 'c' when next == 'h' && after == 'r': k = 'k'; i++; break; // Christopher クリストファー
                // The soft key of a kana word also reads the sounds katakana writes for Russian and German spellings:
                // a final チ is a soft t (ロスネフチ Rosneft), a final ルク a devoiced rg (ローテンベルク Rotenberg, not マーク
                // Mark), ジェ inside a word a soft d (メドヴェージェフ Medvedev; an initial ジェ is English j: ジェフ Jeff), フ
                // before a voiced consonant a v (エフゲニー Yevgeny).
                case 'c' when !latin && soft && next == 'h' && after == 'i' && i + 3 == w.Length: k = 't'; i += 2; break;
                case 'k' when !latin && soft && next == 'u' && i + 2 == w.Length && i >= 2 && w[i - 2] == 'r' && w[i - 1] == 'u': k = 'g'; break;
                case 'j' when !latin && soft && next == 'e' && i > 0: k = 'd'; break;
                case 'f' when !latin && soft && next == 'u' && after is 'g' or 'd' or 'z' or 'b' or 'j': k = 'b'; break;
                case 'c' when next == 'h': k = 'C'; i++; break;
                case 't' when next is 's' or 'z': k = 'C'; i++; break;
                case 't' when next == 'h': k = latin && rhotic ? 't' : 's'; i++; break; // Thiel ティール; Smith スミス
                case 't' when iNext: k = soft ? 'C' : 't'; break; // Putin プーチン; Steven スティーブン (ティ is ti)
                case 'p' when next == 'h': k = 'h'; i++; break;
                case 'c' when next == 'k': k = 'k'; i++; break;
                case 'k' when next == 'h': k = 'h'; i++; break; // Mikhail ミハイル, Khamenei ハーメネイ
                case 'g' when next == 'h': k = 'g'; i++; break;
                case 'g' when latin && !rhotic && next is 'e' or 'i' or 'y': k = 'J'; break; // English: George ジョージ
                case 'd' when next == 'j' || (next == 'z' && after == 'h'): k = 'J'; i += next == 'j' ? 1 : 2; break;
                case 'z' when next == 'h': k = 'J'; i++; break;
                case 'd' or 'z' when iNext: k = soft || c == 'z' ? 'J' : 'd'; break; // Vladimir ウラジーミル; ディ di
                case 'n' when next == 'g' && !(latin && !rhotic && after is 'e' or 'i' or 'y'): k = 'n'; i++; break; // English: Kissinger キッシンジャー
                case 'n' when next is 'b' or 'p' or 'm': k = 'm'; break;
                case 'c': k = next is 'e' or 'i' or 'y' ? 's' : 'k'; break;
                case 'q': k = 'k'; break;
                case 'x': Add(sb, 'k'); k = 's'; break;
                case 'l' or 'r':
                    if (latin && !rhotic && c == 'r' && i > 0 && IsVowelOrY(w[i - 1]) && !vowelNext) continue;
                    k = 'r';
                    break;
                case 'v' or 'w':
                    // Vladimir ウラジーミル: an initial v or w before a consonant is the vowel u; a final v is fu (Lavrov ラブロフ),
                    // and so is a v before a voiceless consonant, as Russian says it (Zhirinovsky ジリノフスキー)
                    if (i == 0 && !vowelNext) continue;
                    k = latin && c == 'v' && next is '\0' or 's' or 'k' or 't' or 'p' or 'c' or 'f' ? 'h' : 'b';
                    if (c == 'w' && !vowelNext) continue;
                    break;
                case 'f': k = 'h'; break;
                case 'h': if (!vowelNext) continue; k = 'h'; break;
                case 'z': k = 's'; break;
                case 'j': k = 'J'; break;
                default: k = c; break;
            }
            Add(sb, k);
        }
        return sb.ToString();

        static void Add(StringBuilder sb, char k)
        {
            if (sb.Length == 0 || sb[^1] != k) sb.Append(k);
        }
    }

    /// <summary>The vowels of a word in three classes (a | e i | o u), a run of one class once (ē, ei, ō and ou are one
    /// vowel), which a short key must agree on too (ホッタ Hotta is not HATA). Alternatives are separated by <c>|</c>:
    /// <list type="bullet">
    /// <item>for a word read from kana: without a final u or o after a consonant, nor a final i after j or ch (the vowel
    /// katakana adds: キム kimu Kim, ジョージ jōji George), unless it is the only one (ジョー jō Joe); then also without a u between consonants (ブレア burea Blair)
    /// and without a final i after a consonant (イーゴリ igori Igor, the Russian soft sign);</item>
    /// <item>for a Latin word: as written, y as i where it is no consonant, an i before a vowel at the start as a consonant
    /// (Iosif ヨシフ); then as English names are said (<see cref="EnglishVowels"/>).</item>
    /// </list></summary>
    public static string Vowels(string w, bool kana)
    {
        if (kana)
        {
            var end = w.Length;
            if (HasVowel(w, end - 1))
            {
                if (end >= 2 && w[end - 1] is 'u' or 'o' && !IsVowel(w[end - 2])) end--;
                else if (end >= 2 && w[end - 1] == 'i' && (w[end - 2] == 'j' || (end >= 3 && w[end - 2] == 'h' && w[end - 3] == 'c'))) end--;
            }
            var sb = new StringBuilder(end);
            for (var i = 0; i < end; i++)
                if (w[i] is 'a' or 'e' or 'i' or 'o' or 'u') AddClass(sb, w[i]);
            var asWritten = sb.ToString();
            sb.Clear();
            for (var i = 0; i < end; i++)
            {
                if (w[i] == 'u' && i > 0 && !IsVowelOrY(w[i - 1]) && i + 1 < end && !IsVowelOrY(w[i + 1])) continue;
                if (w[i] is 'a' or 'e' or 'i' or 'o' or 'u') AddClass(sb, w[i]);
            }
            var bare = sb.ToString();
            // and a final i after a consonant, the soft sign of a Russian name (イーゴリ igori, Igor)
            if (end >= 3 && w[end - 1] == 'i' && !IsVowel(w[end - 2]) && HasVowel(w, end - 2) && bare.Length > 1 && bare[^1] == 'i')
                bare = bare[..^1];
            return bare == asWritten || bare.Length == 0 ? asWritten : asWritten + "|" + bare;
        }
        var latin = LatinVowels(w);
        var english = EnglishVowels(w);
        return english == latin ? latin : latin + "|" + english;
    }

    /// <summary>True when one of the alternatives of <paramref name="kanaVowels"/> is one of <paramref name="latinVowels"/>'
    /// (both as <see cref="Vowels"/> gives them).</summary>
    public static bool VowelsAgree(string kanaVowels, string latinVowels)
    {
        foreach (var k in kanaVowels.AsSpan().Split('|'))
            foreach (var l in latinVowels.AsSpan().Split('|'))
                if (kanaVowels.AsSpan(k).SequenceEqual(latinVowels.AsSpan(l))) return true;
        return false;
    }

    private static string LatinVowels(string w)
    {
        var sb = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            if (c == 'y' && (i == 0 || (i + 1 < w.Length && IsVowel(w[i + 1])))) continue;
            if (c == 'i' && i == 0 && w.Length > 1 && w[1] is 'a' or 'o' or 'u') continue;
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y') AddClass(sb, c);
        }
        return sb.ToString();
    }

    /// <summary>The vowels of a Latin word as an English name is said, which is what katakana writes (the sound-to-kana
    /// rules of the Cabinet notice <i>Gairaigo no hyōki</i>, 1991, applied to the standard English spellings of the
    /// sounds): a final e after a consonant or o is silent, and makes the vowel before that consonant long (Mike マイク
    /// ai, Blake ブレイク ei, Joe ジョー o); ai, ay, ei, ey and ea are e or i (Taylor テイラー), au, aw, oa and ow are o; an e
    /// between a soft g and a vowel is silent (George ジョージ); a vowel before an r that is not said becomes ā, or ō for
    /// an o inside a word (Carter カーター, Parker パーカー, Gordon ゴードン), and two vowels before it add ā (Blair ブレア).</summary>
    internal static string EnglishVowels(string w)
    {
        var end = w.Length;
        var magic = false;
        if (end >= 3 && w[end - 1] == 'e' && (!IsVowelOrY(w[end - 2]) || w[end - 2] == 'o') && HasVowel(w, end - 2))
        {
            end--;
            magic = !IsVowelOrY(w[end - 1]);
        }
        var lastRun = -1;
        for (var i = end - 1; i >= 0; i--)
            if (IsVowel(w[i]) || (w[i] == 'y' && i > 0)) { lastRun = i; break; }
        var sb = new StringBuilder(end);
        for (var i = 0; i < end; i++)
        {
            var c = w[i];
            if (!IsVowel(c) && !(c == 'y' && i > 0 && !(i + 1 < end && IsVowel(w[i + 1])))) continue;
            if (c == 'i' && i == 0 && end > 1 && w[1] is 'a' or 'o' or 'u') continue;
            if (c == 'e' && i > 0 && w[i - 1] == 'g' && i + 1 < end && IsVowel(w[i + 1])) continue;
            // the run of vowel letters from i
            var j = i + 1;
            while (j < end && (IsVowel(w[j]) || (w[j] == 'y' && !(j + 1 < end && IsVowel(w[j + 1]))))) j++;
            var run = w.AsSpan(i, j - i);
            var single = run.Length == 1;
            var cls = single ? (run[0] == 'y' ? 'i' : run[0])
                : run[0] is 'a' or 'e' && run[1] is 'i' or 'y' ? 'e'
                : run[0] == 'e' && run[1] == 'a' ? 'e'
                : run[0] == 'o' && run[1] == 'u' ? '\0'
                : run[0] == 'a' && run[1] is 'u' or 'w' || run[0] == 'o' ? 'o'
                : '\0';
            var silentR = j < end && w[j] == 'r' && !(j + 1 < end && IsVowelOrY(w[j + 1]));
            if (magic && single && j - 1 >= lastRun && j < end && !silentR)
            {
                if (cls == 'i') { AddClass(sb, 'a'); AddClass(sb, 'i'); }
                else AddClass(sb, cls == 'a' ? 'e' : cls);
            }
            else if (silentR && single)
                AddClass(sb, cls == 'o' && j + 1 < end ? 'o' : 'a');
            else
            {
                if (cls != '\0') AddClass(sb, cls);
                else if (run[0] == 'o' && run[1] == 'u') { AddClass(sb, 'a'); AddClass(sb, 'u'); } // Bout バウト
                else foreach (var v in run) AddClass(sb, v == 'y' ? 'i' : v);
                if (silentR) AddClass(sb, 'a');
            }
            i = j - 1;
        }
        return sb.ToString();
    }

    private static bool HasVowel(string w, int end)
    {
        for (var i = 0; i < end; i++) if (IsVowel(w[i])) return true;
        return false;
    }

    // a | e i | o u, a run of one class once
    private static void AddClass(StringBuilder sb, char vowel)
    {
        var k = vowel switch { 'a' => 'a', 'o' or 'u' => 'u', _ => 'i' };
        if (sb.Length == 0 || sb[^1] != k) sb.Append(k);
    }

    private static bool IsVowelOrY(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
