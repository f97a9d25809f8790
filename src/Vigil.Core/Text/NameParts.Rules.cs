namespace Vigil.Core.Text;

public static partial class NameParts
{
    // Labels a payment field puts before the name, each ended by a colon: "ORDERING CUSTOMER: X", "BENEFICIARY: X".
    private static readonly string[][] Labels =
    [
        ["ordering", "customer"], ["ordering", "institution"], ["beneficiary", "customer"], ["beneficiary", "name"],
        ["beneficiary", "bank"], ["beneficiary", "institution"], ["beneficiary"], ["intermediary"], ["ultimate", "debtor"],
        ["ultimate", "creditor"], ["debtor"], ["creditor"], ["remitter"], ["payee"], ["payer"],
    ];

    // Words that open a former or other name: "X, formerly Y", "X (formerly known as Y)", "X d/b/a Y".
    private static readonly string[][] FormerPhrases =
    [
        ["formerly", "known", "as"], ["previously", "known", "as"], ["also", "known", "as"], ["doing", "business", "as"],
        ["trading", "as"], ["former", "names"], ["former", "name"], ["formerly"], ["previously"],
    ];

    // Written with dots or slashes and compared without them: f.k.a., f/k/a, fka, a.k.a., d/b/a, t/a.
    private static readonly string[] FormerAbbreviations = ["fka", "aka", "dba"];

    private static readonly string[] RegistrationLabels = ["reg", "registration", "company", "cr", "crn"];
    private static readonly string[] NumberWords = ["no", "nr", "number", "num"];
    private static readonly string[] TaxLabels = ["inn", "ogrn", "kpp", "tin", "ein", "uen"];
    // Before the first word of a name: spaces and the punctuation a cut leaves.
    private static readonly System.Buffers.SearchValues<char> NotANameYet = System.Buffers.SearchValues.Create(" \t\r\n(,;");

    // The last word of a bracketed note that says what kind of name the one before it is.
    private static readonly string[] NameNotes = ["name", "alias", "nickname", "pseudonym", "kunya"];
    private const int NameNoteMaxWords = 3;

    private static readonly string[] BranchWords = ["branch", "filiale", "sucursal", "succursale", "filial", "niederlassung"];

    /// <summary>"ORDERING CUSTOMER: X", "FIELD 59: X", ":59: X", "MESSRS. X", "M/S X", "ATTN: X", "/ACC/4070… X" and
    /// "/40702810900000012345 X" (an account line) → "X"; "/ACC/…" anywhere is dropped.</summary>
    private static string WithoutResidue(string text)
    {
        var at = 0;
        while (true)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
            var next = ResidueAt(text, at);
            if (next == at) break;
            at = next;
        }
        var rest = at == 0 ? text : text[at..];
        return DropTokens(rest, static (tokens, i) => tokens[i].StartsWith("/ACC/", StringComparison.OrdinalIgnoreCase) ? 1 : 0);
    }

    /// <summary>Where the residue starting at <paramref name="at"/> ends (<paramref name="at"/> when there is none).</summary>
    private static int ResidueAt(string text, int at)
    {
        if (at >= text.Length) return at;
        if (text[at] == '/')
        {
            var end = TokenEnd(text, at);
            var token = text.AsSpan(at, end - at);
            if (token.StartsWith("/ACC/", StringComparison.OrdinalIgnoreCase)) return end;
            var digits = 0;
            while (digits + 1 < token.Length && char.IsAsciiDigit(token[digits + 1])) digits++;
            return digits >= AccountMinDigits ? end : at;
        }
        foreach (var label in Labels)
            if (WordsAt(text, at, label) is var end && end > at && ColonAt(text, end) is var colon && colon > end) return colon;
        if (WordsAt(text, at, ["field"]) is var f && f > at)
        {
            var k = SkipSpaces(text, f);
            var d = k;
            while (d < text.Length && char.IsAsciiDigit(text[d])) d++;
            if (d - k == SwiftTagDigits)
            {
                if (d < text.Length && char.IsAsciiLetter(text[d])) d++;
                if (ColonAt(text, d) is var c && c > d) return c;
            }
        }
        {
            var k = at < text.Length && text[at] == ':' ? at + 1 : at;
            var d = k;
            while (d < text.Length && char.IsAsciiDigit(text[d])) d++;
            if (d - k == SwiftTagDigits)
            {
                if (d < text.Length && char.IsAsciiLetter(text[d])) d++;
                if (d < text.Length && text[d] == ':') return d + 1;
            }
        }
        foreach (var polite in (ReadOnlySpan<string>)["messrs.", "messrs", "m/s.", "m/s", "attn.:", "attn:", "attn.", "attn"])
        {
            if (at + polite.Length < text.Length && text.AsSpan(at, polite.Length).Equals(polite, StringComparison.OrdinalIgnoreCase)
                && (char.IsWhiteSpace(text[at + polite.Length]) || text[at + polite.Length] == ':'))
                return text[at + polite.Length] == ':' ? at + polite.Length + 1 : at + polite.Length;
        }
        return at;
    }

    /// <summary>"(Marshall Islands flag)", "(flag: Panama)", "(birth name)", "(born 1970)", ", born 1 Jan. 1953", "V.214W", "VOY. 12E", "Reg. No. C123456", "Company No.
    /// 08812345", "INN 7701234567", "- Malindi Branch", ", Dubai Branch", "(Karachi Branch)" → dropped.</summary>
    private static string WithoutAnnotations(string text)
    {
        text = WithoutBrackets(text, static inside =>
        {
            var words = inside.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) return false;
            var first = words[0].TrimEnd(':').ToLowerInvariant();
            var last = words[^1].ToLowerInvariant();
            return first == "flag" || first == "born" || last == "flag" || BranchWords.Contains(last)
                || (words.Length >= 2 && last == "office" && words[^2].Equals("branch", StringComparison.OrdinalIgnoreCase))
                // "(birth name)", "(combat name)", "(alias)": what kind of name it is, as lists note it
                || (words.Length <= NameNoteMaxWords && NameNotes.Contains(last));
        });
        text = DropTokens(text, static (tokens, i) =>
        {
            var t = Bare(tokens[i]);
            // "V.214W": a voyage number written as one token
            if (tokens[i].Length > 2 && (tokens[i][0] is 'V' or 'v') && tokens[i][1] == '.' && IsVoyage(tokens[i][2..].TrimEnd(',', ';'))) return 1;
            if (t is "voy" or "voyage" && i + 1 < tokens.Count && IsVoyage(tokens[i + 1].TrimEnd(',', ';'))) return 2;
            if (RegistrationLabels.Contains(t) && i + 2 < tokens.Count && NumberWords.Contains(Bare(tokens[i + 1])))
            {
                var n = i + 2;
                if (tokens[n] is ":" or "#" && n + 1 < tokens.Count) n++;
                var number = tokens[n].TrimEnd(',', ';');
                return number.Length >= RegistrationMinLength && number.Any(char.IsAsciiDigit) ? n - i + 1 : 0;
            }
            if (TaxLabels.Contains(t) && i + 1 < tokens.Count)
            {
                var n = i + 1;
                if (NumberWords.Contains(Bare(tokens[n])) && n + 1 < tokens.Count) n++;
                if (tokens[n] == ":" && n + 1 < tokens.Count) n++;
                var number = tokens[n].TrimEnd(',', ';');
                return number.Length >= TaxNumberMinDigits && char.IsAsciiDigit(number[0]) && number.All(c => char.IsAsciiDigit(c) || c == '-') ? n - i + 1 : 0;
            }
            return 0;
        });
        // "X, born 1 Jan. 1953 (…)", "X, born in Kandahar on 01 Jan. 1967": a birth note, to the end
        if (text.IndexOf(", born ", StringComparison.OrdinalIgnoreCase) is var born and > 0) text = text[..born];
        // "X - Malindi Branch", "X – Sucursal Panamá": a spaced dash, then words that hold a branch word, to the end
        foreach (var dash in (ReadOnlySpan<string>)[" - ", " \u2013 "])
        {
            var at = text.LastIndexOf(dash, StringComparison.Ordinal);
            if (at > 0 && !text.AsSpan(at).ContainsAny('(', ')') && HasBranchWord(text[(at + dash.Length)..])) text = text[..at];
        }
        // "X, Dubai Branch": a comma, then words that end with a branch word
        var comma = text.LastIndexOf(',');
        if (comma > 0)
        {
            var tail = text[(comma + 1)..].Trim().ToLowerInvariant();
            if (!tail.Contains('(', StringComparison.Ordinal) && (BranchWords.Any(b => tail.EndsWith(b, StringComparison.Ordinal)) || tail.EndsWith("branch office", StringComparison.Ordinal)))
                text = text[..comma];
        }
        return text;

        static bool HasBranchWord(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => BranchWords.Contains(Bare(w)));
    }

    /// <summary>The start and end of each word or phrase that opens a former or other name, in order.</summary>
    private static IEnumerable<(int Start, int End)> FormerMarkers(string text, bool mayOpenWithMarker)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is '(' or ',' or ';')) i++;
            if (i >= text.Length) yield break;
            if (!mayOpenWithMarker && !text.AsSpan(0, i).ContainsAnyExcept(NotANameYet))
            {
                i = TokenEnd(text, i);
                continue;
            }
            var end = TokenEnd(text, i);
            var token = text[i..end];
            var bare = Bare(token);
            var marker = -1;
            if (token.Length > 3 && token[..3].Equals("ex-", StringComparison.OrdinalIgnoreCase) && LettersAt(token, 3) >= FormerExMinLetters)
            {
                marker = i + 3; // "ex-Ocean": the former name starts inside the token
            }
            else if (bare == "ex" && !token.Contains('.', StringComparison.Ordinal) && LettersAt(text, SkipSpaces(text, end)) >= FormerExMinLetters)
            {
                marker = end;
            }
            else if (FormerAbbreviations.Contains(bare) || (bare == "ta" && token.Contains('/', StringComparison.Ordinal)))
            {
                marker = end;
            }
            else if (SpacedAbbreviation(text, i) is var spaced && spaced > i)
            {
                marker = spaced; // "f. k. a."
            }
            else
            {
                foreach (var phrase in FormerPhrases)
                    if (WordsAt(text, i, phrase) is var e && e > i) { marker = e; break; }
            }
            if (marker > 0 && !(marker == end && end >= text.Length))
            {
                var after = ColonAt(text, marker) is var c && c > marker ? c : marker;
                yield return (i, after);
                i = after;
                continue;
            }
            i = end;
        }
    }

    /// <summary>"f. k. a." / "a. k. a." written as three spaced letters: where it ends, or <paramref name="at"/>.</summary>
    private static int SpacedAbbreviation(string text, int at)
    {
        var letters = new System.Text.StringBuilder();
        var i = at;
        var end = at;
        while (letters.Length < FormerAbbreviations[0].Length && i < text.Length && char.IsAsciiLetter(text[i]) && i + 1 < text.Length && text[i + 1] == '.')
        {
            letters.Append(char.ToLowerInvariant(text[i]));
            end = i + 2;
            i = SkipSpaces(text, end);
        }
        return letters.Length == FormerAbbreviations[0].Length && FormerAbbreviations.Contains(letters.ToString()) ? end : at;
    }
}
