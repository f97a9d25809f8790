using System.Security.Cryptography;
using System.Text;
using Vigil.Sources;

namespace Vigil.Workflows;

/// <summary>The files of one list version read from disk: each under its published name, with where it came from.</summary>
internal sealed class ListFiles
{
    private readonly string? _directory;

    private ListFiles(IReadOnlyList<(string Name, string Path, byte[] Content)> files, string? directory)
    {
        Files = files;
        _directory = directory;
    }

    /// <summary>In the parser's <see cref="IListParser.FileNames"/> order.</summary>
    public IReadOnlyList<(string Name, string Path, byte[] Content)> Files { get; }

    /// <summary>
    /// Reads the list at <paramref name="path"/>: a directory holding every file the parser names, or, for a list
    /// published as one file, that file under any name (<c>consolidated-2026-02.xml</c> stands for <c>consolidated.xml</c>).
    /// </summary>
    public static ListFiles Read(IListParser parser, string path)
    {
        var expected = string.Join(", ", parser.FileNames);
        if (Directory.Exists(path))
        {
            // Pass what is there and let the parser decide what it needs (OFAC's comments file is optional);
            // a file it misses is reported under its full path by PathOf.
            var present = Directory.GetFiles(path);
            var files = new List<(string, string, byte[])>();
            foreach (var name in parser.FileNames)
            {
                var file = present.FirstOrDefault(f => Path.GetFileName(f) == name)
                    ?? present.FirstOrDefault(f => string.Equals(Path.GetFileName(f), name, StringComparison.OrdinalIgnoreCase));
                if (file is not null) files.Add((name, file, ReadAll(file)));
                if (files.Count > 0 && parser.FilesAreAlternatives) break;
            }
            if (files.Count == 0)
                throw new VigilException($"{path}: holds none of the {parser.Source} files ({expected})");
            return new ListFiles(files, path);
        }
        if (File.Exists(path))
        {
            if (parser.FileNames.Count != 1 && !parser.FilesAreAlternatives)
                throw new VigilException($"{path}: {parser.Source} is published as {parser.FileNames.Count} files ({expected}); give the directory that holds them");
            // One of several forms: keep the published name the file has, or else the one its extension points to.
            var fileName = Path.GetFileName(path);
            var published = parser.FileNames.FirstOrDefault(n => string.Equals(n, fileName, StringComparison.OrdinalIgnoreCase))
                ?? parser.FileNames.FirstOrDefault(n => string.Equals(Path.GetExtension(n), Path.GetExtension(path), StringComparison.OrdinalIgnoreCase))
                ?? parser.FileNames[0];
            return new ListFiles([(published, path, ReadAll(path))], directory: null);
        }
        throw new VigilException($"{path}: no such file or directory");
    }

    /// <summary>SHA-256 (hex) over each file's published name and bytes, in the parser's order.</summary>
    /// <remarks>Names and lengths are framed, so moving bytes from one file to the next changes the hash.</remarks>
    public string ContentHash()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[8];
        foreach (var (name, _, content) in Files)
        {
            var nameBytes = Encoding.UTF8.GetBytes(name);
            System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(length, nameBytes.Length);
            sha.AppendData(length);
            sha.AppendData(nameBytes);
            System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(length, content.Length);
            sha.AppendData(length);
            sha.AppendData(content);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>Fresh read-only streams over the contents, under their published names; a one-file list under its name on disk.</summary>
    /// <remarks>The parser's errors and warnings then name the file given (<c>consolidated-2026-02.xml</c>); the hash keeps the published name.</remarks>
    public ListInput ToInput() =>
        new(Files.Select(f => new ListFile(_directory is null ? Path.GetFileName(f.Path) : f.Name, new MemoryStream(f.Content, writable: false))));

    /// <summary>The path on disk of a published name, for messages: where it was read, or where it was looked for.</summary>
    public string PathOf(string name)
    {
        foreach (var file in Files)
            if (string.Equals(file.Name, name, StringComparison.OrdinalIgnoreCase) || Path.GetFileName(file.Path) == name) return file.Path;
        return _directory is null ? name : Path.Combine(_directory, name);
    }

    private static byte[] ReadAll(string file)
    {
        try
        {
            return File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new VigilException($"{file}: cannot read: {ex.Message}", ex);
        }
    }
}
