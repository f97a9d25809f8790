using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vigil.Workflows;

namespace Vigil.Server.Http;

/// <summary>Turns exceptions into problem answers: a request the server refused to read (413, 400) keeps its status; a store
/// outage (<see cref="StoreOutage"/>: database down or unreachable, SQLite file locked) is a 503 with <c>Retry-After</c>
/// naming the database and the cause; anything else is a logged 500.</summary>
internal sealed class ErrorMiddleware(RequestDelegate next, ILogger<ErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            var detail = ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? $"body: larger than the limit of {Limits.MaxBodyBytes / (1024 * 1024)} MiB"
                : $"body: {ex.Message}";
            await Problems.WriteAsync(context, ex.StatusCode, ex.StatusCode == 413 ? "Request body too large" : "Bad request", detail);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (Exception ex) when (!context.Response.HasStarted
                                   && StoreOutage.Describe(ex, context.RequestServices.GetRequiredService<ServerSettings>().Home) is { } outage)
        {
            // Not the server's fault nor the client's: the same request may succeed once the database is back.
            logger.LogWarning("store unavailable on {Method} {Path}: {Error}", context.Request.Method, context.Request.Path, outage);
            await Problems.StoreUnavailableAsync(context, outage);
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            logger.LogError(ex, "unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            await Problems.WriteAsync(context, StatusCodes.Status500InternalServerError, "Internal error",
                "the server failed on this request; the error is in its log");
        }
    }
}
