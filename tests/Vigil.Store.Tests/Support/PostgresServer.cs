using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Vigil.Store.Tests.Support;

/// <summary>
/// The PostgreSQL server the PostgreSQL tests run on: <c>$VIGIL_TEST_POSTGRES</c> (a connection string of a role that
/// may create databases) when set; otherwise a private throwaway cluster started here from Debian's
/// <c>/usr/lib/postgresql/*/bin</c> (initdb + pg_ctl, in a temp directory, on a free loopback port, sockets in that
/// directory) and stopped when the tests are done. Each test gets a database of its own (<see cref="CreateDatabase"/>).
/// </summary>
/// <remarks>
/// When neither is available the fixture throws, so every PostgreSQL test fails with the message saying how to get a
/// server: the tests are never skipped silently. As root the cluster runs as the <c>postgres</c> user (PostgreSQL
/// refuses to run as root).
/// </remarks>
public sealed class PostgresServer : IDisposable
{
    private readonly string? _dataDir;
    private readonly string? _binDir;
    private readonly bool _asPostgresUser;
    private int _stopped;
    private int _port;

    public PostgresServer()
    {
        if (Environment.GetEnvironmentVariable("VIGIL_TEST_POSTGRES") is { Length: > 0 } external)
        {
            AdminConnectionString = new NpgsqlConnectionStringBuilder(external) { Pooling = false }.ConnectionString;
            Source = "VIGIL_TEST_POSTGRES";
            return;
        }
        _binDir = FindBinDir() ?? throw new InvalidOperationException(
            "the PostgreSQL store tests need a PostgreSQL server: set VIGIL_TEST_POSTGRES to a connection string " +
            "(Host=...;Port=...;Username=...;Password=...; a role allowed to CREATE DATABASE), or install the server " +
            "(Debian/Ubuntu: apt-get install postgresql) so that /usr/lib/postgresql/<version>/bin/initdb exists");
        _asPostgresUser = Environment.UserName == "root";
        _dataDir = Directory.CreateTempSubdirectory("vigil-pg-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
        try
        {
            var port = Start();
            AdminConnectionString = new NpgsqlConnectionStringBuilder
            {
                Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres", Pooling = false,
            }.ConnectionString;
            Source = $"a private cluster ({Path.GetFileName(Path.GetDirectoryName(_binDir))}) in {_dataDir}, port {port}";
        }
        catch
        {
            Stop();
            throw;
        }
    }

    /// <summary>A connection string to the server's maintenance database, as a role that may create databases.</summary>
    public string AdminConnectionString { get; }

    /// <summary>Where the server comes from, for messages.</summary>
    public string Source { get; }

    /// <summary>Creates an empty database with a unique name; returns its connection string.</summary>
    public string CreateDatabase()
    {
        var name = "vigil_test_" + Guid.NewGuid().ToString("N");
        Admin($"CREATE DATABASE {name}");
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, closing whatever is still connected to it.</summary>
    public void DropDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        Admin($"DROP DATABASE IF EXISTS {builder.Database} WITH (FORCE)");
    }

    private void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? FindBinDir()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root)) return null;
        return Directory.EnumerateDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
            .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    private int Start()
    {
        var cluster = Path.Combine(_dataDir!, "data");
        if (_asPostgresUser) Run("chown", ["-R", "postgres:postgres", _dataDir!], asPostgres: false);
        Run(Path.Combine(_binDir!, "initdb"), ["-D", cluster, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--no-instructions"]);
        // A port that was free a moment ago; another process may take it first, so try a few.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var (exit, output) = PgCtlStart(port);
            if (exit == 0) return _port = port;
            if (attempt == 3)
                throw new InvalidOperationException($"pg_ctl start failed ({exit}): {output}\n{ReadLog()}");
        }
    }

    private (int Exit, string Output) PgCtlStart(int port)
    {
        var options = $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={_dataDir} -c fsync=off -c max_connections=200";
        return TryRun(Path.Combine(_binDir!, "pg_ctl"),
            ["-D", Path.Combine(_dataDir!, "data"), "-l", Path.Combine(_dataDir!, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
    }

    /// <summary>Stops the private cluster as a database restart or crash would (fast shutdown: clients are disconnected),
    /// keeping its data; <see cref="StartAgain"/> brings it back on the same port. Only for the private cluster.</summary>
    /// <exception cref="InvalidOperationException">The server is <c>$VIGIL_TEST_POSTGRES</c>, which the tests do not own.</exception>
    public void StopForOutage()
    {
        if (_dataDir is null) throw new InvalidOperationException("an outage test stops the server: unset VIGIL_TEST_POSTGRES to use a private cluster");
        Run(Path.Combine(_binDir!, "pg_ctl"), ["-D", Path.Combine(_dataDir, "data"), "-m", "fast", "-w", "-t", "60", "stop"]);
    }

    /// <summary>Starts the cluster stopped by <see cref="StopForOutage"/> again, on the same port.</summary>
    public void StartAgain()
    {
        if (_dataDir is null) throw new InvalidOperationException("an outage test stops the server: unset VIGIL_TEST_POSTGRES to use a private cluster");
        var (exit, output) = PgCtlStart(_port);
        if (exit != 0) throw new InvalidOperationException($"pg_ctl start failed ({exit}): {output}\n{ReadLog()}");
    }

    private string ReadLog()
    {
        var log = Path.Combine(_dataDir!, "server.log");
        return File.Exists(log) ? File.ReadAllText(log) : "";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Run(string file, string[] args, bool? asPostgres = null)
    {
        var (exit, output) = TryRun(file, args, asPostgres);
        if (exit != 0) throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({exit}): {output}");
    }

    private (int Exit, string Output) TryRun(string file, string[] args, bool? asPostgres = null)
    {
        var info = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres ?? _asPostgresUser)
        {
            info.FileName = "runuser";
            foreach (var a in (string[])["-u", "postgres", "--", file]) info.ArgumentList.Add(a);
        }
        else info.FileName = file;
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{file} did not finish in 2 minutes");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private void Stop()
    {
        if (_dataDir is null || Interlocked.Exchange(ref _stopped, 1) == 1) return;
        if (File.Exists(Path.Combine(_dataDir, "data", "postmaster.pid")))
            TryRun(Path.Combine(_binDir!, "pg_ctl"), ["-D", Path.Combine(_dataDir, "data"), "-m", "immediate", "-w", "stop"]);
        try { Directory.Delete(_dataDir, recursive: true); }
        catch (IOException) { /* a leftover temp dir is harmless */ }
        catch (UnauthorizedAccessException) { /* idem */ }
    }

    /// <summary>Stops the private cluster (also at process exit, should the test run end another way).</summary>
    public void Dispose() => Stop();
}

/// <summary>The PostgreSQL tests share one server, started once and stopped when they are all done.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
