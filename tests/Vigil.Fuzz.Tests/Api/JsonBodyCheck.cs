using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Vigil.Fuzz.Tests.Fuzzing;

namespace Vigil.Fuzz.Tests.Api;

/// <summary>
/// A fuzzed JSON body posted to its endpoint on the real server: the answer is 200, or 400 whose <c>errors</c> name each field
/// at fault by its JSON path (and a syntax error its line and position), or 404 for the decision on an alert that does not
/// exist; never a 500, never a hang.
/// </summary>
public static class JsonBodyCheck
{
    public static Outcome Run(CorpusEntry input, ApiHost host)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(host);
        var path = JsonSeeds.PathFor(input.Names[0]);
        using var content = new ByteArrayContent(input.Files[0]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = host.Client.PostAsync(path, content).GetAwaiter().GetResult();
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        switch (response.StatusCode)
        {
            case HttpStatusCode.OK:
                return Outcome.Accepted;
            case HttpStatusCode.NotFound when path.Contains("/alerts/", StringComparison.Ordinal) && body.Contains("\"id: ", StringComparison.Ordinal):
                // A valid decision for an alert this home does not have: the body passed every check.
                return Outcome.Accepted;
            case HttpStatusCode.BadRequest:
                RequireFieldErrors(path, body);
                return Outcome.Refused;
            case HttpStatusCode.RequestEntityTooLarge when input.Files[0].Length > Vigil.Server.Limits.MaxBodyBytes
                                                          && body.Contains("\"detail\":\"body: ", StringComparison.Ordinal):
                // A huge-field mutation took the body past the documented 10 MiB limit: refused before it is read, naming the body.
                return Outcome.Refused;
            default:
                var logged = string.Join(Environment.NewLine, host.Errors.Drain());
                throw new FuzzFailureException($"POST {path} answered {(int)response.StatusCode}: {Clip(body)}{Environment.NewLine}server log:{Environment.NewLine}{logged}");
        }
    }

    private static void RequireFieldErrors(string path, string body)
    {
        using var doc = JsonDocument.Parse(body);
        if (!doc.RootElement.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object || !errors.EnumerateObject().Any())
            throw new FuzzFailureException($"POST {path}: 400 without errors naming the fields: {Clip(body)}");
        foreach (var field in errors.EnumerateObject())
        {
            if (string.IsNullOrWhiteSpace(field.Name)) throw new FuzzFailureException($"POST {path}: an error names no field: {Clip(body)}");
            foreach (var message in field.Value.EnumerateArray().Select(m => m.GetString() ?? ""))
                if (message.StartsWith("not valid JSON", StringComparison.Ordinal)) Place.RequireLine(message, $"POST {path}: JSON syntax error at '{field.Name}'");
        }
    }

    private static string Clip(string s) => s.Length <= 600 ? s : s[..600] + "…";
}
