using Vigil.Core.Model;

namespace Vigil.Sources.Un;

/// <summary>UN Security Council consolidated list (XML).</summary>
public sealed class UnParser : IListParser
{
    public static UnParser Instance { get; } = new();

    public string Source => "un";
    public IReadOnlyList<string> FileNames { get; } = ["consolidated.xml"];

    public ListParseResult Parse(ListInput input) => throw new ListFormatException(FileNames[0], "-", "not implemented yet");
}
