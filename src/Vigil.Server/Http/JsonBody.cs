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
            var line = ex.LineNumber is { } l ? $" at line {l + 1}, position {ex.BytePositionInLine + 1}" : "";
            return (null, Problems.Field(path, Explain(ex, path, what) + line));
        }
        if (items is null) return (null, Problems.Field("body", $"empty; send a JSON array of {what}"));
        if (items.Length > Limits.MaxBatch)
            return (null, Problems.Field("body", $"{items.Length:N0} {what}; at most {Limits.MaxBatch:N0} per request (split the batch)"));
        return (items, null);
    }

    /// <summary>What is wrong at <paramref name="path"/>, in the caller's terms rather than .NET type names.</summary>
    private static string Explain(JsonException ex, string path, string what)
    {
        // A value of the wrong JSON type: every field of a record is text, every record an object, the body an array.
        if (ex.Message.Contains("could not be converted", StringComparison.Ordinal))
            return path == "body" ? $"must be a JSON array of {what}"
                : path.EndsWith(']') ? "must be an object"
                : "must be a string (or null)";
        var cut = ex.Message.IndexOf(" Path:", StringComparison.Ordinal);
        return $"not valid JSON: {(cut > 0 ? ex.Message[..cut] : ex.Message)}";
    }
}
