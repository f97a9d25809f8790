using Vigil.Core.Model;

namespace Vigil.Sources.Ofac;

/// <summary>OFAC legacy CSV sets: SDN (sdn/add/alt/sdn_comments) and consolidated (cons_prim/cons_add/cons_alt/cons_comments).</summary>
/// <remarks>
/// The main, address and alias files are required. The comments file only completes remarks cut at about 1,000
/// characters, so a missing one is a warning, not an error.
/// </remarks>
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

    private string MainFile => FileNames[0];
    private string AddressFile => FileNames[1];
    private string AliasFile => FileNames[2];
    private string CommentFile => FileNames[3];

    public ListParseResult Parse(ListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var warnings = new List<ParseWarning>();

        var entries = OfacCsvReader.ReadEntries(Require(input, MainFile), MainFile, warnings);
        var addresses = OfacCsvReader.ReadAddresses(Require(input, AddressFile), AddressFile, warnings);
        var aliases = OfacCsvReader.ReadAliases(Require(input, AliasFile), AliasFile, warnings);
        List<OfacCommentRow> comments;
        if (input.Find(CommentFile) is { } commentFile)
        {
            comments = OfacCsvReader.ReadComments(commentFile.Content, CommentFile, warnings);
        }
        else
        {
            comments = [];
            warnings.Add(new ParseWarning(CommentFile, 0, null, "file missing; remarks longer than the main file allows stay cut off"));
        }

        var records = new OfacRecords(MainFile, entries, aliases, addresses, comments, AliasFile, AddressFile, CommentFile);
        var entities = OfacMapper.Map(Source, records, warnings);
        return new ListParseResult(entities, warnings);
    }

    private static Stream Require(ListInput input, string name) =>
        input.Find(name)?.Content
        ?? throw new ListFormatException(name, "file", $"missing: the list version has no {name}");
}
