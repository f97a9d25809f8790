using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;
using Vigil.Store.Postgres;

namespace Vigil.Workflows;

/// <summary>
/// Tells a store outage (the database down, unreachable, shutting down, out of connections, or a SQLite file locked beyond
/// the busy timeout) from any other failure, so a front end can answer "try again later" (HTTP 503) instead of blaming
/// the request or itself.
/// </summary>
/// <remarks>
/// Recognised anywhere in the exception's chain of inner exceptions: an <see cref="NpgsqlException"/> the driver calls
/// transient or caused by a socket, I/O or timeout error; a PostgreSQL error of class 08 (connection), 53 (insufficient
/// resources) or 57P01..57P03 (shutdown, cannot connect now); a <see cref="SqliteException"/> BUSY, LOCKED or CANTOPEN.
/// Vigil's own <c>cannot open the database</c> error (<see cref="VigilHome"/>) wraps one of these.
/// </remarks>
public static class StoreOutage
{
    private const int SqliteBusy = 5, SqliteLocked = 6, SqliteCantOpen = 14; // SQLite's primary result codes

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

    private static Exception? Cause(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres when postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                                                     || postgres.SqlState.StartsWith("53", StringComparison.Ordinal)
                                                     || postgres.SqlState is "57P01" or "57P02" or "57P03":
                    return e;
                case PostgresException:
                    return null; // the server answered: a query's own error, not an outage
                case NpgsqlException npgsql when npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException:
                    return e;
                case SqliteException sqlite when sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteCantOpen:
                    return e;
            }
        }
        return null;
    }

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
