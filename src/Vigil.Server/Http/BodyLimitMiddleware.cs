using Microsoft.AspNetCore.Http;

namespace Vigil.Server.Http;

/// <summary>
/// Refuses bodies over <see cref="Limits.MaxBodyBytes"/> with 413: at once when Content-Length says so, else while the
/// body is read. Kestrel enforces the same limit itself; this makes it hold under every host (the test server too).
/// </summary>
internal sealed class BodyLimitMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength is { } length)
        {
            if (length > Limits.MaxBodyBytes)
                return Problems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Request body too large",
                    $"body: {length:N0} bytes is larger than the limit of {Limits.MaxBodyBytes:N0} bytes ({Limits.MaxBodyBytes / (1024 * 1024)} MiB)");
        }
        else if (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method))
        {
            request.Body = new LimitedReadStream(request.Body, Limits.MaxBodyBytes);
        }
        return next(context);
    }
}
