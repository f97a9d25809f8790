using System.Globalization;
using System.Text;

namespace Vigil.Workflows.Screening;

/// <summary>
/// The character rules for a query's fields, before any matching: control characters are refused, invisible formatting
/// characters are removed from the name (and reported), and a name needs a letter.
/// </summary>
/// <remarks>
/// Control characters (NUL, U+0001-U+001F, DEL, U+0080-U+009F) are refused rather than stripped: they never belong in a
/// name, an id or a date, they come from a broken export or a binary file, and storing them in the customer register would
/// keep the damage. Bidi controls (U+202E right-to-left override and the rest) and zero-width characters (U+200B, U+2060,
/// U+FEFF, ...) let a name look like a listed one on screen while its characters differ, so they are removed before
/// matching and the record is flagged. A zero-width joiner or non-joiner between two letters of a script that uses them
/// (Devanagari ष्‍ठ, Persian) is spelling, not disguise: it stays and is not flagged.
/// </remarks>
public static class QueryText
{
    /// <summary>Why <paramref name="value"/> (the field <paramref name="field"/>) cannot be read: its first control
    /// character, as <c>field: control character U+0000 at character 6 ...</c>; null when it has none.</summary>
    public static string? ControlCharacterError(string field, string? value)
    {
        if (value is null) return null;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsControl(value[i]))
            {
                return string.Format(CultureInfo.InvariantCulture,
                    "{0}: control character U+{1:X4} at character {2}; a field may not hold control characters (a damaged or binary file?)",
                    field, (int)value[i], i + 1);
            }
        }
        return null;
    }

    /// <summary><paramref name="name"/> without its bidi controls and zero-width characters; <paramref name="warning"/> names
    /// what was removed (<c>name: removed ...</c>), null when nothing was.</summary>
    public static string RemoveInvisible(string name, out string? warning)
    {
        ArgumentNullException.ThrowIfNull(name);
        warning = null;
        var first = -1;
        for (var i = 0; i < name.Length && first < 0; i++)
            if (IsDisguise(name, i)) first = i;
        if (first < 0) return name;

        var kept = new StringBuilder(name.Length);
        kept.Append(name, 0, first);
        var removed = new SortedSet<char>();
        var count = 0;
        for (var i = first; i < name.Length; i++)
        {
            if (IsDisguise(name, i))
            {
                removed.Add(name[i]);
                count++;
            }
            else
            {
                kept.Append(name[i]);
            }
        }
        warning = string.Format(CultureInfo.InvariantCulture,
            "name: removed {0} invisible character{1} ({2}) before screening; such characters can make a name look like another",
            count, count == 1 ? "" : "s", string.Join(", ", removed.Select(c => $"U+{(int)c:X4} {Describe(c)}")));
        return kept.ToString();
    }

    /// <summary>Whether <paramref name="name"/> has a letter in any script (a name of only digits or punctuation is no name).</summary>
    public static bool HasLetter(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var c in name)
            if (char.IsLetter(c)) return true;
        return false;
    }

    /// <summary>A bidi control or zero-width character at <paramref name="i"/> that is not part of a script's spelling.</summary>
    private static bool IsDisguise(string text, int i)
    {
        var c = text[i];
        return c switch
        {
            '\u200E' or '\u200F' or '\u061C' => true, // left-to-right, right-to-left and Arabic letter marks
            >= '\u202A' and <= '\u202E' => true, // embeddings and overrides (U+202E right-to-left override)
            >= '\u2066' and <= '\u2069' => true, // isolates
            '\u200B' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E' => true, // zero-width space, word joiner, BOM, soft hyphen
            >= '\u2061' and <= '\u2064' => true, // invisible operators
            '\u200C' or '\u200D' => !JoinsLetters(text, i), // zero-width non-joiner / joiner
            _ => false,
        };
    }

    /// <summary>A joiner between two non-ASCII letters or marks (ष् + ‍ + ठ): spelling in Indic and Arabic scripts.</summary>
    private static bool JoinsLetters(string text, int i) =>
        i > 0 && i + 1 < text.Length && IsScriptLetter(text[i - 1]) && IsScriptLetter(text[i + 1]);

    private static bool IsScriptLetter(char c) => c >= 0x80 && (char.IsLetter(c) || char.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark);

    private static string Describe(char c) => c switch
    {
        '\u202E' => "right-to-left override",
        '\u202D' => "left-to-right override",
        '\u202A' or '\u202B' => "bidi embedding",
        '\u202C' => "pop directional formatting",
        >= '\u2066' and <= '\u2069' => "bidi isolate",
        '\u200E' or '\u200F' or '\u061C' => "direction mark",
        '\u200B' => "zero-width space",
        '\u200C' => "zero-width non-joiner",
        '\u200D' => "zero-width joiner",
        '\u2060' => "word joiner",
        '\uFEFF' => "zero-width no-break space",
        '\u00AD' => "soft hyphen",
        _ => "invisible character",
    };
}
