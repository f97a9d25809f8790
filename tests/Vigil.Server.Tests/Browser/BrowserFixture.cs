using Microsoft.Playwright;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Browser;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, installed by <c>.ci/run</c>) driven by Playwright, headless, against the
/// server on a real Kestrel port over the shared loaded home. Playwright's own browser download is never used.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public KestrelServer Server { get; private set; } = null!;

    /// <summary>Where screenshots go: <c>screenshots/</c> in the test output folder.</summary>
    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    internal LoadedHome Home { get; set; } = null!;

    public async Task InitializeAsync() => (_playwright, Browser) = await LaunchAsync();

    /// <summary>Playwright driving Debian's Chromium, headless (never Playwright's own browser download); the caller disposes both.</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing; install Debian's chromium (apt-get install chromium), as .ci/run does");
        var playwright = await Playwright.CreateAsync();
        return (playwright, await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true }));
    }

    /// <summary>A browser context on <paramref name="server"/> as every UI test uses one: 1280×900, 60 s timeouts.</summary>
    public static async Task<IBrowserContext> NewContextAsync(IBrowser browser, KestrelServer server, bool acceptDownloads = false)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = acceptDownloads,
        });
        context.SetDefaultTimeout(60_000);
        return context;
    }

    /// <summary>Starts the Kestrel server over <paramref name="home"/> once.</summary>
    public async Task<KestrelServer> ServerFor(LoadedHome home)
    {
        Server ??= await KestrelServer.StartAsync(home.Home);
        return Server;
    }

    public async Task DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
