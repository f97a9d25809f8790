using System.Text;

namespace Vigil.Core.Text.Scripts;

/// <summary>
/// Romanises Hangul syllable by syllable: Revised Romanization (South Korea, 2000), McCune–Reischauer (1939, without
/// breves and apostrophes, as lists write it: 정 Chong, 은 Un) and the DPRK's own variant of it (ㅈ as j: Kim Jong Un).
/// </summary>
/// <remarks>
/// A precomposed syllable U+AC00..U+D7A3 is <c>0xAC00 + (initial × 21 + vowel) × 28 + final</c>, so its jamo are found by
/// division. Each syllable is romanised on its own, as Korean names are written in the lists (one word per syllable or
/// joined with a hyphen); sound changes across syllables are left to the typo and phonetic matching.
/// </remarks>
internal static class Hangul
{
    /// <summary>The romanisation systems produced.</summary>
    internal enum System { Revised, McCuneReischauer, Dprk }

    private const int First = 0xAC00;
    private const int Last = 0xD7A3;

    // Initials in jamo order: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
    private static readonly string[] RevisedInitials = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
    private static readonly string[] McCuneInitials = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch", "k", "t", "p", "h"];
    private static readonly string[] DprkInitials = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];

    // Vowels: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
    private static readonly string[] RevisedVowels = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];
    // McCune–Reischauer ŏ and ŭ written without the breve, as the lists do (Chŏng → Chong, ŭn → un).
    private static readonly string[] McCuneVowels = ["a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"];

    // Finals: none ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ (the same in both systems
    // at the end of a syllable read alone: 박 Bak / Pak, 석 Seok / Sok).
    private static readonly string[] Finals = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

    /// <summary>True for a precomposed Hangul syllable.</summary>
    public static bool IsSyllable(char c) => c is >= (char)First and <= (char)Last;

    /// <summary>True when <paramref name="text"/> holds a Hangul syllable.</summary>
    public static bool Contains(string text)
    {
        foreach (var c in text) if (IsSyllable(c)) return true;
        return false;
    }

    /// <summary>One syllable in one system (<c>정</c> → jeong / chong / jong).</summary>
    public static string Syllable(char c, System system)
    {
        var s = c - First;
        var initial = s / (21 * 28);
        var vowel = s % (21 * 28) / 28;
        var final = s % 28;
        var initials = system switch { System.Revised => RevisedInitials, System.McCuneReischauer => McCuneInitials, _ => DprkInitials };
        var vowels = system == System.Revised ? RevisedVowels : McCuneVowels;
        var head = initials[initial];
        // McCune–Reischauer writes ㅅ before ㅣ as sh (시 shi); the DPRK and Revised systems write si.
        if (system == System.McCuneReischauer && initial == 9 && vowel == 20) head = "sh";
        return head + vowels[vowel] + Finals[final];
    }

    /// <summary>The text with every Hangul syllable romanised in <paramref name="system"/> as a word of its own; other
    /// characters are kept.</summary>
    public static string Romanise(string text, System system)
    {
        var sb = new StringBuilder(text.Length * 4);
        foreach (var c in text)
        {
            if (IsSyllable(c)) sb.Append(' ').Append(Syllable(c, system)).Append(' ');
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
