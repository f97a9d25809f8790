using System.Globalization;
using System.Text;

namespace Vigil.Core.Text.Scripts;

/// <summary>
/// Greek names in ELOT 743 (the Greek standard, also the UN's: ου → ou, αυ/ευ → av/ev or af/ef, μπ/ντ/γκ → b/d/g at the
/// start of a word, γγ → ng) and in the popular spelling people use for themselves (γι before a vowel → y, υ → i:
/// Γιάνης → Yanis), where AnyAscii reads letter by letter (ου → oy, μπ → mp).
/// </summary>
internal static class Greek
{
    /// <summary>True when <paramref name="text"/> holds a Greek letter.</summary>
    public static bool Contains(string text)
    {
        foreach (var c in text) if (c is >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF') return true;
        return false;
    }

    /// <summary>The ELOT 743 reading, then the popular one when it differs; empty without Greek letters.</summary>
    public static List<string> Readings(string name)
    {
        if (!Contains(name)) return [];
        var plain = StripMarks(name.ToLowerInvariant());
        var elot = Romanise(plain, popular: false);
        var popular = Romanise(plain, popular: true);
        return elot == popular ? [elot] : [elot, popular];
    }

    private static string Romanise(string s, bool popular)
    {
        var sb = new StringBuilder(s.Length + 8);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            var after = i + 2 < s.Length ? s[i + 2] : '\0';
            var start = i == 0 || !IsGreek(s[i - 1]);
            switch (c)
            {
                case 'ο' when next == 'υ': sb.Append("ou"); i++; continue;
                case 'α' or 'ε' when next == 'υ':
                    sb.Append(c == 'α' ? 'a' : 'e').Append(IsVoiceless(after) || !IsGreek(after) ? 'f' : 'v'); i++; continue;
                case 'μ' when next == 'π': sb.Append(start ? "b" : "mb"); i++; continue;
                case 'ν' when next == 'τ': sb.Append(start ? "d" : "nd"); i++; continue;
                case 'γ' when next == 'κ': sb.Append(start ? "g" : "ng"); i++; continue;
                case 'γ' when next is 'γ' or 'ξ' or 'χ': sb.Append('n'); continue;
                case 'γ' when popular && next == 'ι' && IsVowel(after): sb.Append('y'); i++; continue;
                case 'υ': sb.Append(popular ? 'i' : 'y'); continue;
                default: sb.Append(Letter(c)); continue;
            }
        }
        return sb.ToString();
    }

    private static string Letter(char c) => c switch
    {
        'α' => "a", 'β' => "v", 'γ' => "g", 'δ' => "d", 'ε' => "e", 'ζ' => "z", 'η' => "i", 'θ' => "th", 'ι' => "i",
        'κ' => "k", 'λ' => "l", 'μ' => "m", 'ν' => "n", 'ξ' => "x", 'ο' => "o", 'π' => "p", 'ρ' => "r", 'σ' or 'ς' => "s",
        'τ' => "t", 'φ' => "f", 'χ' => "ch", 'ψ' => "ps", 'ω' => "o",
        _ => c.ToString(),
    };

    private static bool IsGreek(char c) => c is >= '\u0370' and <= '\u03FF';

    private static bool IsVowel(char c) => c is 'α' or 'ε' or 'η' or 'ι' or 'ο' or 'υ' or 'ω';

    private static bool IsVoiceless(char c) => c is 'θ' or 'κ' or 'ξ' or 'π' or 'σ' or 'ς' or 'τ' or 'φ' or 'χ' or 'ψ';

    /// <summary>The letters without tonos and dialytika (spelled out: the build runs without culture data, so no Unicode
    /// decomposition), and combining marks dropped.</summary>
    private static string StripMarks(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch
            {
                'ά' => 'α', 'έ' => 'ε', 'ή' => 'η', 'ί' or 'ϊ' or 'ΐ' => 'ι', 'ό' => 'ο', 'ύ' or 'ϋ' or 'ΰ' => 'υ', 'ώ' => 'ω',
                _ => c,
            });
        }
        return sb.ToString();
    }
}
