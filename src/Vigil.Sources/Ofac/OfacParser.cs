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

        RefuseRowsPastTheLastEntry(entries, addresses, aliases, comments);
        var records = new OfacRecords(MainFile, entries, aliases, addresses, comments, AliasFile, AddressFile, CommentFile);
        var entities = OfacMapper.Map(Source, records, warnings);
        return new ListParseResult(entities, warnings);
    }

    /// <summary>Fails when another file refers to an ent_num past the last one of the main file: the main file was cut.</summary>
    /// <remarks>
    /// OFAC numbers entries as it lists them, every file is sorted by ent_num and every entry has at least one row in
    /// the address file (true of all 12 published files in the shared data: no orphan, no entry without an address row).
    /// A main file cut at a row boundary, which no check of its own last row can see, therefore loses the highest
    /// ent_nums and leaves their address rows past its end. A row for an unknown ent_num *below* the last one cannot come
    /// from such a cut; it stays a warning and is skipped (<see cref="OfacMapper"/>). A set whose files were downloaded
    /// across a new publication fails the same way, which is right: its files do not belong together.
    /// </remarks>
    private void RefuseRowsPastTheLastEntry(List<OfacEntryRow> entries, List<OfacAddressRow> addresses,
        List<OfacAliasRow> aliases, List<OfacCommentRow> comments)
    {
        if (entries.Count == 0) return;
        var last = entries[0];
        foreach (var e in entries)
            if (EntNum(e.EntNum) > EntNum(last.EntNum)) last = e;
        var max = EntNum(last.EntNum);

        Check(AddressFile, addresses.Select(r => (r.EntNum, r.Line)));
        Check(AliasFile, aliases.Select(r => (r.EntNum, r.Line)));
        Check(CommentFile, comments.Select(r => (r.EntNum, r.Line)));

        void Check(string file, IEnumerable<(string EntNum, int Line)> rows)
        {
            foreach (var (entNum, line) in rows)
            {
                if (EntNum(entNum) <= max) continue;
                throw new ListFormatException(MainFile, $"line {last.Line}",
                    $"the highest ent_num is {max} (line {last.Line}), but {file} line {line} refers to ent_num {entNum}: " +
                    $"{MainFile} looks cut short (or the files come from different publications)");
            }
        }
    }

    private static long EntNum(string entNum) => long.Parse(entNum, System.Globalization.CultureInfo.InvariantCulture);

    private static Stream Require(ListInput input, string name) =>
        input.Find(name)?.Content
        ?? throw new ListFormatException(name, "file", $"missing: the list version has no {name}");
}
