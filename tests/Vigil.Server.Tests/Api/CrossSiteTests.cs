using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vigil.Server.Tests.Support;
using Vigil.Tests.Shared;
using Vigil.Workflows;
using Vigil.Workflows.Pipeline;

namespace Vigil.Server.Tests.Api;

/// <summary>Under <c>--no-auth</c> a page elsewhere cannot record a decision: no form or text bodies (415), no foreign Origin
/// (403), no foreign Host from DNS rebinding (403); the same-origin JSON call the UI makes still works.</summary>
public sealed class CrossSiteTests : IDisposable
{
    private readonly TempDirectory _home = new();

    public void Dispose() => _home.Dispose();

    private async Task<(ApiFactory Factory, HttpClient Client, long Alert)> OneOpenAlert()
    {
        var home = new VigilHome(_home.Path);
        new LoadList(home, TimeProvider.System).Run("ofac-cons", Fixtures.ConsV2);
        File.WriteAllText(_home.File("c.csv"), "id,name,type\nc1,Veldrakos Maritime Holdings,organization\n");
        new UpdatePipeline(home, TimeProvider.System).ImportCustomers(_home.File("c.csv"));
        var factory = new ApiFactory(_home.Path, noAuth: true);
        var client = factory.Client(null);
        var open = await OpenAlerts(client);
        return (factory, client, Assert.Single(open));
    }

    private static async Task<List<long>> OpenAlerts(HttpClient client) =>
        [.. JsonDocument.Parse(await client.GetStringAsync("/api/v1/alerts?state=open")).RootElement.GetProperty("alerts")
            .EnumerateArray().Select(a => a.GetProperty("id").GetInt64())];

    private static async Task<string> Detail(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
    }

    [Fact]
    public async Task A_form_encoded_decision_gets_415_naming_content_type_and_records_nothing()
    {
        var (factory, client, alert) = await OneOpenAlert();
        using (factory)
        using (client)
        {
            using var form = new FormUrlEncodedContent([new("as", "false_positive"), new("reason", "forged")]);
            var response = await client.PostAsync($"/api/v1/alerts/{alert}/decision", form);

            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
            Assert.StartsWith("Content-Type:", await Detail(response), StringComparison.Ordinal);
            using var text = new StringContent("""{"as":"false_positive","reason":"forged"}""", Encoding.UTF8, "text/plain");
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await client.PostAsync($"/api/v1/alerts/{alert}/decision", text)).StatusCode);
            Assert.Equal([alert], await OpenAlerts(client));
        }
    }

    [Fact]
    public async Task A_json_decision_from_a_foreign_origin_gets_403_and_records_nothing()
    {
        var (factory, client, alert) = await OneOpenAlert();
        using (factory)
        using (client)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/alerts/{alert}/decision")
            {
                Content = JsonContent.Create(new { @as = "false_positive", reason = "forged" }),
            };
            request.Headers.Add("Origin", "http://evil.example");
            var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.StartsWith("Origin: 'http://evil.example'", await Detail(response), StringComparison.Ordinal);
            Assert.Equal([alert], await OpenAlerts(client));
        }
    }

    [Fact]
    public async Task A_request_naming_a_foreign_host_under_no_auth_gets_403()
    {
        var (factory, client, alert) = await OneOpenAlert();
        using (factory)
        using (client)
        {
            // A rebinding page's requests carry its own name as Host, even though they reach 127.0.0.1.
            var read = await client.GetAsync("http://evil.example/api/v1/alerts?state=open");
            Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
            Assert.StartsWith("Host: 'evil.example'", await Detail(read), StringComparison.Ordinal);
            var write = await client.PostAsJsonAsync($"http://evil.example/api/v1/alerts/{alert}/decision", new { @as = "false_positive", reason = "forged" });
            Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("http://evil.example/")).StatusCode); // the UI too
            Assert.Equal([alert], await OpenAlerts(client));
        }
    }

    [Fact]
    public async Task A_json_decision_from_the_servers_own_origin_is_recorded()
    {
        var (factory, client, alert) = await OneOpenAlert();
        using (factory)
        using (client)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/alerts/{alert}/decision")
            {
                Content = JsonContent.Create(new { @as = "false_positive", reason = "different company" }),
            };
            request.Headers.Add("Origin", "http://localhost");
            var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Empty(await OpenAlerts(client));
        }
    }
}
