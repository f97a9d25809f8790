using Microsoft.Data.Sqlite;
using Vigil.Cli.Tests.Customers;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Audit;

/// <summary>A fresh <c>$VIGIL_HOME</c> holds customers' personal data: the home is 0700 and the files Vigil creates 0600 (Unix).</summary>
public sealed class HomePermissionTests : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly TempDirectory _parent = new();

    [Fact]
    public void A_fresh_home_is_0700_and_its_files_0600_after_a_list_load_and_an_export()
    {
        if (OperatingSystem.IsWindows()) return;
        var home = Path.Combine(_parent.Path, "home");
        VigilCli.Ok(home, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));
        VigilCli.Ok(home, "audit", "export", "--out", _parent.File("export.jsonl"));

        Assert.Equal(OwnerOnly | UnixFileMode.UserExecute, File.GetUnixFileMode(home));
        var files = Directory.GetFiles(home);
        Assert.Contains(Path.Combine(home, "vigil.db"), files);
        Assert.Contains(Path.Combine(home, "audit.head"), files);
        Assert.Contains(Path.Combine(home, "audit.key"), files);
        foreach (var file in files)
            Assert.True(File.GetUnixFileMode(file) == OwnerOnly, $"{file} is {File.GetUnixFileMode(file)}");
    }

    [Fact]
    public void A_world_readable_database_from_an_older_home_is_tightened_when_opened()
    {
        if (OperatingSystem.IsWindows()) return;
        var home = Path.Combine(_parent.Path, "old");
        VigilCli.Ok(home, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2021-07"));
        var db = Path.Combine(home, "vigil.db");
        File.SetUnixFileMode(db, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        VigilCli.Ok(home, "audit", "verify");

        Assert.Equal(OwnerOnly, File.GetUnixFileMode(db));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _parent.Dispose();
    }
}
