using System.CommandLine;
using Vigil.Cli.Io;
using Vigil.Server;
using Vigil.Server.Http;
using Vigil.Workflows;
using Vigil.Workflows.Screening;
using Vigil.Workflows.Sync;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil serve [--urls URL] [--no-auth] [--sync-every 6h] [--request-budget 30s]</c>: the HTTP API and the analyst UI over the same store as the CLI.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:8080";

    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, ';'-separated (default {DefaultUrls}; http://0.0.0.0:8080 for every interface)",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var noAuth = new Option<bool>("--no-auth")
        {
            Description = "Accept API calls without a key. Loopback only: --urls must be localhost, 127.0.0.1 or [::1], and requests " +
                          "naming another Host are refused.",
        };
        var syncEvery = new Option<string?>("--sync-every")
        {
            Description = "Sync the lists (as 'vigil lists sync'), rescreen the customers and deliver webhooks at start-up and then " +
                          "this often: 6h, 30m, 90s, 1d. A failed sync is logged; the active versions stay.",
        };
        var requestBudget = new Option<string?>("--request-budget")
        {
            Description = "The time one search, batch screen or text screen may take before it is stopped and answered 503: " +
                          $"30s, 2m, 0.5s (default {ServerSettings.DefaultRequestBudget.TotalSeconds:0}s; the setting Vigil:RequestBudget)",
        };
        var logFormat = new Option<string>("--log-format")
        {
            Description = "text (default) or json: one JSON object a line on stdout, with the request id (setting Vigil:LogFormat; docs/operations.md)",
            DefaultValueFactory = _ => "text",
        };
        logFormat.AcceptOnlyFromAmong("text", "json");
        var profile = ProfileOption.Create();
        var command = new Command("serve",
            "Serve the HTTP API (/api/v1, OpenAPI at /openapi/v1.json) and the analyst UI (/). API calls need " +
            "'Authorization: Bearer KEY' (vigil keys create NAME). A list loaded while it runs is picked up without a restart.")
        {
            urls, noAuth, syncEvery, requestBudget, profile, logFormat,
        };
        command.SetAction(parse => CommandGuard.Run("serve", () =>
        {
            var home = VigilHome.FromEnvironment();
            var off = parse.GetValue(noAuth);
            var address = parse.GetValue(urls)!;
            var every = parse.GetValue(syncEvery);
            if (every is not null)
            {
                try
                {
                    SyncScheduler.ParseInterval(every);
                }
                catch (VigilException ex)
                {
                    throw new UsageException($"--sync-every: {ex.Message}");
                }
            }
            var budget = parse.GetValue(requestBudget);
            if (budget is not null)
            {
                try
                {
                    SyncScheduler.ParseInterval(budget);
                }
                catch (VigilException ex)
                {
                    throw new UsageException($"--request-budget: {ex.Message}");
                }
            }
            if (parse.GetValue(profile) is { } profileFile) ProfileFile.Load(Path.GetFullPath(profileFile)); // a bad file: one line, not a host crash
            // Without keys the only guard is that nobody else can reach the port; the Host check covers DNS rebinding.
            if (off && !LoopbackHost.AllLoopback(address, out var exposed))
                throw new UsageException($"--no-auth: refuses to listen on '{exposed}'; without API keys only loopback is allowed (localhost, 127.0.0.1, [::1])");
            PortCheck.EnsureFree(address); // one line, before the host would log its stack trace
            if (off)
            {
                Console.Error.WriteLine("""
                    ********************************************************************************
                    *  WARNING: --no-auth: API KEYS ARE NOT CHECKED. Anyone who can reach this     *
                    *  address can screen names and read the lists. Use it on a local machine only. *
                    ********************************************************************************
                    """);
            }
            var app = ServerHost.Create([], new Dictionary<string, string?>
            {
                ["urls"] = address,
                [ServerSettings.HomeKey] = home.Directory,
                [ServerSettings.DatabaseKey] = home.DatabaseUrl, // VIGIL_DB
                [ServerSettings.NoAuthKey] = off ? "true" : "false",
                [ServerSettings.SyncEveryKey] = every,
                [ServerSettings.RequestBudgetKey] = budget,
                [ServerSettings.ProfileKey] = parse.GetValue(profile) is { } file ? Path.GetFullPath(file) : null,
                [Server.Telemetry.TelemetrySetup.LogFormatKey] = parse.GetValue(logFormat),
            });
            var database = home.StoreLocation() is { } url ? Vigil.Store.Postgres.PostgresStore.Describe(url) : home.DatabasePath;
            Console.Error.WriteLine($"vigil serve: home {home.Directory}, database {database}; UI and API on {address}" +
                                    (every is null ? "" : $"; lists synced every {every}") + " (Ctrl+C stops)");
            try
            {
                app.Run();
            }
            catch (IOException ex)
            {
                throw new VigilException($"--urls: cannot listen on {address}: {ex.Message}", ex);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
