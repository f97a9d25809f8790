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
/// <param name="ListPoll">How often the store's active list versions are compared with the served index's (a list loaded
/// by another process or another node is picked up within about this long); null: <see cref="DefaultListPoll"/>.</param>
public sealed record ServerSettings(VigilHome Home, bool NoAuth, TimeSpan? SyncEvery = null, string? ProfilePath = null, TimeSpan? Budget = null,
    TimeSpan? ListPoll = null)
{
    /// <summary>The default request budget: 10 s, some hundred times what a full batch of 1,000 records takes.</summary>
    public static readonly TimeSpan DefaultRequestBudget = TimeSpan.FromSeconds(10);

    public const string HomeKey = "Vigil:Home";

    /// <summary>The PostgreSQL database of the home (a URL or connection string); unset means <c>$VIGIL_DB</c>, then <c>vigil.json</c>, then SQLite.</summary>
    public const string DatabaseKey = "Vigil:Database";
    public const string NoAuthKey = "Vigil:NoAuth";
    public const string SyncEveryKey = "Vigil:SyncEvery";
    public const string ProfileKey = "Vigil:Profile";
    public const string RequestBudgetKey = "Vigil:RequestBudget";
    public const string ListPollKey = "Vigil:ListPollSeconds";

    /// <summary>The environment variable read for the list poll interval when <see cref="ListPollKey"/> is not set.</summary>
    public const string ListPollVariable = "VIGIL_LIST_POLL";

    /// <summary>The default list poll interval: 2 s, one small query per node (the active versions), so a list loaded
    /// anywhere reaches every node within seconds.</summary>
    public static readonly TimeSpan DefaultListPoll = TimeSpan.FromSeconds(2);

    /// <summary>How often the watcher reads the store's active versions (<see cref="ListPoll"/> or the default).</summary>
    public TimeSpan ListPollInterval => ListPoll ?? DefaultListPoll;

    /// <summary>The time one search, batch screen or text screen may take (<see cref="Budget"/> or the default).</summary>
    public TimeSpan RequestBudget => Budget ?? DefaultRequestBudget;

    /// <summary>Reads <see cref="HomeKey"/> (with <see cref="DatabaseKey"/>), <see cref="NoAuthKey"/>, <see cref="SyncEveryKey"/> (<c>6h</c>, <c>30m</c>, ...),
    /// <see cref="ProfileKey"/>, <see cref="RequestBudgetKey"/> (<c>10s</c>, <c>1m</c>, ...) and <see cref="ListPollKey"/> (seconds,
    /// else <c>$VIGIL_LIST_POLL</c>); without a home, <c>$VIGIL_HOME</c> as the CLI does.</summary>
    /// <exception cref="VigilException">The sync interval or the request budget is not an interval, the list poll is not a
    /// number of seconds from 0.1 to 3600, or <c>vigil.json</c> cannot be read to choose the database.</exception>
    public static ServerSettings From(IConfiguration configuration)
    {
        // A home given by path keeps the database the environment names (VIGIL_DB), as the CLI's home does: without it,
        // `vigil serve` on a PostgreSQL deployment would quietly open a SQLite file of its own.
        var home = configuration[HomeKey] is { Length: > 0 } dir
            ? new VigilHome(Path.GetFullPath(dir)) { DatabaseUrl = configuration[DatabaseKey] is { Length: > 0 } db ? db : VigilHome.DatabaseFromEnvironment() }
            : VigilHome.FromEnvironment();
        var every = configuration[SyncEveryKey] is { Length: > 0 } text ? Workflows.Sync.SyncScheduler.ParseInterval(text) : (TimeSpan?)null;
        var profile = configuration[ProfileKey] is { Length: > 0 } file ? Path.GetFullPath(file) : null;
        var budget = configuration[RequestBudgetKey] is { Length: > 0 } limit ? Workflows.Sync.SyncScheduler.ParseInterval(limit) : (TimeSpan?)null;
        var poll = configuration[ListPollKey] is { Length: > 0 } seconds ? Seconds(ListPollKey, seconds)
            : Environment.GetEnvironmentVariable(ListPollVariable) is { Length: > 0 } variable ? Seconds(ListPollVariable, variable)
            : (TimeSpan?)null;
        home.StoreLocation(); // the database is chosen now, once: a broken vigil.json stops the start with its name, not every request later
        return new ServerSettings(home, configuration.GetValue<bool>(NoAuthKey), every, profile, budget, poll);
    }

    private static TimeSpan Seconds(string name, string text) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var s) && s is >= 0.1 and <= 3600
            ? TimeSpan.FromSeconds(s)
            : throw new VigilException($"{name}: '{text}' is not a number of seconds from 0.1 to 3600 (how often the active list versions are checked)");
}
