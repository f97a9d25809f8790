using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigil.Workflows.Screening;

namespace Vigil.Server;

/// <summary>Starts the <see cref="LiveIndex"/> with the host (the first index builds in the background) and logs each swap.</summary>
internal sealed class LiveIndexService(LiveIndex index, ServerSettings settings, ILogger<LiveIndexService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        index.Swapped += snapshot => logger.LogInformation(
            "index ready: {Entities} entities from {Versions} (store {Home})",
            snapshot.Screener.Index.Entities.Count, snapshot.Key, settings.Home.Directory);
        index.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
