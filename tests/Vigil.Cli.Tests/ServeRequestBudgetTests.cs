using System.Net;
using System.Text;
using Vigil.Cli.Tests.Support;

namespace Vigil.Cli.Tests;

/// <summary><c>vigil serve --request-budget</c> sets the server's request budget (<c>Vigil:RequestBudget</c>): a batch that
/// outlasts it gets 503 naming the budget; the default budget lets the same batch through.</summary>
[Collection(LoadedListsCollection.Name)]
public sealed class ServeRequestBudgetTests(LoadedHomes homes)
{
    private static StringContent Batch()
    {
        var records = string.Join(",", Enumerable.Range(0, 300).Select(i => $$"""{"id":"r{{i}}","name":"Nicolas Maduro Moros {{i}}","type":"person"}"""));
        return new StringContent($"[{records}]", Encoding.UTF8, "application/json");
    }

    /// <summary>Waits for /readyz: before the index is built every screening call gets 503 too, for another reason.</summary>
    private static async Task Ready(HttpClient client)
    {
        var until = DateTime.UtcNow.AddMinutes(2);
        while (!(await client.GetAsync("readyz")).IsSuccessStatusCode)
        {
            Assert.True(DateTime.UtcNow < until, "the server's index was not ready within 2 minutes");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task A_batch_over_the_request_budget_given_on_the_command_line_gets_503_naming_it()
    {
        await using var tight = await ServedVigil.StartAsync(homes.Current, "--no-auth", "--request-budget", "0.001s");
        using var client = new HttpClient { BaseAddress = tight.Address };
        await Ready(client);

        var response = await client.PostAsync("api/v1/screen", Batch());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("budget of 0.001 s (Vigil:RequestBudget)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_batch_under_the_default_budget_is_screened()
    {
        await using var server = await ServedVigil.StartAsync(homes.Current, "--no-auth");
        using var client = new HttpClient { BaseAddress = server.Address };
        await Ready(client);

        var response = await client.PostAsync("api/v1/screen", Batch());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
