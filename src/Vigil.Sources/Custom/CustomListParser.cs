using System.Text.Json;
using System.Text.RegularExpressions;
using Vigil.Core.Model;
using Vigil.Sources.Tables;

namespace Vigil.Sources.Custom;

/// <summary>
/// A firm's own list (<c>custom:NAME</c>): a CSV with a header, JSON lines in Vigil's shape (<see cref="CustomRecord"/>),
/// or FollowTheMoney entity JSON lines (<see cref="FtmMapper"/>), told apart by content.
/// </summary>
/// <remarks>
/// A firm controls its own file, so it is read strictly: a row without an id or name, an id used twice, a bad date or
/// country, or a line that is not JSON fails the load naming the file, line and field, and nothing is loaded. Columns or
/// fields Vigil does not know are kept as other information. In CSV, multi-valued cells are <c>;</c>-separated; in JSON
/// they are arrays (a single string is read as one value).
/// </remarks>
public sealed partial class CustomListParser : IListParser
{
    public const string Prefix = "custom:";

    private CustomListParser(string name) => Source = Prefix + name;

    /// <summary>The parser for <c>custom:NAME</c>, or null when the name is not a custom list name.</summary>
    public static CustomListParser? For(string source) =>
        source.StartsWith(Prefix, StringComparison.Ordinal) && NameRule().IsMatch(source[Prefix.Length..]) ? new CustomListParser(source[Prefix.Length..]) : null;

    /// <summary>What a custom list may be called: <c>custom:</c> and 1–40 lower-case letters, digits or hyphens.</summary>
    public const string NameDescription = "custom:NAME, NAME 1-40 lower-case letters, digits or hyphens";

    public string Source { get; }

    public IReadOnlyList<string> FileNames { get; } = ["list.csv", "list.jsonl", "entities.ftm.json"];

    public bool FilesAreAlternatives => true;

    public ListParseResult Parse(ListInput input)
    {
        var file = input.OnlyFile(FileNames[0], "a custom list is one CSV or JSON-lines file");
        var text = CsvSheet.Decode(file.Content, file.Name, CsvSheet.Windows1252).Text;
        var first = text.AsSpan().TrimStart();
        if (first.IsEmpty) throw new ListFormatException(file.Name, "line 1", "the file is empty");
        var warnings = new List<ParseWarning>();
        var entities = first[0] == '{' ? JsonLines(text, file.Name, warnings) : Csv(text, file.Name, warnings);
        if (entities.Count == 0) throw new ListFormatException(file.Name, "line 1", "the list holds no entries");
        return new ListParseResult(entities, warnings);
    }

    private List<Entity> Csv(string text, string file, List<ParseWarning> warnings)
    {
        SheetHeader? header = null;
        string[] names = [];
        var entities = new List<Entity>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        SheetRow? last = null;
        foreach (var row in CsvSheet.Rows(text, file, () => header?.Count ?? 0))
        {
            if (row.IsBlank) continue;
            if (header is null)
            {
                header = new SheetHeader(row);
                header.Require(file, "id");
                header.Require(file, "name");
                names = [.. row.Cells.Select(c => c?.Trim().ToLowerInvariant() ?? "")];
                var unknown = names.Where(n => n.Length > 0 && !CustomRecord.Fields.Contains(n)).ToList();
                if (unknown.Count > 0)
                    warnings.Add(new ParseWarning(file, row.Line, null, $"columns {string.Join(", ", unknown)} are not Vigil fields; kept as other information"));
                continue;
            }
            var h = header;
            var entity = CustomRecord.Build(Source,
                field => h.Find(field) is var i and >= 0 ? Multi(row[i], field) : [],
                names.Select((n, i) => (n, i)).Where(x => x.n.Length > 0 && !CustomRecord.Fields.Contains(x.n)).Select(x => (x.n, row[x.i] ?? "")),
                file, row.Line);
            Unique(entity, row.Line, seen, file);
            entities.Add(entity);
            last = row;
        }
        if (header is not null && last is { } end && end.Cells.Length < header.Count)
            throw new ListFormatException(file, $"line {end.Line}",
                $"the last row has {end.Cells.Length} of {header.Count} columns: the file ends in the middle of a row (cut short?)");
        return entities;
    }

    private List<Entity> JsonLines(string text, string file, List<ParseWarning> warnings)
    {
        var entities = new List<Entity>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        FtmMapper? ftm = null;
        var line = 0;
        foreach (var raw in text.Split('\n'))
        {
            line++;
            var json = raw.Trim();
            if (json.Length == 0) continue;
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
            }
            catch (JsonException ex)
            {
                throw new ListFormatException(file, $"line {line}", $"not a JSON object: {ex.Message}", ex);
            }
            using (doc)
            {
                var o = doc.RootElement;
                if (o.ValueKind != JsonValueKind.Object) throw new ListFormatException(file, $"line {line}", "not a JSON object");
                if (FtmMapper.IsFtm(o))
                {
                    ftm ??= new FtmMapper(Source, file);
                    ftm.Add(o, line);
                    continue;
                }
                var current = line;
                var entity = CustomRecord.Build(Source, field => JsonValues(o, field, file, current),
                    o.EnumerateObject().Where(p => !CustomRecord.Fields.Contains(p.Name)).Select(p => (p.Name, p.Value.ToString())),
                    file, line);
                Unique(entity, line, seen, file);
                entities.Add(entity);
            }
        }
        if (ftm is not null)
            foreach (var entity in ftm.Entities(warnings))
            {
                Unique(entity, 0, seen, file);
                entities.Add(entity);
            }
        return entities;
    }

    private static void Unique(Entity entity, int line, Dictionary<string, int> seen, string file)
    {
        if (seen.TryGetValue(entity.SourceId, out var earlier))
            throw new ListFormatException(file, $"line {line}, field id", $"id '{entity.SourceId}' is already used on line {earlier}");
        seen[entity.SourceId] = line;
    }

    private static List<string> Multi(string? cell, string field) =>
        cell is null ? []
        : field is "id" or "name" or "remarks" or "kind" or "gender" or "listed_on" ? [cell.Trim()]
        : [.. cell.Split(';').Select(v => v.Trim()).Where(v => v.Length > 0)];

    private static List<string> JsonValues(JsonElement o, string field, string file, int line)
    {
        if (!o.TryGetProperty(field, out var v)) return [];
        return v.ValueKind switch
        {
            JsonValueKind.Null => [],
            JsonValueKind.String => v.GetString()!.Trim() is { Length: > 0 } s ? [s] : [],
            JsonValueKind.Number => [v.GetRawText()],
            JsonValueKind.Array => [.. v.EnumerateArray().Select(x => x.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? x.ToString().Trim()
                : throw new ListFormatException(file, $"line {line}, field {field}", "a list of strings is expected")).Where(s => s.Length > 0)],
            _ => throw new ListFormatException(file, $"line {line}, field {field}", "a string or a list of strings is expected"),
        };
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex NameRule();
}
