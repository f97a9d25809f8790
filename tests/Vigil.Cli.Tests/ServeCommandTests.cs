using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests;

/// <summary><c>vigil serve</c> as a real process on a loopback port: it answers, checks keys, and warns about <c>--no-auth</c>.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempDirectory _home = new();

    public void Dispose() => _home.Dispose();

    [Fact]
    public async Task Serve_answers_probes_and_refuses_api_calls_without_a_key()
    {
        var key = VigilRunner.Run(_home.Path, "keys", "create", "serve-test").Stdout.Trim();
        await using var server = await ServedVigil.StartAsync(_home.Path);
        using var client = new HttpClient { BaseAddress = server.Address };

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("readyz")).StatusCode); // nothing loaded
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("api/v1/lists")).StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/lists");
        request.Headers.Authorization = new("Bearer", key);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Serve_with_no_auth_says_so_loudly_and_accepts_calls_without_a_key()
    {
        await using var server = await ServedVigil.StartAsync(_home.Path, "--no-auth");
        using var client = new HttpClient { BaseAddress = server.Address };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("api/v1/lists")).StatusCode);
        Assert.Contains("WARNING: --no-auth", server.Stderr);
    }

    [Fact]
    public async Task Serve_uses_VIGIL_DB_and_answers_503_with_retry_after_naming_the_database_but_not_the_password_while_it_is_unreachable()
    {
        var closed = Loopback.FreePort(); // nothing listens there: connection refused, as when PostgreSQL is down
        await using var server = await ServedVigil.StartAsync(_home.Path,
            new Dictionary<string, string> { ["VIGIL_DB"] = $"postgresql://vigil:s3cret-pw@127.0.0.1:{closed}/vigil" }, "--no-auth");
        using var client = new HttpClient { BaseAddress = server.Address };

        foreach (var path in (string[])["readyz", "api/v1/lists"])
        {
            var response = await client.GetAsync(path);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{path}: {(int)response.StatusCode} {text}");
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"{path}: Retry-After: {response.Headers.RetryAfter}");
            Assert.Contains("\"title\":\"Store unavailable\"", text, StringComparison.Ordinal);
            Assert.Contains($"store: postgresql://127.0.0.1:{closed}/vigil: ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("s3cret-pw", text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("s3cret-pw", server.Stdout + server.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_home.Path, "vigil.db")), "served SQLite instead of VIGIL_DB");
    }

    [Fact]
    public void Serve_on_an_address_in_use_fails_with_exit_1_naming_urls()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var result = VigilRunner.Run(_home.Path, "serve", "--urls", $"http://127.0.0.1:{port}");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--urls", result.Stderr);
        // Issue 13, finding 8: one line naming the port, no host log with a stack trace.
        Assert.Equal($"vigil serve: --urls: cannot listen on http://127.0.0.1:{port}: port {port} is already in use " +
                     "(another 'vigil serve'?); stop it or choose another port", result.Stderr.Trim());
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_budget_that_is_not_an_interval_is_a_usage_error()
    {
        var result = VigilRunner.Run(_home.Path, "serve", "--request-budget", "soon", "--urls", $"http://127.0.0.1:{Loopback.FreePort()}");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--request-budget: 'soon' is not an interval", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:{0}")]
    [InlineData("http://127.0.0.1:{0};http://*:{0}")]
    public void Serve_with_no_auth_refuses_to_listen_beyond_loopback_with_exit_2(string urls)
    {
        var address = string.Format(System.Globalization.CultureInfo.InvariantCulture, urls, Loopback.FreePort());
        var result = VigilRunner.Run(_home.Path, "serve", "--no-auth", "--urls", address);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--no-auth: refuses to listen on 'http", result.Stderr);
        Assert.DoesNotContain("WARNING", result.Stderr); // refused before anything starts
    }

    [Fact]
    public void Serve_with_a_bad_sync_interval_is_a_usage_error_naming_the_option()
    {
        var result = VigilRunner.Run(_home.Path, "serve", "--sync-every", "6x");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--sync-every: '6x'", result.Stderr);
    }
}
