using Vigil.Core.Model;

namespace Vigil.Core.Tests;

/// <summary>The core matching library stays free of I/O frameworks: it references only the BCL and transliteration.</summary>
public class ArchitectureTests
{
    private static readonly string[] Allowed = ["System.Runtime", "System.Collections", "System.Linq", "System.Memory", "System.Text.Encodings.Web",
        "System.Collections.Concurrent", "System.Threading", "System.Threading.Tasks.Parallel", "System.Runtime.Intrinsics",
        "AnyAscii", "System.Collections.Immutable", "System.Runtime.InteropServices"];

    [Fact]
    public void Core_references_only_the_base_library_and_transliteration()
    {
        var referenced = typeof(Entity).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(referenced, name => Assert.Contains(name, Allowed));
        Assert.DoesNotContain(referenced, n => n.Contains("Sqlite", StringComparison.OrdinalIgnoreCase) || n.Contains("AspNetCore", StringComparison.Ordinal) || n == "System.Console");
    }
}
