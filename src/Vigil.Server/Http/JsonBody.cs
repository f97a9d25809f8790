using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Vigil.Server.Http;

/// <summary>Reads a JSON body (an array or one object), so a malformed one is answered with the JSON path and line at fault, and a long one with 400.</summary>
internal static class JsonBody
{
    public static async Task<(T[]? Items, ValidationProblem? Error)> ReadArrayAsync<T>(HttpRequest request, string what, CancellationToken cancel)
    {
        var (items, error) = await ReadCoreAsync<T[]>(request, $"a JSON array of {what}", wholeBodyHint: false, cancel);
        if (error is not null) return (null, error);
        if (items!.Length > Limits.MaxBatch)
            return (null, Problems.Field("body", $"{items.Length:N0} {what}; at most {Limits.MaxBatch:N0} per request (split the batch)"));
        return (items, null);
    }

    /// <summary>Reads one JSON object body; <paramref name="what"/> describes it in messages ("a JSON object with text").</summary>
    public static Task<(T? Item, ValidationProblem? Error)> ReadAsync<T>(HttpRequest request, string what, CancellationToken cancel)
        where T : class => ReadCoreAsync<T>(request, what, wholeBodyHint: true, cancel);

    /// <param name="wholeBodyHint">A field of the wrong JSON type is answered with the whole body's shape (for an object whose
    /// fields are not all text) instead of "must be a string" (for the records of an array, whose fields all are).</param>
    private static async Task<(T? Item, ValidationProblem? Error)> ReadCoreAsync<T>(HttpRequest request, string what, bool wholeBodyHint, CancellationToken cancel)
        where T : class
    {
        if (request.ContentType is { } type && !type.Contains("json", StringComparison.OrdinalIgnoreCase))
            return (null, Problems.Field("body", $"Content-Type '{type}' is not JSON; send application/json"));
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        T? item;
        try
        {
            item = await JsonSerializer.DeserializeAsync<T>(request.Body, options, cancel);
        }
        catch (JsonException ex)
        {
            var path = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path;
            var line = ex.LineNumber is { } l ? $" at line {l + 1}, position {ex.BytePositionInLine + 1}" : "";
            var message = wholeBodyHint && path != "body" && ex.Message.Contains("could not be converted", StringComparison.Ordinal)
                ? $"has the wrong JSON type; send {what}"
                : Explain(ex, path, what);
            return (null, Problems.Field(path, message + line));
        }
        return item is null ? (null, Problems.Field("body", $"empty; send {what}")) : (item, null);
    }

    /// <summary>What is wrong at <paramref name="path"/>, in the caller's terms rather than .NET type names.</summary>
    private static string Explain(JsonException ex, string path, string what)
    {
        // A value of the wrong JSON type: every field of a record is text, every record an object, the body an array.
        if (ex.Message.Contains("could not be converted", StringComparison.Ordinal))
            return path == "body" ? $"must be {what}"
                : path.EndsWith(']') ? "must be an object"
                : "must be a string (or null)";
        var cut = ex.Message.IndexOf(" Path:", StringComparison.Ordinal);
        return $"not valid JSON: {(cut > 0 ? ex.Message[..cut] : ex.Message)}";
    }
}
