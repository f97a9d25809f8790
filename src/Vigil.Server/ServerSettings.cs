using Microsoft.Extensions.Configuration;
using Vigil.Workflows;

namespace Vigil.Server;

/// <summary>What the server needs to know: where the store is, whether API keys are required, how often to sync the lists.</summary>
/// <param name="Home">The VIGIL_HOME to serve.</param>
/// <param name="NoAuth">Accept <c>/api</c> calls without a key (local use only).</param>
/// <param name="SyncEvery">Sync the lists, rescreen the customers and deliver webhooks at start-up and then this often; null: never.</param>
/// <param name="ProfilePath">A scoring profile file (<see cref="Workflows.Screening.ProfileFile"/>) overriding the one
/// <c>vigil.json</c> names; null: that one, else the shipped profile.</param>
public sealed record ServerSettings(VigilHome Home, bool NoAuth, TimeSpan? SyncEvery = null, string? ProfilePath = null)
{
    public const string HomeKey = "Vigil:Home";
    public const string NoAuthKey = "Vigil:NoAuth";
    public const string SyncEveryKey = "Vigil:SyncEvery";
    public const string ProfileKey = "Vigil:Profile";

    /// <summary>Reads <see cref="HomeKey"/>, <see cref="NoAuthKey"/>, <see cref="SyncEveryKey"/> (<c>6h</c>, <c>30m</c>, ...) and <see cref="ProfileKey"/>;
    /// without a home, <c>$VIGIL_HOME</c> as the CLI does.</summary>
    /// <exception cref="VigilException">The sync interval is not one.</exception>
    public static ServerSettings From(IConfiguration configuration)
    {
        var home = configuration[HomeKey] is { Length: > 0 } dir ? new VigilHome(Path.GetFullPath(dir)) : VigilHome.FromEnvironment();
        var every = configuration[SyncEveryKey] is { Length: > 0 } text ? Workflows.Sync.SyncScheduler.ParseInterval(text) : (TimeSpan?)null;
        var profile = configuration[ProfileKey] is { Length: > 0 } file ? Path.GetFullPath(file) : null;
        return new ServerSettings(home, configuration.GetValue<bool>(NoAuthKey), every, profile);
    }
}
