using Microsoft.Extensions.Configuration;
using Vigil.Workflows;

namespace Vigil.Server;

/// <summary>What the server needs to know: where the store is, whether API keys are required, how often to sync the lists.</summary>
/// <param name="Home">The VIGIL_HOME to serve.</param>
/// <param name="NoAuth">Accept <c>/api</c> calls without a key (local use only).</param>
/// <param name="SyncEvery">Sync the lists, rescreen the customers and deliver webhooks at start-up and then this often; null: never.</param>
/// <param name="ProfilePath">A scoring profile file (<see cref="Workflows.Screening.ProfileFile"/>) overriding the one
/// <c>vigil.json</c> names; null: that one, else the shipped profile.</param>
/// <param name="Budget">The time one search, batch screen or text screen may take before it is stopped and answered 503;
/// null: <see cref="DefaultRequestBudget"/>.</param>
public sealed record ServerSettings(VigilHome Home, bool NoAuth, TimeSpan? SyncEvery = null, string? ProfilePath = null, TimeSpan? Budget = null)
{
    /// <summary>The default request budget: 10 s, some hundred times what a full batch of 1,000 records takes.</summary>
    public static readonly TimeSpan DefaultRequestBudget = TimeSpan.FromSeconds(10);

    public const string HomeKey = "Vigil:Home";
    public const string NoAuthKey = "Vigil:NoAuth";
    public const string SyncEveryKey = "Vigil:SyncEvery";
    public const string ProfileKey = "Vigil:Profile";
    public const string RequestBudgetKey = "Vigil:RequestBudget";

    /// <summary>The time one search, batch screen or text screen may take (<see cref="Budget"/> or the default).</summary>
    public TimeSpan RequestBudget => Budget ?? DefaultRequestBudget;

    /// <summary>Reads <see cref="HomeKey"/>, <see cref="NoAuthKey"/>, <see cref="SyncEveryKey"/> (<c>6h</c>, <c>30m</c>, ...),
    /// <see cref="ProfileKey"/> and <see cref="RequestBudgetKey"/> (<c>10s</c>, <c>1m</c>, ...);
    /// without a home, <c>$VIGIL_HOME</c> as the CLI does.</summary>
    /// <exception cref="VigilException">The sync interval or the request budget is not an interval.</exception>
    public static ServerSettings From(IConfiguration configuration)
    {
        var home = configuration[HomeKey] is { Length: > 0 } dir ? new VigilHome(Path.GetFullPath(dir)) : VigilHome.FromEnvironment();
        var every = configuration[SyncEveryKey] is { Length: > 0 } text ? Workflows.Sync.SyncScheduler.ParseInterval(text) : (TimeSpan?)null;
        var profile = configuration[ProfileKey] is { Length: > 0 } file ? Path.GetFullPath(file) : null;
        var budget = configuration[RequestBudgetKey] is { Length: > 0 } limit ? Workflows.Sync.SyncScheduler.ParseInterval(limit) : (TimeSpan?)null;
        return new ServerSettings(home, configuration.GetValue<bool>(NoAuthKey), every, profile, budget);
    }
}
