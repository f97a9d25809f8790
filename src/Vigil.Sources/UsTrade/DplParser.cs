using Vigil.Core.Model;
using Vigil.Core.Text;
using Vigil.Sources.Tables;

namespace Vigil.Sources.UsTrade;

/// <summary>
/// BIS Denied Persons List (<c>dpl.txt</c>): tab-separated, every field quoted, one row per person and address or order.
/// Rows with the same name (trimmed, case-insensitive) are one entry, keyed by the name (<c>bis-dpl:adrian-manuel-hernandez</c>).
/// </summary>
/// <remarks>
/// The list does not say whether a party is a person or a company, so the kind is unknown. Dates: <c>MM/DD/YYYY</c> in
/// <c>Effective_Date</c>/<c>Expiration_Date</c>, ISO in <c>Last_Update</c>; a last update more than 50 years after the file's
/// median one (the source has <c>3017-08-22</c>) is a typo: reported and not used. Version date: the newest usable last update.
/// </remarks>
public sealed class DplParser : IListParser
{
    public const string SourceName = "bis-dpl";

    public static DplParser Instance { get; } = new();

    public string Source => SourceName;

    public IReadOnlyList<string> FileNames { get; } = ["dpl.txt"];

    public ListParseResult Parse(ListInput input)
    {
        var file = input.OnlyFile(FileNames[0], "the Denied Persons List is one text file");
        var (h, rows) = TradeTable.Read(file, '\t', "Name", "BIS Denied Persons List");
        var c = new
        {
            Name = h.Require(file.Name, "Name"), Street = h.Find("Street_Address"), City = h.Find("City"), State = h.Find("State"),
            Country = h.Find("Country"), Postal = h.Find("Postal_Code"), Effective = h.Find("Effective_Date"), Expiration = h.Find("Expiration_Date"),
            Order = h.Find("Standard_Order"), Updated = h.Find("Last_Update"), Action = h.Find("Action"), Citation = h.Find("FR_Citation"),
        };
        var warnings = new List<ParseWarning>();
        var groups = new List<(string Id, List<SheetRow> Rows)>();
        var byId = new Dictionary<string, List<SheetRow>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row[c.Name] is not { } name)
            {
                warnings.Add(new ParseWarning(file.Name, row.Line, "Name", "row without a name; skipped"));
                continue;
            }
            var id = TradeTable.Slug(name);
            if (!byId.TryGetValue(id, out var list)) groups.Add((id, byId[id] = list = []));
            list.Add(row);
        }
        // Dates far beyond the rest of the file are typos, not the list's date.
        var updates = groups.SelectMany(g => g.Rows).Select(r => (r.Line, Day: DateText.Day(r[c.Updated]))).Where(u => u.Day is not null).ToList();
        var ordered = updates.Select(u => u.Day!.Value).Order().ToList();
        var ceiling = ordered.Count == 0 ? DateOnly.MaxValue : ordered[ordered.Count / 2].AddYears(50);
        foreach (var (line, day) in updates.Where(u => u.Day > ceiling))
            warnings.Add(new ParseWarning(file.Name, line, "Last_Update", $"last update {day:yyyy-MM-dd} lies beyond the rest of the file; not used"));

        var entities = new List<Entity>();
        foreach (var (id, group) in groups)
        {
            var first = group[0];
            var names = new List<EntityName> { new(first[c.Name]!) };
            var addresses = new List<Address>();
            var other = new List<string>();
            DateOnly? listed = null, amended = null;
            foreach (var row in group)
            {
                var country = row[c.Country];
                var address = new Address(row[c.Street], row[c.City], row[c.State], row[c.Postal], country,
                    country is not null && Countries.TryGetCode(country, out var cc) ? cc : null);
                if (address.ToString().Length > 0 && !addresses.Contains(address)) addresses.Add(address);
                if (DateText.UsDay(row[c.Effective]) is { } effective) listed = listed is { } l && l < effective ? l : effective;
                if (DateText.Day(row[c.Updated]) is { } updated && updated <= ceiling) amended = amended is { } a && a > updated ? a : updated;
                var order = string.Join("; ", new[]
                {
                    row[c.Effective] is { } e ? $"effective {e}" : null,
                    row[c.Expiration] is { } x ? $"expires {x}" : null,
                    row[c.Order] is { } o ? $"standard order {o}" : null,
                    row[c.Action],
                    row[c.Citation],
                }.Where(v => v is not null));
                if (order.Length > 0 && !other.Contains(order)) other.Add(order);
            }
            entities.Add(new Entity
            {
                Source = SourceName,
                SourceId = id,
                Kind = EntityKind.Unknown,
                Names = names,
                Addresses = addresses,
                Programs = ["Denied Persons List"],
                ListedOn = listed,
                AmendedOn = amended,
                OtherInfo = other,
            });
        }
        return new ListParseResult(entities, warnings.OrderBy(w => w.Line).ToList(), entities.Select(e => e.AmendedOn).Max());
    }
}
