using System.Text.RegularExpressions;

namespace Vigil.Fuzz.Tests.Fuzzing;

/// <summary>Checks that an error names where it is: a file and a line, position or offset; a message field; a JSON path.</summary>
public static partial class Place
{
    // "line 12", "line 3, position 7", "offset 4,096", "byte 0x00 at offset 17", a spreadsheet's "row 5", and "whole file"
    // for a container (ZIP, XLSX) that cannot be opened at all, where no line exists.
    [GeneratedRegex(@"\b(line|position|offset|row) \d|\bwhole file\b")]
    private static partial Regex LineOrOffset();

    // MT103 "field 59 at line 4", "field 50a (ordering customer) is missing"; pacs.008 "(root is <Document>)"
    [GeneratedRegex(@"\bline \d|\bfield \w+|root is <|no field found")]
    private static partial Regex PaymentPlace();

    /// <summary>Throws unless <paramref name="message"/> names a line, position or offset.</summary>
    public static void RequireLine(string message, string what)
    {
        if (!LineOrOffset().IsMatch(message)) throw new FuzzFailureException($"{what} names no line, position or offset: \"{message}\"");
    }

    /// <summary>Throws unless <paramref name="message"/> names one of <paramref name="files"/> and a line, position or offset.</summary>
    public static void RequireFileAndLine(string message, IEnumerable<string> files, string what)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!files.Any(f => message.Contains(f, StringComparison.OrdinalIgnoreCase)))
            throw new FuzzFailureException($"{what} names none of the files [{string.Join(", ", files)}]: \"{message}\"");
        RequireLine(message, what);
    }

    /// <summary>Throws unless a payment message error names its line or field (or says the whole message lacks fields).</summary>
    public static void RequirePaymentPlace(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!PaymentPlace().IsMatch(message)) throw new FuzzFailureException($"payment error names no line or field: \"{message}\"");
    }

    /// <summary>The query fields <see cref="Vigil.Workflows.Screening.QueryFields.TryCreate"/> names at the start of its error.</summary>
    public static void RequireQueryField(string error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (!(error.StartsWith("name: ", StringComparison.Ordinal) || error.StartsWith("type: ", StringComparison.Ordinal)
              || error.StartsWith("birth_date: ", StringComparison.Ordinal) || error.StartsWith("country: ", StringComparison.Ordinal)
              || error.StartsWith("id_number: ", StringComparison.Ordinal)))
            throw new FuzzFailureException($"query error names no field: \"{error}\"");
    }
}
