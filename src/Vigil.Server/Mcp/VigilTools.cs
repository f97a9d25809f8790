using System.ComponentModel;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Server;
using Vigil.Contracts;
using Vigil.Core.Screening;
using Vigil.Server.Contracts;
using Vigil.Workflows;
using Vigil.Workflows.Screening;

namespace Vigil.Server.Mcp;

/// <summary>The MCP tools (<c>vigil mcp</c> over stdio, <c>/mcp</c> over HTTP): search, screen, entity, lists. Each answers
/// with the JSON document the HTTP API returns for the same question, so an assistant reads what an integration reads.</summary>
[McpServerToolType]
public sealed class VigilTools(LiveIndex index, ServerSettings settings)
{
    /// <summary>The most records one <c>screen</c> call takes: an assistant's batch, not a register.</summary>
    public const int MaxRecords = 100;

    private static readonly JsonSerializerOptions Json = CreateJson();

    [McpServerTool(Name = "search", ReadOnly = true, Idempotent = true), Description(
        "Search the loaded sanctions lists for one name (any script). Returns ranked hits with source, source_id, name and " +
        "score (0-1; at or above 0.80 is an alert). Type, birth date and country sharpen the score.")]
    public async Task<string> Search(
        [Description("The name to search for")] string name,
        [Description("person, organization, vessel or aircraft")] string? type = null,
#pragma warning disable CA1707 // the argument's name is what the assistant sends: snake_case, as in the HTTP API
        [Description("Birth date: YYYY, YYYY-MM or YYYY-MM-DD")] string? birth_date = null,
#pragma warning restore CA1707
        [Description("Country: ISO 3166-1 alpha-2 code or name")] string? country = null,
        [Description("How many hits at most (1-100, default 10)")] int? top = null,
        CancellationToken cancel = default)
    {
        if (!new QueryFields(name, type, birth_date, country, null).TryCreate(out var query, out var error, out var warning))
            throw new McpException(error!);
        var snapshot = await SnapshotAsync(cancel);
        var hits = snapshot.Screener.Search(query!, Options(top));
        return JsonSerializer.Serialize(SearchResult.From(query!, snapshot.Key, hits, warning), Json);
    }

    [McpServerTool(Name = "screen", ReadOnly = true, Idempotent = true), Description(
        "Screen a small batch of records (at most 100) against the lists; one result per record, in order, each with its matches.")]
    public async Task<string> Screen(
        [Description("The records: id (optional), name (required), type, birth_date, country, id_number")] ScreenRecord[] records,
        [Description("How many matches per record at most (1-100, default 10)")] int? top = null,
        CancellationToken cancel = default)
    {
        if (records.Length == 0) throw new McpException("records: empty; give at least one record with a name");
        if (records.Length > MaxRecords) throw new McpException($"records: {records.Length} records; at most {MaxRecords} a call");
        var items = new List<((string Id, string? Warning) Row, ScreeningQuery? Query)>(records.Length);
        for (var i = 0; i < records.Length; i++)
        {
            var r = records[i];
            if (!new QueryFields(r.Name, r.Type, r.BirthDate, r.Country, r.IdNumber).TryCreate(out var query, out var error, out var warning))
                throw new McpException($"records[{i}].{error}");
            items.Add(((string.IsNullOrEmpty(r.Id) ? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : r.Id, warning), query));
        }
        var snapshot = await SnapshotAsync(cancel);
        var results = new List<ScreeningRecord>(items.Count);
        foreach (var ((id, warning), hits) in ScreenBatch.Run(items, snapshot.Screener, Options(top), cancel))
            results.Add(ScreeningRecord.From(id, hits, warning));
        return JsonSerializer.Serialize(new ScreenResult(snapshot.Key, results), Json);
    }

    [McpServerTool(Name = "entity", ReadOnly = true, Idempotent = true), Description(
        "Everything a list says about one entry, by SOURCE:ID as search returns it (e.g. ofac-sdn:30502): names, aliases, " +
        "identifiers, addresses, programs, remarks and the list version.")]
    public string Entity([Description("SOURCE:ID, e.g. ofac-sdn:30502 or un:QDi.001")] string reference)
    {
        try
        {
            var record = new ListCatalog(settings.Home).Entity(reference);
            return JsonSerializer.Serialize(EntityResult.From(record.Json, record.Version), Json);
        }
        catch (VigilException ex)
        {
            throw new McpException(ex.Message);
        }
    }

    [McpServerTool(Name = "lists", ReadOnly = true, Idempotent = true), Description(
        "The loaded sources and their active versions: number, publication and load dates, counts per kind.")]
    public string Lists() =>
        JsonSerializer.Serialize(new ListCatalog(settings.Home).Active().Select(VersionInfo.From).ToArray(), Json);

    private async Task<IndexSnapshot> SnapshotAsync(CancellationToken cancel)
    {
        // The first index builds in the background; a call that comes first builds it now rather than failing.
        if (index.Current is null) await index.RefreshAsync(cancel);
        return index.Current ?? throw new McpException(index.LastError ?? "no list is loaded yet; load one with: vigil lists load SOURCE PATH");
    }

    private static SearchOptions Options(int? top)
    {
        if (top is < 1 or > Limits.MaxTop) throw new McpException($"top: {top} is not from 1 to {Limits.MaxTop}");
        return new SearchOptions(top ?? 10, null, Exhaustive: false, Explain: false);
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions();
        ServerHost.ConfigureJson(options);
        options.TypeInfoResolverChain.Add(new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver());
        return options;
    }
}
