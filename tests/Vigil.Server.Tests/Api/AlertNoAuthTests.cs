using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Server.Tests.Support;
using Vigil.Tests.Shared;
using Vigil.Workflows;
using Vigil.Workflows.Pipeline;

namespace Vigil.Server.Tests.Api;

/// <summary>With <c>--no-auth</c> there is no key to name the reviewer: decisions are recorded as made by <c>local</c>.</summary>
public sealed class AlertNoAuthTests : IDisposable
{
    private readonly TempDirectory _home = new();

    public void Dispose() => _home.Dispose();

    [Fact]
    public async Task A_decision_without_auth_is_recorded_as_made_by_local()
    {
        var home = new VigilHome(_home.Path);
        new LoadList(home, TimeProvider.System).Run("ofac-cons", Fixtures.ConsV2);
        File.WriteAllText(_home.File("c.csv"), "id,name,type\nc1,Veldrakos Maritime Holdings,organization\n");
        new UpdatePipeline(home, TimeProvider.System).ImportCustomers(_home.File("c.csv"));
        using var factory = new ApiFactory(_home.Path, noAuth: true);
        using var client = factory.Client(null);
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/alerts?state=open")).RootElement.GetProperty("alerts");
        var id = Assert.Single(list.EnumerateArray()).GetProperty("id").GetInt64();

        var response = await client.PostAsJsonAsync($"/api/v1/alerts/{id}/decision", new { @as = "true-match", reason = "same company" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("true_match", body.GetProperty("alert").GetProperty("state").GetString());
        Assert.Equal("local", body.GetProperty("history").EnumerateArray().Last().GetProperty("reviewer").GetString());
    }
}
