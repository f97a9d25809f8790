using System.Text;
using System.Text.Json;
using Vigil.Fuzz.Tests.Fuzzing;
using Vigil.Fuzz.Tests.Seeds;

namespace Vigil.Fuzz.Tests.Api;

/// <summary>Request bodies for each JSON endpoint, built at test time from the real query file's rows and the text fixtures.</summary>
/// <remarks>An entry's file name says its endpoint (<c>screen-3.json</c> goes to <c>POST /api/v1/screen</c>).</remarks>
public static class JsonSeeds
{
    private const int PerBody = 10;

    public static IReadOnlyList<CorpusEntry> All()
    {
        var rows = Rows().ToList();
        var entries = new List<CorpusEntry>();
        for (var b = 0; b * PerBody < rows.Count; b++)
        {
            var batch = rows.Skip(b * PerBody).Take(PerBody).ToList();
            entries.Add(Entry($"screen-{b}.json", batch.Select(r => new Dictionary<string, string>
            {
                ["id"] = r[0], ["name"] = r[1], ["type"] = r[2], ["birth_date"] = r[3], ["country"] = r[4], ["id_number"] = r[5],
            })));
            entries.Add(Entry($"compare-{b}.json", batch.Zip(batch.Skip(1)).Select(p => new Dictionary<string, string>
            {
                ["id"] = p.First[0], ["name_a"] = p.First[1], ["name_b"] = p.Second[1], ["type"] = p.First[2],
            })));
        }
        var texts = FileSeeds.Prose().Select(e => (Text: Encoding.UTF8.GetString(e.Files[0]), Format: "text"))
            .Concat(FileSeeds.Mt103().Select(e => (Text: Encoding.UTF8.GetString(e.Files[0]), Format: "mt103")))
            .Concat(FileSeeds.Pacs008().Select(e => (Text: Encoding.UTF8.GetString(e.Files[0]), Format: "auto")));
        var t = 0;
        foreach (var (text, format) in texts)
            entries.Add(Entry($"text-{t++}.json", new Dictionary<string, object> { ["text"] = text, ["format"] = format, ["min_score"] = 0.7, ["explain"] = t % 2 == 0 }));
        entries.Add(Entry("decision-0.json", new Dictionary<string, string> { ["as"] = "false_positive", ["reason"] = "different date of birth" }));
        entries.Add(Entry("decision-1.json", new Dictionary<string, string> { ["as"] = "escalated", ["reason"] = "needs a second look" }));
        return entries;
    }

    /// <summary>The endpoint an entry's body is posted to.</summary>
    public static string PathFor(string name) => name.Split('-')[0] switch
    {
        "screen" => "/api/v1/screen",
        "compare" => "/api/v1/compare",
        "text" => "/api/v1/screen/text",
        _ => "/api/v1/alerts/1/decision",
    };

    private static CorpusEntry Entry(string name, object body) =>
        CorpusEntry.OneFile("shared/eval/dev/queries.csv rows and text fixtures, as " + name, name, JsonSerializer.SerializeToUtf8Bytes(body));

    /// <summary>The real query rows (id, name, type, birth_date, country, id_number), through the fuzzed CSV reader's own slice.</summary>
    private static IEnumerable<string[]> Rows()
    {
        var csv = FileSeeds.QueryCsv()[0].Files[0];
        foreach (var record in Slices.CsvRecords(csv).Skip(1))
        {
            var fields = Encoding.UTF8.GetString(record).TrimEnd('\r', '\n').Split(',');
            if (fields.Length >= 6 && !record.Contains((byte)'"')) yield return fields[..6];
        }
    }
}
