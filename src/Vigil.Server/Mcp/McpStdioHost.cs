using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigil.Workflows;
using Vigil.Workflows.Screening;

namespace Vigil.Server.Mcp;

/// <summary><c>vigil mcp</c>: the MCP tools over stdin/stdout for an assistant that starts Vigil as its child process.</summary>
/// <remarks>stdout carries only the protocol; every log line goes to stderr. The index follows the store as under
/// <c>vigil serve</c>: a list loaded meanwhile is picked up.</remarks>
public static class McpStdioHost
{
    /// <summary>Builds the host over <paramref name="home"/>; run it with <c>RunAsync</c>, it ends when stdin closes.</summary>
    public static IHost Create(VigilHome home, string? profilePath = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var services = builder.Services;
        services.AddSingleton(new ServerSettings(home, NoAuth: false, ProfilePath: profilePath));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new LiveIndex(home, sp.GetRequiredService<TimeProvider>(),
            profile: profilePath is null ? null : ProfileFile.Load(profilePath)));
        ServerHost.AddListWatcher(services);
        services.AddMcpServer(o => o.ServerInfo = new() { Name = "vigil", Version = typeof(McpStdioHost).Assembly.GetName().Version?.ToString() ?? "0" })
            .WithStdioServerTransport()
            .WithTools<VigilTools>();
        return builder.Build();
    }
}
