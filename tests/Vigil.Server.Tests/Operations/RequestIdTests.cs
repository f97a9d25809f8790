using Vigil.Server.Telemetry;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Operations;

/// <summary>Every answer carries an <c>X-Request-Id</c>: the caller's when it is a plain token, else a fresh one.</summary>
public sealed class RequestIdTests
{
    [Fact]
    public async Task Every_answer_carries_a_request_id_and_a_plain_caller_id_is_kept_but_a_forged_one_is_replaced()
    {
        using var home = new OperationsHome();
        await using var factory = new ApiFactory(home.Home);
        using var client = factory.CreateClient();

        var first = (await client.GetAsync("/healthz")).Headers.GetValues(RequestTelemetryMiddleware.Header).Single();
        var second = (await client.GetAsync("/healthz")).Headers.GetValues(RequestTelemetryMiddleware.Header).Single();
        Assert.Matches("^[0-9a-f]{32}$", first);
        Assert.NotEqual(first, second);

        using var own = new HttpRequestMessage(HttpMethod.Get, "/api/v1/lists"); // refused for its missing key: still an id
        own.Headers.Add(RequestTelemetryMiddleware.Header, "batch-7.row_12");
        Assert.Equal("batch-7.row_12", (await client.SendAsync(own)).Headers.GetValues(RequestTelemetryMiddleware.Header).Single());

        using var forged = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        forged.Headers.TryAddWithoutValidation(RequestTelemetryMiddleware.Header, "x\" level=error msg=forged");
        Assert.Matches("^[0-9a-f]{32}$", (await client.SendAsync(forged)).Headers.GetValues(RequestTelemetryMiddleware.Header).Single());
    }
}
