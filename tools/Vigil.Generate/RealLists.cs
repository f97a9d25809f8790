using Vigil.Core.Model;
using Vigil.Sources;
using Vigil.Sources.Ofac;
using Vigil.Sources.Un;

namespace Vigil.Generate;

/// <summary>Reads list files with Vigil's own parsers: the real SDN and UN lists, or a generated OFAC folder.</summary>
internal static class RealLists
{
    public const string SdnFolder = "ofac-sdn/2021-07";
    public const string UnFile = "un/consolidated-2026-02.xml";

    /// <summary>The OFAC SDN list of July 2021 under <paramref name="listsDir"/> (the shared data folder).</summary>
    public static IReadOnlyList<Entity> Sdn(string listsDir) => Ofac(Path.Combine(listsDir, SdnFolder));

    /// <summary>The UN consolidated list under <paramref name="listsDir"/>.</summary>
    public static IReadOnlyList<Entity> Un(string listsDir)
    {
        var path = Path.Combine(listsDir, UnFile);
        if (!File.Exists(path)) throw new GenerateException($"{path}: no such file (give --lists-dir the folder holding {UnFile})");
        using var stream = File.OpenRead(path);
        return UnParser.Instance.Parse(new ListInput([new ListFile(Path.GetFileName(path), stream)])).Entities;
    }

    /// <summary>An OFAC legacy CSV folder (sdn.csv, add.csv, alt.csv, sdn_comments.csv), parsed as <c>ofac-sdn</c>.</summary>
    public static IReadOnlyList<Entity> Ofac(string folder) => ParseOfac(folder).Entities;

    /// <summary>Like <see cref="Ofac"/>, with the parse warnings.</summary>
    public static ListParseResult ParseOfac(string folder)
    {
        if (!Directory.Exists(folder)) throw new GenerateException($"{folder}: no such folder (give --lists-dir the folder holding {SdnFolder})");
        var streams = new List<Stream>();
        try
        {
            var files = new List<ListFile>();
            foreach (var name in OfacParser.Sdn.FileNames)
            {
                var path = Path.Combine(folder, name);
                if (!File.Exists(path)) continue;
                var stream = File.OpenRead(path);
                streams.Add(stream);
                files.Add(new ListFile(name, stream));
            }
            return OfacParser.Sdn.Parse(new ListInput(files));
        }
        finally
        {
            foreach (var s in streams) s.Dispose();
        }
    }
}
