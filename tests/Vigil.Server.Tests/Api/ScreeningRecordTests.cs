using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Vigil.Contracts;
using Vigil.Server.Tests.Support;
using Vigil.Store.Sqlite;
using Vigil.Workflows;
using Vigil.Workflows.Keys;

namespace Vigil.Server.Tests.Api;

/// <summary>Proof of screening over HTTP: one record per search, per screened record of a batch and per text, naming the
/// key, the list versions and the profile, sealed into the audit chain and exported by <c>GET /audit/screenings</c>.</summary>
[Collection(LoadedHomeCollection.Name)]
public sealed class ScreeningRecordTests(LoadedHome home)
{
    [Fact]
    public async Task Each_search_screened_record_and_text_leaves_one_record_with_the_key_list_versions_and_a_hash_the_chain_seals()
    {
        var keys = new ApiKeys(new VigilHome(home.Home), TimeProvider.System);
        var actor = "proof-" + Guid.NewGuid().ToString("N")[..8];
        using var screener = home.Factory.Client(keys.Create(actor, KeyRoles.Screener));
        using var admin = home.Factory.Client(keys.Create(actor + "-admin", KeyRoles.Admin));

        Assert.Equal(HttpStatusCode.OK, (await screener.GetAsync("/api/v1/search?name=CEIEC")).StatusCode);
        var batch = await screener.PostAsJsonAsync("/api/v1/screen", new object[]
        {
            new { id = "r1", name = "China National Electronics Import and Export Corporation", type = "organization" },
            new { id = "r2", name = "Peter Lindqvist", birth_date = "1980-05-05", country = "SE" },
            new { id = "r3", name = "Nicolas Maduro Moros" },
        });
        Assert.Equal(HttpStatusCode.OK, batch.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await screener.PostAsJsonAsync("/api/v1/screen/text", new { text = "Payment to CEIEC for radar parts" })).StatusCode);
        // A screener may not read the records: that is for an admin.
        Assert.Equal(HttpStatusCode.Forbidden, (await screener.GetAsync("/api/v1/audit/screenings")).StatusCode);

        // The export flushes the server's queue first, so it holds every screening answered before it.
        var export = await admin.GetAsync("/api/v1/audit/screenings");
        Assert.Equal("application/x-ndjson", export.Content.Headers.ContentType?.MediaType);
        var lines = (await export.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var all = lines.Select(l => (Line: l, Json: JsonDocument.Parse(l).RootElement)).ToList();
        var mine = all.Where(r => r.Json.GetProperty("actor").GetString() == actor).ToList();

        Assert.Equal(["api.search", "api.screen", "api.screen", "api.screen", "api.text"], mine.Select(r => r.Json.GetProperty("channel").GetString()));
        Assert.Equal(["r1", "r2", "r3"], mine.Where(r => r.Json.TryGetProperty("ref", out _)).Select(r => r.Json.GetProperty("ref").GetString()));
        foreach (var (_, json) in mine)
        {
            var versions = json.GetProperty("list_versions").EnumerateArray().Select(v => $"{v.GetProperty("source").GetString()}:{v.GetProperty("version").GetInt32()}").ToList();
            Assert.Equal(["ofac-cons:2", "ofac-sdn:1", "un:1"], versions);
            Assert.StartsWith("vigil-core ", json.GetProperty("engine_version").GetString(), StringComparison.Ordinal);
            Assert.Contains('@', json.GetProperty("profile").GetString()!);
            Assert.Equal(64, json.GetProperty("input_sha256").GetString()!.Length);
            Assert.False(json.TryGetProperty("input", out _)); // the input itself is kept only with audit.store_screening_input
        }
        var ceiec = mine.Single(r => r.Json.TryGetProperty("ref", out var id) && id.GetString() == "r1").Json;
        Assert.True(ceiec.GetProperty("alerts").GetInt32() >= 1);
        Assert.Equal(0, mine.Single(r => r.Json.TryGetProperty("ref", out var id) && id.GetString() == "r2").Json.GetProperty("hits").GetInt32());
        var text = mine.Single(r => r.Json.GetProperty("channel").GetString() == "api.text").Json;
        Assert.Equal(Hex("Payment to CEIEC for radar parts"), text.GetProperty("input_sha256").GetString());
        Assert.Equal(Encoding.UTF8.GetByteCount("Payment to CEIEC for radar parts"), text.GetProperty("input_size").GetInt32());

        // The server writes its queue in batches, each sealed by one audit entry whose sha256 an auditor recomputes from
        // the exported lines of that batch.
        var auditId = mine.Single(r => r.Json.GetProperty("channel").GetString() == "api.text").Json.GetProperty("audit_id").GetInt64();
        var sealedTogether = all.Where(r => r.Json.GetProperty("audit_id").GetInt64() == auditId).ToList();
        var canonical = string.Concat(sealedTogether.Select(r => r.Line[..r.Line.LastIndexOf(",\"audit_id\":", StringComparison.Ordinal)] + "}\n"));
        using var store = SqliteStore.Open(Path.Combine(home.Home, "vigil.db"));
        var entry = store.Audit.Read(null, null).Single(e => e.Entry.Id == auditId).Entry;
        Assert.Equal("screening.record", entry.Action);
        Assert.Contains($"\"sha256\":\"{Hex(canonical)}\"", entry.Detail, StringComparison.Ordinal);
        Assert.True(store.Audit.Verify().Ok);
    }

    [Fact]
    public async Task Each_match_query_and_reconciled_cell_leaves_one_record_and_a_yente_client_may_send_its_ApiKey_header()
    {
        var keys = new ApiKeys(new VigilHome(home.Home), TimeProvider.System);
        var actor = "yente-" + Guid.NewGuid().ToString("N")[..8];
        using var screener = home.Factory.Client(null);
        // The OpenSanctions API's clients send "Authorization: ApiKey KEY"; Vigil takes it like a bearer key.
        screener.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "ApiKey " + keys.Create(actor, KeyRoles.Screener));
        using var admin = home.Factory.Client(keys.Create(actor + "-admin", KeyRoles.Admin));

        const string batch = """
            {"queries": {"c1": {"schema": "Company", "properties": {"name": ["China National Electronics Import and Export Corporation"]}},
                         "c2": {"schema": "Person", "properties": {"name": ["Peter Lindqvist"], "birthDate": ["1980-05-05"]}}}}
            """;
        var match = await screener.PostAsync("/api/v1/yente/match/default", new StringContent(batch, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, match.StatusCode);
        var reconcile = await screener.PostAsync("/api/v1/reconcile", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["queries"] = """{"q0": {"query": "CEIEC", "type": "Organization"}}""",
        }));
        Assert.Equal(HttpStatusCode.OK, reconcile.StatusCode);

        var export = await admin.GetAsync("/api/v1/audit/screenings");
        var mine = (await export.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).Where(r => r.GetProperty("actor").GetString() == actor).ToList();
        Assert.Equal(["api.match c1", "api.match c2", "api.reconcile q0"],
            mine.Select(r => $"{r.GetProperty("channel").GetString()} {r.GetProperty("ref").GetString()}"));
        var ceiec = mine[0];
        Assert.True(ceiec.GetProperty("alerts").GetInt32() >= 1);
        Assert.Equal(0, mine[1].GetProperty("alerts").GetInt32());
        // The record's hash is of the query exactly as the caller sent it in the batch.
        var sent = JsonDocument.Parse(batch).RootElement.GetProperty("queries").GetProperty("c1").GetRawText();
        Assert.Equal(Hex(sent), ceiec.GetProperty("input_sha256").GetString());
        Assert.Equal(["ofac-cons:2", "ofac-sdn:1", "un:1"], ceiec.GetProperty("list_versions").EnumerateArray()
            .Select(v => $"{v.GetProperty("source").GetString()}:{v.GetProperty("version").GetInt32()}"));
    }

    private static string Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
