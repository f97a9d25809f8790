using System.Text.RegularExpressions;

namespace Vigil.Sources.Un;

/// <summary>A name taken out of one UN alias field.</summary>
/// <param name="Name">The name as written, trimmed.</param>
/// <param name="OriginalScript">True when the name is written in a non-Latin script (Arabic, Cyrillic, Chinese, ...).</param>
/// <param name="Note">Words the field attached to this name (<c>birth name</c>, <c>previously listed as</c>).</param>
internal sealed record UnAliasPart(string Name, bool OriginalScript, string? Note = null);

/// <summary>
/// Splits one UN ALIAS_NAME into the names it holds. The field is meant to hold one name, but the list also writes
/// a transliteration with its original script (<c>Akrin Saleh Akrin (أقرين صالح أقرين)</c>, or the other way round),
/// several names separated by <c>;</c> (<c>Azim Adhajani; Azim Agha-Jani</c>), both at once (QDe.137), and remarks
/// in brackets (<c>Encep Nurjaman (birth name)</c>).
/// </summary>
/// <remarks>
/// Brackets that hold neither another script, nor a list, nor a remark stay part of the name as written
/// (<c>Lord’s Resistance Movement (LRM)</c>, <c>Leader (Hong Kong) International Trading Limited</c>).
/// </remarks>
internal static partial class UnAliasSplitter
{
    public static IReadOnlyList<UnAliasPart> Split(string field)
    {
        var parts = new List<UnAliasPart>();
        var text = UnText.Squash(field).TrimEnd(',', ';', ' ');
        SplitList(Enumerator().Replace(text, "; "), parts);
        return parts;
    }

    /// <summary>
    /// Names that an alias NOTE holds, and what is left of the note. QDi.299 writes other spellings in brackets after a
    /// remark (<c>born in 1971 in Samarra, Iraq (Ibrahim ‘Awad Ibrahim al-Badri al-Samarrai; ...)</c>). For an alias
    /// written only in another script the Latin note gives its transliterations, as a list (QDi.309 <c>عبد الرحمن السيندي</c>:
    /// <c>Abdul Rehman Sindhi; Abdul Rehman al-Sindhi; ...</c>) or in leading brackets (QDi.299 <c>أبو دعاء</c>:
    /// <c>(Abu Du’a; Abu Duaa’) prominently known by this nom de guerre</c>). Any other note (<c>formerly listed as</c>) stays a note.
    /// </summary>
    public static (IReadOnlyList<UnAliasPart> Names, string? Remark) SplitNote(string aliasName, string note)
    {
        note = UnText.Squash(note);
        foreach (var (open, close) in TopLevelGroups(note))
        {
            var inner = note[(open + 1)..close];
            if (TopLevel(inner, ';').Count > 1 || (open == 0 && Transliterates(aliasName, inner)))
            {
                var rest = UnText.Squash(note[..open] + " " + note[(close + 1)..]);
                return (Split(inner), rest.Length == 0 ? null : rest);
            }
        }
        return Transliterates(aliasName, note) && TopLevel(note, ';').Count > 1 ? (Split(note), null) : ([], note);
    }

    private static bool Transliterates(string aliasName, string text) =>
        ScriptOf(aliasName) == Script.NonLatin && ScriptOf(text) == Script.Latin;

    /// <summary>(open, close) indexes of each outermost bracket pair.</summary>
    private static List<(int Open, int Close)> TopLevelGroups(string text)
    {
        var groups = new List<(int, int)>();
        int depth = 0, open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(' && depth++ == 0) open = i;
            else if (text[i] == ')' && depth > 0 && --depth == 0) groups.Add((open, i));
        }
        return groups;
    }

    // "Mohammed Sabet; Mohammad Sabet b) M. Javad Kareemi Sabet; ..." (IRi list items lettered a), b), ...)
    [GeneratedRegex(@"(?:^|\s)[a-h]\)\s")]
    private static partial Regex Enumerator();

    // "Safia Farkash Mohammed Al-Hadad, born 1 Jan. 1953 (Oman passport no.03825239, ...)"
    [GeneratedRegex(@"^(?<name>.+?),\s*(?<note>born\b.*)$")]
    private static partial Regex BornSuffix();

    // "EL PARA (COMBAT NAME)", "Encep Nurjaman (birth name)", "Ezatullah Haqqani (previously listed as)",
    // "Hilarion Santos, III (third)", "Abdel Ilah Sabri (false identity related to ... passport number 434021161, ...)"
    [GeneratedRegex(@"\b(?:name|listed|identity|passport|born|third|sub-unit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RemarkWords();

    // "Ansar al-Mujahideen Network - sub-unit name"
    [GeneratedRegex(@"^(?<name>.+)\s+[-–]\s+(?<note>.+)$")]
    private static partial Regex DashSuffix();

    // "هيئة تحرير الشام (original script)" and "Amir Khazmat (original script: Амир Хазмат)"
    [GeneratedRegex(@"^\s*original script\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalScriptLabel();

    private static void SplitList(string text, List<UnAliasPart> into)
    {
        foreach (var piece in TopLevel(text, ';'))
            SplitOne(piece.Trim(), into);
    }

    private static void SplitOne(string piece, List<UnAliasPart> into)
    {
        if (piece.Length == 0) return;
        string? note = null;
        var markedOriginal = false;

        if (OriginalScriptLabel().Match(piece) is { Success: true, Length: > 0 } label)
            (piece, markedOriginal) = (piece[label.Length..].Trim(), true);

        if (TrailingGroup(piece) is var (head, inner) && head.Length > 0)
        {
            var labelled = OriginalScriptLabel().Match(inner);
            if (labelled.Success && labelled.Length == inner.Length)
            {
                // "هيئة تحرير الشام (original script)": a marker, not a name.
                (piece, markedOriginal) = (head, true);
            }
            else if (labelled.Success || TopLevel(inner, ';').Count > 1 || DifferentScripts(head, inner))
            {
                // Two writings of one name, or a list in brackets: each is a name of its own.
                SplitOne(head, into);
                SplitList(inner, into);
                return;
            }
            else if (RemarkWords().IsMatch(inner))
            {
                (piece, note) = (head, Join(inner, note));
            }
        }
        else if (DashSuffix().Match(piece) is { Success: true } dash && RemarkWords().IsMatch(dash.Groups["note"].Value))
        {
            (piece, note) = (dash.Groups["name"].Value.Trim(), Join(dash.Groups["note"].Value.Trim(), note));
        }

        if (BornSuffix().Match(piece) is { Success: true } born)
            (piece, note) = (born.Groups["name"].Value.Trim(), Join(born.Groups["note"].Value.Trim(), note));

        // "Agha Jan Alizai اغا جان عالیزی": both writings side by side, without brackets.
        if (ScriptOf(piece) == Script.Mixed && piece.IndexOf('(', StringComparison.Ordinal) < 0 && ScriptSwitch(piece) is { } at)
        {
            SplitOne(piece[..at].Trim(), into);
            SplitOne(piece[at..].Trim(), into);
            return;
        }

        piece = piece.Trim().TrimEnd(',', ';').Trim();
        if (piece.Length == 0) return;
        into.Add(new UnAliasPart(piece, markedOriginal || ScriptOf(piece) == Script.NonLatin, note));
    }

    private static bool DifferentScripts(string a, string b) =>
        ScriptOf(a) is var sa && ScriptOf(b) is var sb && sa != Script.None && sb != Script.None && sa != sb;

    private static string Join(string first, string? second) => second is null ? first : first + "; " + second;

    /// <summary>Splits at <paramref name="separator"/> where it is outside brackets.</summary>
    internal static List<string> TopLevel(string text, char separator)
    {
        var pieces = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (c == separator && depth == 0)
            {
                pieces.Add(text[start..i]);
                start = i + 1;
            }
        }
        pieces.Add(text[start..]);
        return pieces;
    }

    /// <summary>For <c>head (inner)</c> with the brackets closing the text, the head and the inner text; otherwise two empty strings.</summary>
    private static (string Head, string Inner) TrailingGroup(string text)
    {
        if (!text.EndsWith(')')) return ("", "");
        var depth = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] == ')') depth++;
            else if (text[i] == '(' && --depth == 0) return (text[..i].Trim(), text[(i + 1)..^1].Trim());
        }
        return ("", "");
    }

    internal enum Script { None, Latin, NonLatin, Mixed }

    /// <summary>Which scripts the letters of a text are written in; digits, punctuation and combining marks do not count.</summary>
    internal static Script ScriptOf(string text)
    {
        bool latin = false, other = false;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (IsLatin(c)) latin = true;
            else other = true;
        }
        return (latin, other) switch
        {
            (true, true) => Script.Mixed,
            (true, false) => Script.Latin,
            (false, true) => Script.NonLatin,
            _ => Script.None,
        };
    }

    /// <summary>The index of the first letter of the second script when the text holds exactly one run of each.</summary>
    private static int? ScriptSwitch(string text)
    {
        int? at = null;
        bool? latin = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetter(text[i])) continue;
            var isLatin = IsLatin(text[i]);
            if (latin is null) latin = isLatin;
            else if (isLatin != latin)
            {
                if (at is not null) return null;
                at = i;
                latin = isLatin;
            }
        }
        return at;
    }

    // Basic Latin to Latin Extended-B, and Latin Extended Additional (Vietnamese).
    private static bool IsLatin(char c) => c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF';
}
