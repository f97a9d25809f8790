using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Vigil.Server.Http;

/// <summary>Error answers as <c>application/problem+json</c>, whose <c>detail</c> starts with the field at fault.</summary>
internal static class Problems
{
    /// <summary>400 for one or more bad fields: <c>errors</c> maps each field to its messages; <c>detail</c> names the first.</summary>
    public static ValidationProblem Fields(IReadOnlyList<(string Field, string Message)> errors)
    {
        var map = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        var first = errors[0];
        var more = errors.Count > 1 ? $" (and {errors.Count - 1} more, see errors)" : "";
        return TypedResults.ValidationProblem(map, detail: $"{first.Field}: {first.Message}{more}", title: "The request has invalid fields");
    }

    /// <summary>400 for one bad field.</summary>
    public static ValidationProblem Field(string field, string message) => Fields([(field, message)]);

    /// <summary>404 with the lookup's own message (which names the source, id or version).</summary>
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>503 while no index is built yet.</summary>
    public static ProblemHttpResult NotReady(string? lastError) =>
        TypedResults.Problem(
            detail: lastError ?? "lists: no index is ready yet; load a list (vigil lists load SOURCE PATH) or wait for the index build",
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready");

    /// <summary>What <c>Retry-After</c> says when the store is unavailable: a few seconds, about a list poll or a reconnect.</summary>
    public const int StoreRetryAfterSeconds = 5;

    /// <summary>503 for a store outage, with <c>Retry-After</c>; <paramref name="detail"/> names the database (never a password) and the cause.</summary>
    public static Task StoreUnavailableAsync(HttpContext context, string detail)
    {
        context.Response.Headers.RetryAfter = StoreRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Store unavailable", $"store: {detail}");
    }

    /// <summary>Writes a problem from middleware, outside an endpoint.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
