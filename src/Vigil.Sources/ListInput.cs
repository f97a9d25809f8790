namespace Vigil.Sources;

/// <summary>The named files of one list version. The caller opens them; parsers only read the streams.</summary>
public sealed class ListInput
{
    public ListInput(IEnumerable<ListFile> files) => Files = files.ToList();

    public IReadOnlyList<ListFile> Files { get; }

    /// <summary>The one file of a list published as one file (whatever its name), or a <see cref="Core.Model.ListFormatException"/>
    /// naming <paramref name="publishedName"/> when none was given.</summary>
    /// <param name="publishedName">The file's published name, for the message.</param>
    /// <param name="what">What the list is, for the message (<c>the UN list is one XML file</c>).</param>
    public ListFile OnlyFile(string publishedName, string what) =>
        Files.Count > 0 ? Files[0] : throw new Core.Model.ListFormatException(publishedName, "-", "no file given: " + what);

    /// <summary>The file with this name (case-insensitive), or null.</summary>
    public ListFile? Find(string name) =>
        Files.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
