using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Vigil.Server.Tests.Support;
using Vigil.Tests.Shared;
using Vigil.Workflows;

namespace Vigil.Server.Tests.Screening;

/// <summary><c>Vigil:Profile</c> makes the server score with a profile file (a tuning run), as <c>--profile</c> does the CLI.</summary>
public sealed class ProfileSettingTests
{
    /// <summary>A typo of the fixture's QUILLMORE SHIPPING &amp; LOGISTICS: an alert under the shipped profile, below 0.99.</summary>
    private const string Typo = "QUILLMOR SHIPPING LOGISTICS";

    private static async Task<int> MatchesAsync(string home, string? profile)
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting(ServerSettings.HomeKey, home);
            builder.UseSetting(ServerSettings.NoAuthKey, "true");
            if (profile is not null) builder.UseSetting(ServerSettings.ProfileKey, profile);
            builder.UseContentRoot(AppContext.BaseDirectory);
        });
        using var client = factory.CreateClient();
        await Wait.UntilAsync(async () => (await client.GetAsync("/readyz")).IsSuccessStatusCode, TimeSpan.FromMinutes(2), "the index to be built");
        var response = await client.GetAsync($"/api/v1/search?name={Uri.EscapeDataString(Typo)}");
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("matches").GetArrayLength();
    }

    [Fact]
    public async Task A_profile_with_a_raised_alert_threshold_changes_what_the_search_endpoint_lists()
    {
        using var home = new TempDirectory();
        new LoadList(new VigilHome(home.Path), TimeProvider.System).Run("ofac-cons", Fixtures.ConsV1);
        File.WriteAllText(home.File("raised.json"), """{ "name": "tuned", "version": "2", "alert_threshold": 0.99 }""");

        Assert.NotEqual(0, await MatchesAsync(home.Path, null));
        Assert.Equal(0, await MatchesAsync(home.Path, home.File("raised.json")));
    }
}
