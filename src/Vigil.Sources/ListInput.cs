namespace Vigil.Sources;

/// <summary>The named files of one list version. The caller opens them; parsers only read the streams.</summary>
public sealed class ListInput
{
    public ListInput(IEnumerable<ListFile> files) => Files = files.ToList();

    public IReadOnlyList<ListFile> Files { get; }

    /// <summary>The file with this name (case-insensitive), or null.</summary>
    public ListFile? Find(string name) =>
        Files.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
