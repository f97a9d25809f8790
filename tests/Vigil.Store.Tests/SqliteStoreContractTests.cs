using Vigil.Store.Sqlite;
using Vigil.Store.Tests.Contract;
using Vigil.Store.Tests.Support;

namespace Vigil.Store.Tests;

/// <summary>The store contract run on the SQLite backend: a real <c>vigil.db</c> in a temp directory per test.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests, IDisposable
{
    private readonly TempHome _home = new();
    private readonly List<IVigilStore> _sessions = [];

    protected override IVigilStore Store => _home.Store;

    protected override IVigilStore OpenAnotherSession()
    {
        var session = SqliteStore.Open(_home.DatabasePath);
        _sessions.Add(session);
        return session;
    }

    public void Dispose()
    {
        foreach (var session in _sessions) session.Dispose();
        _home.Dispose();
    }
}
