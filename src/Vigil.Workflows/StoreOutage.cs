using Vigil.Store.Postgres;

namespace Vigil.Workflows;

/// <summary>
/// Tells a store outage (the database down, unreachable, shutting down, out of connections, or a SQLite file locked beyond
/// the busy timeout) from any other failure, so a front end can answer "try again later" (HTTP 503) instead of blaming
/// the request or itself.
/// </summary>
/// <remarks>
/// The driver errors that count are the store's to know (<see cref="Store.StoreFailures.OutageCause"/>); Vigil's own
/// <c>cannot open the database</c> error (<see cref="VigilHome"/>) wraps one of them.
/// </remarks>
public static class StoreOutage
{
    /// <summary>True when <paramref name="error"/> (or an inner exception) is a store outage.</summary>
    public static bool Is(Exception error) => Cause(error) is not null;

    /// <summary>What to tell the caller about the outage, naming the database (<c>postgresql://host:port/db</c> or the SQLite
    /// file, never a password) and the driver's reason; null when <paramref name="error"/> is not an outage.</summary>
    public static string? Describe(Exception error, VigilHome home)
    {
        if (Cause(error) is not { } cause) return null;
        // Vigil's own message already names the database and the cause.
        for (var e = error; e is not null && e != cause; e = e.InnerException)
            if (e is VigilException) return e.Message;
        return $"{Database(home)}: the database is unavailable: {cause.Message}";
    }

    private static Exception? Cause(Exception error) => Store.StoreFailures.OutageCause(error);

    private static string Database(VigilHome home)
    {
        try
        {
            return home.StoreLocation() is { } url ? PostgresStore.Describe(url) : home.DatabasePath;
        }
        catch (Exception ex) when (ex is VigilException or ArgumentException)
        {
            return "the database";
        }
    }
}
