using Vigil.Store.Postgres;
using Vigil.Store.Tests.Contract;
using Vigil.Store.Tests.Support;

namespace Vigil.Store.Tests;

/// <summary>The store contract run on the PostgreSQL backend: a fresh database per test on the shared test server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreContractTests : StoreContractTests, IDisposable
{
    private readonly PostgresServer _server;
    private readonly string _database;
    private readonly PostgresStore _store;
    private readonly List<IVigilStore> _sessions = [];

    public PostgresStoreContractTests(PostgresServer server)
    {
        _server = server;
        _database = server.CreateDatabase();
        _store = PostgresStore.Open(_database);
    }

    protected override IVigilStore Store => _store;

    protected override IVigilStore OpenAnotherSession()
    {
        var session = PostgresStore.Open(_database);
        _sessions.Add(session);
        return session;
    }

    public void Dispose()
    {
        foreach (var session in _sessions) session.Dispose();
        _store.Dispose();
        _server.DropDatabase(_database);
    }
}
