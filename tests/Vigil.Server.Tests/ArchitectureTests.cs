namespace Vigil.Server.Tests;

/// <summary>The server is a front end: it goes through Workflows, never to the store or SQLite itself.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void Server_references_Workflows_and_Core_but_not_the_store()
    {
        var referenced = typeof(ServerHost).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("Vigil.Workflows", referenced);
        Assert.DoesNotContain("Vigil.Store", referenced);
        Assert.DoesNotContain(referenced, n => n.Contains("Sqlite", StringComparison.OrdinalIgnoreCase));
    }
}
