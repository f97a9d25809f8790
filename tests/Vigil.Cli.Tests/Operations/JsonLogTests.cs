using System.Net;
using System.Text.Json;
using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Operations;

/// <summary><c>vigil serve --log-format json</c>: one JSON object a stdout line, a request's lines carrying its request id.</summary>
public sealed class JsonLogTests : IDisposable
{
    private readonly TempDirectory _home = new();

    public void Dispose() => _home.Dispose();

    [Fact]
    public async Task Json_log_lines_parse_and_a_failed_request_logs_under_its_request_id()
    {
        // Nothing is loaded, so a search is answered 503 and logged as a warning within the request's scope.
        await using var server = await ServedVigil.StartAsync(_home.Path, "--no-auth", "--log-format", "json");
        using var client = new HttpClient { BaseAddress = server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/search?name=anyone");
        request.Headers.Add("X-Request-Id", "json-log-test-1");
        var answer = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.Equal("json-log-test-1", answer.Headers.GetValues("X-Request-Id").Single());

        JsonElement? logged = null;
        var until = DateTime.UtcNow.AddSeconds(20);
        while (logged is null && DateTime.UtcNow < until)
        {
            var lines = server.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var entries = lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray(); // every line is one JSON object
            Assert.All(entries, e => Assert.True(e.TryGetProperty("LogLevel", out _), e.GetRawText()));
            logged = entries.Where(e => e.GetProperty("Scopes").EnumerateArray()
                    .Any(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("request_id", out var id) && id.GetString() == "json-log-test-1"))
                .Cast<JsonElement?>().FirstOrDefault();
            if (logged is null) await Task.Delay(100);
        }
        Assert.True(logged is not null, $"no log line with request_id json-log-test-1 in:\n{server.Stdout}");
        Assert.Equal("Warning", logged.Value.GetProperty("LogLevel").GetString());
        Assert.Contains("/api/v1/search answered 503", logged.Value.GetProperty("Message").GetString(), StringComparison.Ordinal);
    }
}
