using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Vigil.Server.Telemetry;

/// <summary>Gives every request an id (the caller's <c>X-Request-Id</c> when it is a short token, else a new one), returns it
/// as <c>X-Request-Id</c>, carries it in the log scope (<c>request_id</c>) and on the trace, and counts successful screenings.</summary>
/// <remarks>Success is logged at Debug (per-request information logs cost more than a search); a 5xx answer at Warning.</remarks>
internal sealed class RequestTelemetryMiddleware(RequestDelegate next, VigilMetrics metrics, ILogger<RequestTelemetryMiddleware> logger)
{
    /// <summary>The request and response header.</summary>
    public const string Header = "X-Request-Id";

    private const int MaxIdLength = 64;

    /// <summary>Endpoint names (<c>WithName</c>) that screen, and the kind each is counted as.</summary>
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["Search"] = "search",
        ["Screen"] = "screen",
        ["ScreenText"] = "text",
        ["YenteMatch"] = "match",
        ["ReconcilePost"] = "match",
    };

    public async Task InvokeAsync(HttpContext context)
    {
        var id = Accept(context.Request.Headers[Header].ToString()) ?? Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
        context.TraceIdentifier = id;
        context.Response.Headers[Header] = id;
        Activity.Current?.SetTag("vigil.request_id", id);
        var started = Stopwatch.GetTimestamp();
        using (logger.BeginScope(new Dictionary<string, object> { ["request_id"] = id }))
        {
            await next(context);
            var status = context.Response.StatusCode;
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (status >= 500)
                logger.LogWarning("{Method} {Path} answered {Status} in {Elapsed:0.0} ms", context.Request.Method, context.Request.Path.Value, status, ms);
            else
                logger.LogDebug("{Method} {Path} answered {Status} in {Elapsed:0.0} ms", context.Request.Method, context.Request.Path.Value, status, ms);
            if (status is >= 200 and < 300
                && context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>() is { } name
                && Kinds.TryGetValue(name.EndpointName, out var kind))
                metrics.Screened(kind);
        }
    }

    /// <summary>The caller's id when it is 1-64 letters, digits, '-', '_' or '.'; anything else could forge log lines.</summary>
    private static string? Accept(string value)
    {
        if (value.Length is 0 or > MaxIdLength) return null;
        foreach (var c in value)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')) return null;
        return value;
    }
}
