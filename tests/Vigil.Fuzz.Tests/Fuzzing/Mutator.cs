using System.Text;

namespace Vigil.Fuzz.Tests.Fuzzing;

/// <summary>Applies <see cref="Mutation"/>s to the files of a corpus entry: byte flips, truncation, line duplication and
/// deletion, splices from other entries, and inserted quotes, NUL bytes, invalid UTF-8, huge fields and deep nesting.</summary>
/// <remarks>Pure and deterministic: the same corpus and input give the same bytes, so a seed reproduces a failure.</remarks>
public static class Mutator
{
    /// <summary>Bytes worth setting: structure of the dialects, controls, the DOS EOF, a lead byte without its continuation.</summary>
    private static readonly byte[] InterestingBytes = [0x00, 0x0A, 0x0D, 0x1A, 0x22, 0x27, 0x2C, 0x3A, 0x3C, 0x3E, 0x26, 0x7B, 0x7D, 0x5B, 0x5D, 0x2F, 0x7F, 0x80, 0xC3, 0xEF, 0xFF];

    private static readonly string[] CommonTokens =
    [
        "\"", "\"\"", "\0", "\r\n", "\n", "\r", "\t", "\u001A", "\uFEFF", "\u202E", "\u200B", "'", "\\", "-0- ", ",", ";",
        "\u00E9", "\uD83D\uDE00", "NaN", "-1", "0", "99999999999999999999", "2026-02-30", "1/",
    ];

    private static readonly Dictionary<Dialect, string[]> DialectTokens = new()
    {
        [Dialect.Csv] = [",,,,,,,,,,,,,,", "\"a\nb\"", "1,\"", "\"\",\"", "12345,", "=cmd|' /C calc'!A0", "id,name,type\n"],
        [Dialect.Xml] =
        [
            "<", ">", "&", "&amp;", "&#0;", "&#xD800;", "&lt;&gt;", "<![CDATA[", "]]>", "<!-- ", " -->", "</", "/>", "<?xml version=\"1.0\"?>",
            "<!DOCTYPE x [<!ENTITY e \"e\">]>", "&e;", "<VALUE>", "</VALUE>", "<INDIVIDUAL>", "</INDIVIDUAL>", "<ENTITY/>",
            "<REFERENCE_NUMBER>QDi.001</REFERENCE_NUMBER>", "<Nm>", "</Nm>", "<Cdtr>", "</Cdtr>", "xmlns=\"x\"", "encoding=\"UTF-16\"",
        ],
        [Dialect.Json] = ["{", "}", "[", "]", ":", "null", "true", "1e999", "-0", "\"\\u0000\"", "\"\\uD800\"", "\"\\", "{\"name\":", "\"a\":1,", "/*", "[]", "{}"],
        [Dialect.Mt103] = ["{4:", "-}", ":20:", ":59:", ":59A:", ":50K:", ":50F:", ":57A:", ":70:", "/", "1/", "3/", "{1:", "}{2:", ":", "\r\n-}"],
    };

    /// <summary>The mutated files of <paramref name="input"/> over <paramref name="corpus"/> (entry, then file).</summary>
    public static CorpusEntry Apply(IReadOnlyList<CorpusEntry> corpus, FuzzInput input)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(input);
        var entry = corpus[input.Seed % corpus.Count];
        var files = entry.Files.ToArray();
        foreach (var m in input.Mutations)
        {
            var f = m.File % files.Length;
            files[f] = Apply(files[f], m, corpus, f, entry.DialectOf(f));
        }
        return entry with { Files = files };
    }

    private static byte[] Apply(byte[] data, Mutation m, IReadOnlyList<CorpusEntry> corpus, int file, Dialect dialect)
    {
        var n = data.Length;
        var at = n == 0 ? 0 : m.At % (n + 1);
        switch (m.Kind)
        {
            case MutationKind.FlipBit when n > 0:
            {
                var copy = (byte[])data.Clone();
                copy[m.At % n] ^= (byte)(1 << (m.Arg % 8));
                return copy;
            }
            case MutationKind.SetByte when n > 0:
            {
                var copy = (byte[])data.Clone();
                copy[m.At % n] = InterestingBytes[m.Arg % InterestingBytes.Length];
                return copy;
            }
            case MutationKind.Truncate:
                return data[..at];
            case MutationKind.DeleteRange when n > 0:
            {
                var len = Math.Min(n - at, 1 + m.Arg % (m.Size == 0 ? 16 : 512));
                return [.. data[..at], .. data[(at + len)..]];
            }
            case MutationKind.DeleteLine or MutationKind.DuplicateLine or MutationKind.SwapLines:
                return Lines(data, m);
            case MutationKind.Splice:
            {
                var other = corpus[m.Arg % corpus.Count].Files;
                var source = other[Math.Min(file, other.Length - 1)];
                if (source.Length == 0) return data;
                var from = (int)((uint)m.At * 2654435761u % (uint)source.Length);
                var len = Math.Min(source.Length - from, m.Size switch { 0 => 64, 1 => 1024, _ => 16384 });
                return [.. data[..at], .. source.AsSpan(from, len), .. data[at..]];
            }
            case MutationKind.InsertToken:
            {
                var tokens = DialectTokens[dialect];
                var all = m.Arg % (tokens.Length + CommonTokens.Length);
                var token = all < tokens.Length ? tokens[all] : CommonTokens[all - tokens.Length];
                // A few bytes are not text at all: invalid UTF-8 and a truncated sequence.
                byte[] bytes = m.Size == 2 ? [0xC3, 0x28] : Encoding.UTF8.GetBytes(token);
                return [.. data[..at], .. bytes, .. data[at..]];
            }
            case MutationKind.InsertHuge:
            {
                var len = m.Size switch { 0 => 1_000, 1 => 70_000, _ => 1_100_000 };
                // One huge word, many short words, or a run of digits.
                var pattern = (m.Arg % 3) switch { 0 => "A"u8.ToArray(), 1 => "ab "u8.ToArray(), _ => "7"u8.ToArray() };
                var huge = new byte[len];
                for (var i = 0; i < len; i++) huge[i] = pattern[i % pattern.Length];
                if (dialect == Dialect.Json)
                {
                    // Inside the next string value or key, so the body stays valid JSON and reaches the endpoint's checks.
                    var quote = Array.IndexOf(data, (byte)'"', at);
                    if (quote >= 0) at = quote + 1;
                    else { huge[0] = (byte)'"'; huge[^1] = (byte)'"'; }
                }
                return [.. data[..at], .. huge, .. data[at..]];
            }
            case MutationKind.InsertNesting:
            {
                var depth = m.Size switch { 0 => 70, 1 => 1_000, _ => 100_000 };
                var (open, close) = dialect switch
                {
                    Dialect.Xml => ("<a>", "</a>"),
                    Dialect.Json => (m.Arg % 2 == 0 ? "[" : "{\"a\":", m.Arg % 2 == 0 ? "]" : "}"),
                    Dialect.Mt103 => ("{4:", "-}"),
                    _ => ("\"", "\""),
                };
                var sb = new StringBuilder(depth * (open.Length + close.Length));
                sb.Insert(0, open, depth);
                // Half the time the nesting is closed again, half the time it is left open.
                if (m.Arg % 3 != 0) sb.Append(string.Concat(Enumerable.Repeat(close, depth)));
                return [.. data[..at], .. Encoding.UTF8.GetBytes(sb.ToString()), .. data[at..]];
            }
            default:
                return data;
        }
    }

    /// <summary>Line mutations: delete, duplicate (1-3 times) or swap whole lines; a record per line in CSV, an element in the XML files.</summary>
    private static byte[] Lines(byte[] data, Mutation m)
    {
        var lines = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] != (byte)'\n') continue;
            lines.Add((start, i + 1));
            start = i + 1;
        }
        if (start < data.Length) lines.Add((start, data.Length));
        if (lines.Count == 0) return data;
        var pick = m.At % lines.Count;
        var (s, e) = lines[pick];
        switch (m.Kind)
        {
            case MutationKind.DeleteLine:
                return [.. data[..s], .. data[e..]];
            case MutationKind.DuplicateLine:
            {
                var line = data[s..e];
                var copies = 1 + m.Arg % 3;
                var result = new List<byte>(data.Length + line.Length * copies);
                result.AddRange(data[..e]);
                for (var c = 0; c < copies; c++) result.AddRange(line);
                result.AddRange(data[e..]);
                return [.. result];
            }
            default:
            {
                var other = m.Arg % lines.Count;
                if (other == pick) return data;
                var (a, b) = pick < other ? (lines[pick], lines[other]) : (lines[other], lines[pick]);
                return [.. data[..a.Start], .. data[b.Start..b.End], .. data[a.End..b.Start], .. data[a.Start..a.End], .. data[b.End..]];
            }
        }
    }
}
