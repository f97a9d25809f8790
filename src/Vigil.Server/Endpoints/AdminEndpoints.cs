using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigil.Server.Auth;
using Vigil.Server.Contracts;
using Vigil.Server.Http;
using Vigil.Contracts;
using Vigil.Workflows.Audit;
using Vigil.Workflows.Keys;

namespace Vigil.Server.Endpoints;

/// <summary><c>GET /keys</c> and <c>GET /audit/screenings</c>: what only an admin key may read (keys, the proof of every screening).</summary>
public static class AdminEndpoints
{
    public static RouteGroupBuilder MapAdmin(this RouteGroupBuilder api)
    {
        api.MapGet("/keys", Keys)
            .WithName("Keys")
            .RequireRole(KeyRoles.Admin)
            .WithSummary("Every API key: name, role, created, revoked (never the key itself); create and revoke with vigil keys");
        api.MapGet("/audit/screenings", Screenings)
            .WithName("ScreeningRecords")
            .RequireRole(KeyRoles.Admin)
            .WithSummary("The screening records from from (inclusive) to to (exclusive), as JSON lines (vigil audit screenings)")
            .WithDescription("from, to: a date (YYYY-MM-DD, UTC midnight) or an instant (ISO 8601); both optional. One line per record: " +
                             "id, at, actor, channel, ref, input_sha256, input_size, list_versions [{source, version, id}], engine_version, " +
                             "profile, hits, alerts, audit_id.")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson");
        return api;
    }

    private static Ok<KeyInfo[]> Keys(ApiKeys keys) =>
        TypedResults.Ok(keys.List().Select(k => new KeyInfo(k.Name, k.Role, k.CreatedAt, k.RevokedAt)).ToArray());

    private static Results<PushStreamHttpResult, ValidationProblem> Screenings(ScreeningRecorder recorder, string? from, string? to)
    {
        var errors = new List<(string, string)>();
        var start = Instant("from", from, errors);
        var end = Instant("to", to, errors);
        if (errors.Count > 0) return Problems.Fields(errors);
        return TypedResults.Stream(async stream =>
        {
            await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
            foreach (var line in recorder.Lines(start, end)) await writer.WriteLineAsync(line);
        }, "application/x-ndjson");
    }

    /// <summary>A date (UTC midnight) or an ISO 8601 instant; empty is no bound.</summary>
    internal static DateTimeOffset? Instant(string field, string? text, List<(string, string)> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        if (DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) return at;
        errors.Add((field, $"'{text}' is not a date (YYYY-MM-DD) or an ISO 8601 instant"));
        return null;
    }
}
