using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Api;

/// <summary>Issue 13, finding 3: a request that outlasts the server's request budget (<c>Vigil:RequestBudget</c>) is
/// stopped and answered 503 naming the budget; the server keeps serving.</summary>
[Collection(LoadedHomeCollection.Name)]
public sealed class RequestBudgetTests(LoadedHome home)
{
    [Fact]
    public async Task With_a_budget_of_a_microsecond_search_screen_and_text_answer_503_naming_the_budget()
    {
        await using var factory = home.Factory.WithWebHostBuilder(b => b.UseSetting(ServerSettings.RequestBudgetKey, "0.000001s"));
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", home.Key);
        await Wait.UntilAsync(async () => (await client.GetAsync("/readyz")).IsSuccessStatusCode, TimeSpan.FromMinutes(2), "the index to be built");

        var answers = new[]
        {
            await client.GetAsync("/api/v1/search?name=Nicolas%20Maduro"),
            await client.PostAsJsonAsync("/api/v1/screen", Enumerable.Repeat(new { name = "Nicolas Maduro" }, 200).ToArray()),
            await client.PostAsJsonAsync("/api/v1/screen/text", new { text = "Nicolas Maduro Moros met officials of CEIEC in Caracas." }),
        };

        foreach (var response in answers)
        {
            var problem = await Problem.ReadAsync(response, HttpStatusCode.ServiceUnavailable);
            Assert.Contains(ServerSettings.RequestBudgetKey, Problem.Detail(problem), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.OK, (await home.Factory.Client(home.Key).GetAsync("/api/v1/search?name=CEIEC")).StatusCode);
    }
}
