using System.CommandLine;
using Vigil.Core.Lists;

namespace Vigil.Cli.Commands;

/// <summary>The <c>--lists SOURCE,...</c> option of the commands that screen (<c>search</c>, <c>screen</c>, <c>text</c>):
/// screen against these sources only; default every active source. A source with no active version is a usage error (exit 2).</summary>
internal static class ListsOption
{
    public static Option<string?> Create() =>
        new("--lists")
        {
            Description = "screen against these sources only, comma-separated (ofac-sdn,un,custom:staff); default every active source. " +
                          "Scores are those of a home holding only these lists",
        };

    /// <summary>The selection given, or null for every active source.</summary>
    /// <exception cref="UsageException">The value is malformed.</exception>
    public static ListSelection? Resolve(ParseResult parse, Option<string?> option)
    {
        try
        {
            return ListSelection.Parse(parse.GetValue(option));
        }
        catch (ListSelectionException ex)
        {
            throw new UsageException($"--lists: {ex.Message}");
        }
    }
}
