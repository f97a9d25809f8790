using System.Buffers;
using System.Globalization;
using System.Text;

namespace Vigil.Workflows.Screening;

/// <summary>
/// How Vigil decodes a file it is given (a query or customer CSV, a text to screen): UTF-8 unless the caller names another
/// encoding (<c>--encoding</c>). A byte that is not UTF-8 fails the file naming its line and byte offset; it never becomes
/// a replacement character, which would silently lose the match on "Nicolás" in a Latin-1 file.
/// </summary>
/// <remarks>A UTF-8 byte order mark is read and dropped. Latin-1 and Windows-1252 decode every byte, so they are never
/// refused; a control character they produce is the name or text check's business.</remarks>
public static class InputEncoding
{
    /// <summary>The encodings <c>--encoding</c> accepts, for messages and help.</summary>
    public const string Choices = "utf-8 (default), latin1 (ISO-8859-1) or windows-1252";

    /// <summary>UTF-8 that throws on a bad byte instead of replacing it (and writes no BOM).</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads an <c>--encoding</c> value: utf-8 / utf8, latin1 / iso-8859-1, windows-1252 / cp1252; empty means UTF-8.</summary>
    public static bool TryParse(string? name, out Encoding encoding)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case null or "" or "utf-8" or "utf8":
                encoding = Utf8;
                return true;
            case "latin1" or "latin-1" or "iso-8859-1" or "iso8859-1" or "l1":
                encoding = Encoding.Latin1;
                return true;
            case "windows-1252" or "cp1252" or "win1252" or "1252":
                // In the shared framework since .NET Core 3.0; no global registration needed for one encoding.
                encoding = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
                return true;
            default:
                encoding = Utf8;
                return false;
        }
    }

    /// <summary>Whether <paramref name="encoding"/> is UTF-8 (checked byte by byte before reading).</summary>
    public static bool IsUtf8(Encoding? encoding) => encoding is null || encoding.CodePage == Encoding.UTF8.CodePage;

    /// <summary>Decodes <paramref name="bytes"/> (a whole file or standard input, named <paramref name="name"/>), dropping a
    /// UTF-8 byte order mark.</summary>
    /// <exception cref="VigilException">A byte is not UTF-8 (when decoding UTF-8).</exception>
    public static string Decode(byte[] bytes, string name, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        if (!IsUtf8(encoding)) return encoding!.GetString(bytes, start, bytes.Length - start);
        using (var stream = new MemoryStream(bytes, writable: false)) CheckUtf8(stream, name);
        return Utf8.GetString(bytes, start, bytes.Length - start);
    }

    /// <summary>Reads <paramref name="stream"/> to its end and throws at the first byte that is not UTF-8.</summary>
    /// <exception cref="VigilException">Names <paramref name="name"/>, the 1-based line and the 0-based byte offset.</exception>
    public static void CheckUtf8(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = ArrayPool<byte>.Shared.Rent(1 << 16);
        var chars = ArrayPool<char>.Shared.Rent(1 << 16);
        try
        {
            long offset = 0; // of bytes[0] in the stream
            var line = 1;
            var carry = 0; // an incomplete sequence kept from the previous block
            while (true)
            {
                var n = stream.Read(bytes, carry, (1 << 16) - carry);
                var length = carry + n;
                var status = System.Text.Unicode.Utf8.ToUtf16(bytes.AsSpan(0, length), chars.AsSpan(0, 1 << 16), out var read, out _,
                    replaceInvalidSequences: false, isFinalBlock: n == 0);
                line += bytes.AsSpan(0, read).Count((byte)'\n');
                if (status == OperationStatus.InvalidData)
                    throw new VigilException(NotUtf8(name, line, offset + read, bytes.AsSpan(read, Math.Min(4, length - read))));
                if (n == 0) return;
                carry = length - read;
                bytes.AsSpan(read, carry).CopyTo(bytes);
                offset += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string NotUtf8(string name, int line, long offset, ReadOnlySpan<byte> at)
    {
        var hex = Convert.ToHexString(at[..1]);
        var hint = at[0] is >= 0xA1 and <= 0xFF
            ? string.Format(CultureInfo.InvariantCulture, " (as Latin-1 it would read '{0}')", Encoding.Latin1.GetString(at[..1]))
            : "";
        return string.Format(CultureInfo.InvariantCulture,
            "{0}: line {1}, byte offset {2:N0}: byte 0x{3}{4} is not valid UTF-8; the file is in another encoding. If it is " +
            "Latin-1 or Windows-1252 (as Excel saves CSV), pass --encoding latin1 or --encoding windows-1252, or save it as UTF-8",
            name, line, offset, hex, hint);
    }
}
