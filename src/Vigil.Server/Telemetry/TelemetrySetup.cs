using Vigil.Contracts;
using Vigil.Server.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Vigil.Server.Telemetry;

/// <summary>Wires metrics, traces, JSON logs and the request id into the host; see docs/operations.md.</summary>
public static class TelemetrySetup
{
    /// <summary><c>json</c> writes one JSON object a log line (with scopes: the request id); anything else the default text.</summary>
    public const string LogFormatKey = "Vigil:LogFormat";

    /// <summary><c>true</c>: <c>/metrics</c> needs an API key like <c>/api</c>; default open (a scraper has no key).</summary>
    public const string MetricsRequireKeyKey = "Vigil:Metrics:RequireKey";

    /// <summary>The Prometheus scrape path.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>Adds the logging format, the meters and tracing (exported over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set).</summary>
    public static void AddVigilTelemetry(this WebApplicationBuilder builder)
    {
        if (string.Equals(builder.Configuration[LogFormatKey], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
            // One line per entry: a log shipper reads stdout line by line.
            builder.Services.Configure<ConsoleLoggerOptions>(o => o.FormatterName = ConsoleFormatterNames.Json);
        }

        var services = builder.Services;
        services.AddSingleton(sp =>
        {
            try
            {
                return ListAgeLimits.Load(sp.GetRequiredService<ServerSettings>().Home);
            }
            catch (Workflows.VigilException ex)
            {
                // A broken vigil.json must not stop the server (the index build reports it too); without limits nothing is stale.
                sp.GetRequiredService<ILogger<ListAgeLimits>>().LogError("list age limits ignored: {Error}", ex.Message);
                return ListAgeLimits.None;
            }
        });
        services.AddSingleton<VigilMetrics>();
        services.AddOperationsToOpenApi();
        var otel = services.AddOpenTelemetry();
        otel.WithMetrics(m => m
            .AddMeter(VigilMetrics.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter());
        otel.WithTracing(t =>
        {
            t.AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments(MetricsPath));
            if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) t.AddOtlpExporter();
        });
    }

    /// <summary>The request-id middleware; put it first so every later log line carries the id.</summary>
    public static void UseVigilRequestTelemetry(this WebApplication app)
    {
        // The instruments register on first use; resolve them now so the gauges exist before the first scrape.
        app.Services.GetRequiredService<VigilMetrics>();
        app.UseMiddleware<RequestTelemetryMiddleware>();
    }

    /// <summary>Maps <c>GET /metrics</c> (Prometheus text format): open, or behind the viewer role when
    /// <see cref="MetricsRequireKeyKey"/> is set.</summary>
    public static void MapVigilMetrics(this WebApplication app)
    {
        var endpoint = app.MapPrometheusScrapingEndpoint(MetricsPath);
        if (MetricsRequireKey(app.Configuration)) endpoint.RequireRole(KeyRoles.Viewer);
        else endpoint.AllowAnonymous();
    }

    /// <summary>Whether <c>/metrics</c> must carry an API key (<see cref="MetricsRequireKeyKey"/>).</summary>
    public static bool MetricsRequireKey(IConfiguration configuration) => configuration.GetValue<bool>(MetricsRequireKeyKey);

    /// <summary>True for the scrape path.</summary>
    public static bool IsMetrics(HttpRequest request) => request.Path.StartsWithSegments(MetricsPath, StringComparison.OrdinalIgnoreCase);
}
