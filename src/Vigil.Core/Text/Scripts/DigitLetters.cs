using System.Text;

namespace Vigil.Core.Text.Scripts;

/// <summary>
/// Reads digits written for letters inside a word (<c>Ig0r Sech1n</c> → igor sechin), the evasion "leetspeak" uses.
/// </summary>
/// <remarks>
/// Only a word of at least two letters with fewer digits than letters is read: numbers, vessel numbers (<c>No.8</c>) and
/// codes such as <c>A380</c> or <c>3M</c> stay as written. 0 = o, 1 = i, 3 = e, 4 = a, 5 = s, 7 = t, 8 = b, @ = a, $ = s.
/// </remarks>
internal static class DigitLetters
{
    /// <summary>The reading, or null when no word mixes letters with digits written for letters.</summary>
    public static string? Reading(string name)
    {
        StringBuilder? sb = null;
        var wordStart = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i < name.Length && !IsWordEnd(name[i])) continue;
            var word = name.AsSpan(wordStart, i - wordStart);
            if (Readable(word))
            {
                sb ??= new StringBuilder(name, 0, wordStart, name.Length);
                foreach (var c in word) sb.Append(LetterOf(c));
            }
            else sb?.Append(word);
            if (i < name.Length) sb?.Append(name[i]);
            wordStart = i + 1;
        }
        return sb?.ToString();
    }

    private static bool IsWordEnd(char c) => char.IsWhiteSpace(c) || c is '-' or ',' or '.' or '(' or ')' or '/';

    private static bool Readable(ReadOnlySpan<char> word)
    {
        int letters = 0, digits = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c)) letters++;
            else if (LetterOf(c) != c) digits++;
            else if (char.IsDigit(c)) return false; // a digit no letter is written as (2, 6, 9): a real number
        }
        return digits > 0 && letters >= 2 && digits < letters && char.IsLetter(word[0]) || digits > 0 && letters >= 3 && digits < letters;
    }

    private static char LetterOf(char c) => c switch
    {
        '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', '5' => 's', '7' => 't', '8' => 'b', '@' => 'a', '$' => 's',
        _ => c,
    };
}
