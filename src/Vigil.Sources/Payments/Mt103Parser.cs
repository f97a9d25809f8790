using Vigil.Core.Text;

namespace Vigil.Sources.Payments;

/// <summary>
/// Reads a SWIFT MT103 (block 4, or the bare field list) into parties and free-text fields. Pure: works on the message
/// text, so every offset points into it.
/// </summary>
/// <remarks>
/// Parties: 50A/50F/50K ordering customer, 59/59A/59F beneficiary, 52a ordering institution, 53a–56a correspondents and
/// intermediary, 57a account-with institution. Option A is a BIC (after an optional <c>/account</c> line); option F is
/// numbered lines (<c>1/</c> name, <c>2/</c> address, <c>3/CC/town</c>); options K, D and none are an optional
/// <c>/account</c> line, the name (a line of 35 characters continues on the next one) and address lines, the last of
/// which usually ends with the country. Free text: 70 remittance information, 72 sender-to-receiver information.
/// </remarks>
public static class Mt103Parser
{
    private static readonly HashSet<string> TextTags = new(StringComparer.Ordinal) { "70", "72", "77B" };

    /// <summary>Parses <paramref name="message"/>; throws <see cref="PaymentFormatException"/> naming the line or field at fault.</summary>
    public static PaymentMessage Parse(string message)
    {
        var (from, to) = Block4(message);
        var fields = new List<(string Tag, int Line, List<(int Start, int End)> Lines)>();
        var lineNumber = LineOf(message, from);
        var pos = from;
        while (pos < to)
        {
            var eol = message.IndexOf('\n', pos);
            if (eol < 0 || eol > to) eol = to;
            var end = eol > pos && message[eol - 1] == '\r' ? eol - 1 : eol;
            if (end > pos)
            {
                if (message[pos] == ':' && TryTag(message, pos, end, out var tag, out var valueStart))
                {
                    fields.Add((tag, lineNumber, [(valueStart, end)]));
                }
                else if (fields.Count == 0)
                {
                    if (!string.IsNullOrWhiteSpace(message[pos..end]))
                        throw new PaymentFormatException($"MT103: line {lineNumber}: '{Clip(message[pos..end])}' is outside any field (a field starts with ':TAG:')");
                }
                else
                {
                    fields[^1].Lines.Add((pos, end));
                }
            }
            pos = eol + 1;
            lineNumber++;
        }
        if (fields.Count == 0) throw new PaymentFormatException("MT103: no field found (expected lines such as ':20:REFERENCE')");
        if (!fields.Exists(f => f.Tag.StartsWith("59", StringComparison.Ordinal)))
            throw new PaymentFormatException("MT103: field 59 (beneficiary customer) is missing");
        if (!fields.Exists(f => f.Tag.StartsWith("50", StringComparison.Ordinal)))
            throw new PaymentFormatException("MT103: field 50a (ordering customer) is missing");

        var parties = new List<PaymentParty>();
        var texts = new List<PaymentText>();
        foreach (var (tag, line, lines) in fields)
        {
            if (TextTags.Contains(tag))
            {
                var (s, e) = (lines[0].Start, lines[^1].End);
                texts.Add(new PaymentText(tag, message[s..e], s));
            }
            else if (IsPartyTag(tag))
            {
                parties.Add(Party(message, tag, line, lines));
            }
        }
        return new PaymentMessage("MT103", parties, texts);
    }

    private static (int From, int To) Block4(string message)
    {
        var open = message.IndexOf("{4:", StringComparison.Ordinal);
        if (open < 0) return (0, message.Length);
        var close = message.IndexOf("\n-}", open, StringComparison.Ordinal);
        if (close < 0 && message.IndexOf("-}", open, StringComparison.Ordinal) is var bare and >= 0) close = bare - 1;
        if (close < 0) throw new PaymentFormatException($"MT103: line {LineOf(message, open)}: block 4 is not closed (no '-}}' line)");
        var from = open + 3;
        if (from < message.Length && message[from] == '\r') from++;
        if (from < message.Length && message[from] == '\n') from++;
        return (from, Math.Max(from, close));
    }

    /// <summary><c>:59:</c>, <c>:50K:</c>, <c>:77B:</c>: two digits, an optional letter, colons around.</summary>
    private static bool TryTag(string s, int pos, int end, out string tag, out int valueStart)
    {
        tag = "";
        valueStart = 0;
        var close = s.IndexOf(':', pos + 1);
        if (close < 0 || close >= end || close - pos - 1 is < 2 or > 3) return false;
        var t = s[(pos + 1)..close];
        if (!char.IsAsciiDigit(t[0]) || !char.IsAsciiDigit(t[1]) || (t.Length == 3 && !char.IsAsciiLetterUpper(t[2]))) return false;
        tag = t;
        valueStart = close + 1;
        return true;
    }

    private static bool IsPartyTag(string tag) =>
        tag is "50A" or "50F" or "50K" or "59" or "59A" or "59F"
        || (tag.Length == 3 && tag[0] == '5' && tag[1] is >= '2' and <= '7' && tag[2] is 'A' or 'B' or 'D');

    private static PaymentParty Party(string message, string tag, int line, List<(int Start, int End)> lines)
    {
        var content = lines.Where(l => l.End > l.Start && !string.IsNullOrWhiteSpace(message[l.Start..l.End])).ToList();
        // An account line: "/12345678" (or "CODE/CC/id" on 50F's first line).
        if (content.Count > 0 && (message[content[0].Start] == '/' || (tag == "50F" && !IsNumberedLine(message, content[0]))))
            content.RemoveAt(0);
        if (content.Count == 0) throw new PaymentFormatException($"MT103: field {tag} at line {line}: no name or BIC");

        if (tag.EndsWith('A'))
        {
            var (s, e) = Trimmed(message, content[0]);
            var bic = message[s..e];
            if (bic.Length is not (8 or 11) || !bic.All(char.IsAsciiLetterOrDigit))
                throw new PaymentFormatException($"MT103: field {tag} at line {line}: '{Clip(bic)}' is not a BIC (8 or 11 letters and digits)");
            return new PaymentParty(tag, null, s, e, Countries.TryGetCode(bic.Substring(4, 2), out var cc) ? cc : null, bic, [], line);
        }
        if (tag.EndsWith('F'))
        {
            // A "1/" line with nothing after it (or cut by the end of block 4) names nobody.
            var name = content.Where(l => l.End - l.Start > 2 && message.AsSpan(l.Start).StartsWith("1/")).Select(l => (l.Start + 2, l.End)).ToList();
            if (name.Count == 0) throw new PaymentFormatException($"MT103: field {tag} at line {line}: no '1/' name line");
            string? country = null;
            foreach (var l in content)
                if (message.AsSpan(l.Start).StartsWith("3/") && l.End - l.Start >= 4 && Countries.TryGetCode(message.Substring(l.Start + 2, 2), out var c)) country = c;
            var address = content.Where(l => !message.AsSpan(l.Start).StartsWith("1/")).Select(l => message[l.Start..l.End]).ToList();
            return new PaymentParty(tag, string.Join(' ', name.Select(n => message[n.Item1..n.End].Trim())), name[0].Item1, name[^1].End, country, null, address, line);
        }

        // Options K, D and none: the name, continued on the next line when the first is full (35 characters).
        var nameLines = 1;
        if (content.Count > 2 && content[0].End - content[0].Start >= 35) nameLines = 2;
        var (ns, _) = Trimmed(message, content[0]);
        var (_, ne) = Trimmed(message, content[nameLines - 1]);
        var full = string.Join(' ', content.Take(nameLines).Select(l => message[l.Start..l.End].Trim()));
        var rest = content.Skip(nameLines).Select(l => message[l.Start..l.End].Trim()).ToList();
        var party = new PaymentParty(tag, full, ns, ne, CountryOf(rest), null, rest, line);
        // A full first line may also be the whole name, cut at the field's 35 characters, and the next line its address.
        if (nameLines == 2)
        {
            var (_, fe) = Trimmed(message, content[0]);
            party = party with { OtherReading = (message[ns..fe], fe) };
        }
        // A second line without digits, followed by more address, may be the name wrapped early ("AND EXPORT CORPORATION").
        if (nameLines == 1 && content.Count >= 3 && !message.AsSpan(content[1].Start, content[1].End - content[1].Start).ContainsAnyInRange('0', '9'))
        {
            var (_, ce) = Trimmed(message, content[1]);
            party = party with { OtherReading = (full + " " + message[content[1].Start..content[1].End].Trim(), ce) };
        }
        return party;
    }

    /// <summary>The country an address ends with: the last line, its part after the last comma, or its last word or two.</summary>
    internal static string? CountryOf(IReadOnlyList<string> address)
    {
        if (address.Count == 0) return null;
        var last = address[^1].Trim();
        if (last.Length > 2 && Countries.TryGetCode(last, out var whole)) return whole;
        var comma = last.LastIndexOf(',');
        if (comma >= 0 && Countries.TryGetCode(last[(comma + 1)..].Trim(), out var afterComma)) return afterComma;
        var words = last.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2 && Countries.TryGetCode(words[^2] + " " + words[^1], out var two)) return two;
        if (words.Length >= 1 && words[^1].Length >= 2 && Countries.TryGetCode(words[^1], out var one)) return one;
        return null;
    }

    private static bool IsNumberedLine(string message, (int Start, int End) l) =>
        l.End - l.Start >= 2 && char.IsAsciiDigit(message[l.Start]) && message[l.Start + 1] == '/';

    private static (int, int) Trimmed(string message, (int Start, int End) l)
    {
        var (s, e) = l;
        while (s < e && char.IsWhiteSpace(message[s])) s++;
        while (e > s && char.IsWhiteSpace(message[e - 1])) e--;
        return (s, e);
    }

    private static int LineOf(string message, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < message.Length; i++) if (message[i] == '\n') line++;
        return line;
    }

    private static string Clip(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
