using System.CommandLine;
using System.Text;
using Vigil.Workflows.Screening;

namespace Vigil.Cli.Io;

/// <summary>The <c>--encoding NAME</c> option of the commands that read a file they are given (<c>screen</c>, <c>text</c>,
/// <c>customers import</c>): UTF-8 unless told otherwise; see <see cref="InputEncoding"/>.</summary>
internal static class EncodingOption
{
    public static Option<string?> Create() =>
        new("--encoding")
        {
            Description = $"the input file's encoding: {InputEncoding.Choices}. A UTF-8 file with a byte that is not UTF-8 is refused, naming its line",
        };

    /// <summary>The encoding named, or null for UTF-8.</summary>
    /// <exception cref="UsageException">Not an encoding Vigil reads.</exception>
    public static Encoding? Resolve(ParseResult parse, Option<string?> option)
    {
        var name = parse.GetValue(option);
        if (name is null) return null;
        if (!InputEncoding.TryParse(name, out var encoding)) throw new UsageException($"--encoding: '{name}' is not {InputEncoding.Choices}");
        return InputEncoding.IsUtf8(encoding) ? null : encoding;
    }
}
