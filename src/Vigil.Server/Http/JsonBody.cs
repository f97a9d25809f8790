using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Vigil.Server.Http;

/// <summary>Reads a JSON array body, so a malformed one is answered with the JSON path and line at fault, and a long one with 400.</summary>
internal static class JsonBody
{
    public static async Task<(T[]? Items, ValidationProblem? Error)> ReadArrayAsync<T>(HttpRequest request, string what, CancellationToken cancel)
    {
        if (request.ContentType is { } type && !type.Contains("json", StringComparison.OrdinalIgnoreCase))
            return (null, Problems.Field("body", $"Content-Type '{type}' is not JSON; send application/json"));
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        T[]? items;
        try
        {
            items = await JsonSerializer.DeserializeAsync<T[]>(request.Body, options, cancel);
        }
        catch (JsonException ex)
        {
            var path = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path;
            var line = ex.LineNumber is { } l ? $" (line {l + 1}, position {ex.BytePositionInLine + 1})" : "";
            return (null, Problems.Field(path, $"not a JSON array of {what}{line}: {FirstSentence(ex.Message)}"));
        }
        if (items is null) return (null, Problems.Field("body", $"empty; send a JSON array of {what}"));
        if (items.Length > Limits.MaxBatch)
            return (null, Problems.Field("body", $"{items.Length:N0} {what}; at most {Limits.MaxBatch:N0} per request (split the batch)"));
        return (items, null);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
