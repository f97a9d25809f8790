namespace Vigil.Tests.Shared;

/// <summary>Finds the real list files in <c>../shared/data</c> next to the repository (or <c>$VIGIL_SHARED_DATA</c>).</summary>
internal static class SharedData
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The repository root (the folder holding Vigil.slnx).</summary>
    public static string RepoRoot => RepoRootDir.Value;

    private static readonly Lazy<string> RepoRootDir = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Vigil.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Vigil.slnx not found above " + AppContext.BaseDirectory);
    });

    /// <summary>Absolute path of a file or folder under shared/data, e.g. <c>Path("ofac-sdn/2021-07")</c>.</summary>
    public static string Path(string relative) => System.IO.Path.Combine(Root.Value, relative);

    /// <summary>Absolute path of a file under shared/eval, e.g. <c>Eval("dev/queries.csv")</c>.</summary>
    public static string Eval(string relative) => System.IO.Path.GetFullPath(System.IO.Path.Combine(Root.Value, "..", "eval", relative));

    private static string Find()
    {
        var env = Environment.GetEnvironmentVariable("VIGIL_SHARED_DATA");
        if (!string.IsNullOrEmpty(env)) return env;
        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRootDir.Value, "..", "shared", "data"));
        return Directory.Exists(candidate)
            ? candidate
            : throw new InvalidOperationException($"shared list data not found at {candidate}; set VIGIL_SHARED_DATA");
    }
}
