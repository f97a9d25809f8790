namespace Vigil.Server.Tests.Support;

/// <summary>The list files in this project's <c>Fixtures/</c> folder, copied next to the test assembly.</summary>
internal static class Fixtures
{
    /// <summary><c>ofac-cons</c> version 1: an entry whose name, alias, address and remarks hold HTML markup, and one plain entry.</summary>
    public static string ConsV1 => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ofac-cons", "v1");

    /// <summary>Version 1 plus one added entry (900003 VELDRAKOS MARITIME HOLDINGS).</summary>
    public static string ConsV2 => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ofac-cons", "v2");
}
