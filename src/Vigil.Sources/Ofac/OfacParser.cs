using Vigil.Core.Model;

namespace Vigil.Sources.Ofac;

/// <summary>OFAC legacy CSV sets: SDN (sdn/add/alt/sdn_comments) and consolidated (cons_prim/cons_add/cons_alt/cons_comments).</summary>
public sealed class OfacParser : IListParser
{
    public static OfacParser Sdn { get; } = new("ofac-sdn", "sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv");
    public static OfacParser Consolidated { get; } = new("ofac-cons", "cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv");

    private OfacParser(string source, string main, string addresses, string aliases, string comments)
    {
        Source = source;
        FileNames = [main, addresses, aliases, comments];
    }

    public string Source { get; }
    public IReadOnlyList<string> FileNames { get; }

    public ListParseResult Parse(ListInput input) => throw new ListFormatException(FileNames[0], "-", "not implemented yet");
}
