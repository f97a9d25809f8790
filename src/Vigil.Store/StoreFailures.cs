using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Vigil.Store;

/// <summary>
/// Which driver errors mean the database is unavailable (down, unreachable, shutting down, out of connections, or a
/// SQLite file locked beyond the busy timeout) rather than a failure of the request: the store knows its drivers, so
/// the layers above ask here instead of naming driver types.
/// </summary>
/// <remarks>
/// Recognised anywhere in the chain of inner exceptions: an <see cref="NpgsqlException"/> the driver calls transient or
/// caused by a socket, I/O or timeout error; a PostgreSQL error of class 08 (connection), 53 (insufficient resources) or
/// 57P01..57P03 (shutdown, cannot connect now); a <see cref="SqliteException"/> BUSY, LOCKED or CANTOPEN.
/// </remarks>
public static class StoreFailures
{
    private const int SqliteBusy = 5, SqliteLocked = 6, SqliteCantOpen = 14; // SQLite's primary result codes

    /// <summary>The driver exception in <paramref name="error"/>'s chain that makes it an outage, or null.</summary>
    public static Exception? OutageCause(Exception error)
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
}
