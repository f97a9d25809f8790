using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigil.Contracts;
using Vigil.Server.Auth;
using Vigil.Server.Endpoints;
using Vigil.Server.Endpoints.Reconcile;
using Vigil.Server.Endpoints.Yente;
using Vigil.Server.Http;
using Vigil.Server.Telemetry;
using Vigil.Workflows.Keys;
using Vigil.Workflows.Screening;

namespace Vigil.Server;

/// <summary>The composition root: services, middleware, the API under <c>/api/v1</c>, the probes, OpenAPI and the UI.</summary>
public static class ServerHost
{
    /// <summary>The JSON shape of the API: the contract's context (<see cref="VigilJsonContext"/>) first, snake_case names and
    /// enums, nulls left out, any script unescaped but HTML-sensitive characters escaped.</summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        // Every response shape the CLI also writes comes from the one source-generated context; the rest (problems, probes)
        // falls through to the reflection resolver with the same naming.
        options.TypeInfoResolverChain.Insert(0, VigilJsonContext.Default);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        // Escapes the HTML-sensitive characters (<, >, &, quotes) but leaves Arabic, Cyrillic, Chinese names readable.
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
    }

    /// <summary>Builds the server; <paramref name="settings"/> (e.g. from <c>vigil serve</c>) override configuration keys.</summary>
    public static WebApplication Create(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = Limits.MaxBodyBytes;
            k.AddServerHeader = false;
        });
        // Per-request information logs cost more than a search; keep warnings and errors.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.AddVigilTelemetry(); // metrics, traces, JSON logs (docs/operations.md)

        var services = builder.Services;
        services.AddSingleton(sp => ServerSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new ApiKeys(sp.GetRequiredService<ServerSettings>().Home, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<ServerSettings>();
            // Vigil:Profile overrides vigil.json's "profile" and is read once, so a bad file stops the server at start-up;
            // without it each index build reads vigil.json's, and a broken vigil.json is the live index's error, not a crash.
            var profile = settings.ProfilePath is { } path ? Workflows.Screening.ProfileFile.Load(path) : null;
            return new LiveIndex(settings.Home, sp.GetRequiredService<TimeProvider>(), profile: profile);
        });
        AddListWatcher(services);
        services.AddSingleton<SyncService>();
        services.AddHostedService(sp => sp.GetRequiredService<SyncService>());
        services.AddSingleton<Text.TextScreeners>();
        services.AddSingleton(sp => new Workflows.Alerts.AlertService(sp.GetRequiredService<ServerSettings>().Home, sp.GetRequiredService<TimeProvider>()));
        // Deferred: requests queue their screening records, the flusher writes them in batches (docs/reliability.md).
        services.AddSingleton(sp => new Workflows.Audit.ScreeningRecorder(sp.GetRequiredService<ServerSettings>().Home, sp.GetRequiredService<TimeProvider>(), deferred: true));
        services.AddHostedService<ScreeningRecordFlusher>();
        services.AddVigilAuth();
        services.AddMcpServer(o => o.ServerInfo = new() { Name = "vigil", Version = typeof(ServerHost).Assembly.GetName().Version?.ToString() ?? "0" })
            .WithHttpTransport(o => o.Stateless = true)
            .WithTools<Mcp.VigilTools>();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Vigil sanctions screening API";
                document.Info.Description =
                    "Screen names and records against the loaded sanctions lists. Every /api call needs 'Authorization: Bearer <key>' " +
                    "(vigil keys create NAME --role viewer|screener|analyst|admin); each operation names the lowest role it needs in " +
                    "x-required-role, and a key of a lower role gets 403 naming it. Roles: viewer (lists, entities) < screener (search, " +
                    "screen, text, compare) < analyst (alerts, decisions, approvals) < admin (keys, screening records); each includes " +
                    $"the ones before it. Bodies over {Limits.MaxBodyBytes / (1024 * 1024)} MiB get 413; batches over {Limits.MaxBatch} get 400.";
                return Task.CompletedTask;
            });
            o.AddOperationTransformer(RoleDocumentation.Transform);
        });

        var app = builder.Build();
        app.UseVigilRequestTelemetry(); // first: every later log line carries the request id
        app.UseMiddleware<ErrorMiddleware>();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<LoopbackHostMiddleware>(); // --no-auth: DNS rebinding
        app.UseMiddleware<SameOriginMiddleware>(); // CSRF: own origin and JSON bodies only
        app.UseMiddleware<BodyLimitMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();

        // The UI's files; /api requests skip the file lookups.
        var ui = new EmbeddedFileProvider(typeof(ServerHost).Assembly, "Vigil.Server.wwwroot");
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase), branch =>
        {
            branch.UseDefaultFiles(new DefaultFilesOptions { FileProvider = ui });
            branch.UseStaticFiles(new StaticFileOptions { FileProvider = ui });
        });

        app.MapOpenApi().AllowAnonymous();
        app.MapHealth();
        app.MapApi();
        app.MapReconcileView();
        app.MapVigilMetrics();
        app.MapMcp(McpPath).RequireRole(KeyRoles.Screener);

        var settingsNow = app.Services.GetRequiredService<ServerSettings>();
        if (settingsNow.NoAuth)
            app.Logger.LogWarning("AUTHENTICATION IS OFF (--no-auth): anyone who can reach this address can call the API. Use only on a local machine.");
        return app;
    }

    /// <summary>The watcher that keeps the live index in step with the store (<see cref="ListVersionWatcher"/>). On PostgreSQL
    /// a LISTEN on the database (<see cref="DatabaseListChangeSignal"/>) wakes it as soon as any node activates a list; on
    /// SQLite, or when another <see cref="IListChangeSignal"/> was registered before this call, that one; it polls anyway.</summary>
    internal static void AddListWatcher(IServiceCollection services)
    {
        services.TryAddSingleton<IListChangeSignal>(sp =>
            Workflows.ListChangeListener.Open(sp.GetRequiredService<ServerSettings>().Home,
                sp.GetRequiredService<ILoggerFactory>().CreateLogger<ListVersionWatcher>()) is { } listener
                ? new DatabaseListChangeSignal(listener)
                : new NoListChangeSignal());
        services.AddSingleton<IndexFreshness>();
        services.AddSingleton<StoreProbe>();
        services.AddHostedService<ListVersionWatcher>();
    }

    /// <summary>The MCP endpoint (streamable HTTP); it needs an API key like <c>/api</c>.</summary>
    public const string McpPath = "/mcp";

    /// <summary>The versioned API. Each feature adds its routes in its own <c>MapX</c>; add new ones here.</summary>
    private static void MapApi(this WebApplication app)
    {
        // Every /api call may be refused for its key; the OpenAPI document says so once for all.
        var api = app.MapGroup("/api/v1")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapScreening();
        api.MapCompare();
        api.MapEntities();
        api.MapLists();
        api.MapText();
        api.MapAlerts();
        api.MapYente();
        api.MapReconcile();
        api.MapOverview();
        api.MapJobs();
        api.MapAdmin();
    }
}
