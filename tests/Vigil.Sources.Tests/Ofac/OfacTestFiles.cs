using System.Text;
using Vigil.Sources;
using Vigil.Sources.Ofac;
using Vigil.Tests.Shared;

namespace Vigil.Sources.Tests.Ofac;

/// <summary>Opens OFAC list versions for tests: fixtures next to the tests, the shared real files, or text built in a test.</summary>
internal static class OfacTestFiles
{
    /// <summary>Parses a folder of <c>Fixtures/</c> (copied to the output directory).</summary>
    public static ListParseResult ParseFixture(OfacParser parser, string folder) =>
        ParseFolder(parser, Path.Combine(AppContext.BaseDirectory, "Fixtures", folder));

    /// <summary>Parses a folder of the shared real list data (<c>ofac-sdn/2021-07</c>).</summary>
    public static ListParseResult ParseShared(OfacParser parser, string folder) => ParseFolder(parser, SharedData.Path(folder));

    public static ListParseResult ParseFolder(OfacParser parser, string folder)
    {
        var files = Directory.GetFiles(folder).Select(p => new ListFile(Path.GetFileName(p), File.OpenRead(p))).ToList();
        try { return parser.Parse(new ListInput(files)); }
        finally { foreach (var f in files) f.Content.Dispose(); }
    }

    /// <summary>Parses SDN files given as bytes; a null entry leaves that file out of the list version.</summary>
    public static ListParseResult ParseSdn(byte[]? sdn, byte[]? add = null, byte[]? alt = null, byte[]? comments = null)
    {
        var files = new List<ListFile>();
        void Add(string name, byte[]? bytes) { if (bytes is not null) files.Add(new ListFile(name, new MemoryStream(bytes))); }
        Add("sdn.csv", sdn);
        Add("add.csv", add ?? []);
        Add("alt.csv", alt ?? []);
        Add("sdn_comments.csv", comments ?? []);
        return OfacParser.Sdn.Parse(new ListInput(files));
    }

    /// <summary>Parses SDN files given as text (CRLF or LF as written).</summary>
    public static ListParseResult ParseSdn(string sdn, string add = "", string alt = "", string comments = "") =>
        ParseSdn(Bytes(sdn), Bytes(add), Bytes(alt), Bytes(comments));

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A well-formed sdn.csv row in the published shape.</summary>
    public static string SdnRow(int entNum, string name, string type = "-0- ", string programs = "SDGT", string remarks = "-0- ") =>
        $"{entNum},\"{name}\",{Quote(type)},\"{programs}\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,{Quote(remarks)}\r\n";

    private static string Quote(string field) => field == "-0- " ? field : $"\"{field}\"";
}
