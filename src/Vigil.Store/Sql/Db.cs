using System.Data;
using System.Data.Common;

namespace Vigil.Store.Sql;

/// <summary>Provider-neutral ADO.NET helpers the store classes use: named parameters and the two kinds of transaction.</summary>
internal static class Db
{
    /// <summary>Adds the parameter <paramref name="name"/> (written <c>@name</c> in the SQL) with a value typed by its CLR type.</summary>
    /// <remarks>
    /// Null is a NULL of type text (PostgreSQL must know a type even for <c>@p IS NULL</c>); a nullable number compared
    /// with a column is written <c>CAST(@p AS BIGINT)</c> in the SQL.
    /// </remarks>
    public static DbParameter Param(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        switch (value)
        {
            case null or DBNull: parameter.DbType = DbType.String; parameter.Value = DBNull.Value; break;
            case string s: parameter.DbType = DbType.String; parameter.Value = s; break;
            case long l: parameter.DbType = DbType.Int64; parameter.Value = l; break;
            case int i: parameter.DbType = DbType.Int64; parameter.Value = (long)i; break;
            case double d: parameter.DbType = DbType.Double; parameter.Value = d; break;
            default: throw new ArgumentException($"parameter {name}: values of type {value.GetType().Name} are not stored", nameof(value));
        }
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>Adds a nullable integer parameter: a NULL of this one is typed as a number, so it fits an integer column.</summary>
    public static DbParameter Param(this DbCommand command, string name, long? value)
    {
        var parameter = command.Slot(name, DbType.Int64);
        parameter.Value = value is { } v ? v : DBNull.Value;
        return parameter;
    }

    /// <summary>Adds a typed parameter without a value, for a command executed many times with new values.</summary>
    public static DbParameter Slot(this DbCommand command, string name, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>A transaction that holds the store's write lock from its first statement, so writers serialise.</summary>
    /// <remarks>SQLite: <c>BEGIN IMMEDIATE</c>. PostgreSQL: a transaction-scoped advisory lock (see <see cref="PostgresDialect"/>).</remarks>
    public static DbTransaction BeginWrite(this DbConnection connection) => StoreDialect.Of(connection).BeginWrite(connection);

    /// <summary>A read-only transaction whose statements all see one snapshot.</summary>
    public static DbTransaction BeginRead(this DbConnection connection) => StoreDialect.Of(connection).BeginRead(connection);

    /// <summary>Runs one statement (or several separated by semicolons).</summary>
    public static void Execute(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
