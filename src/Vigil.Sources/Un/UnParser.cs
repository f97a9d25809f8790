using Vigil.Core.Model;

namespace Vigil.Sources.Un;

/// <summary>UN Security Council consolidated list (XML): INDIVIDUALS become persons, ENTITIES organisations.</summary>
/// <remarks>
/// The list is one file; whatever its name, the first file of the input is read. <see cref="UnXmlReader"/> streams it
/// into records and <see cref="UnMapper"/> turns each into an <see cref="Entity"/> with SourceId = REFERENCE_NUMBER.
/// </remarks>
public sealed class UnParser : IListParser
{
    public static UnParser Instance { get; } = new();

    public string Source => UnMapper.Source;
    public IReadOnlyList<string> FileNames { get; } = ["consolidated.xml"];

    public ListParseResult Parse(ListInput input)
    {
        var file = input.OnlyFile(FileNames[0], "the UN list is one XML file");
        var warnings = new List<ParseWarning>();
        var mapper = new UnMapper(file.Name, warnings);
        var entities = new List<Entity>();
        using var reader = new UnXmlReader(file.Content, file.Name);
        reader.ReadRoot();
        foreach (var record in reader.ReadRecords())
            if (mapper.Map(record) is { } entity) entities.Add(entity);

        DateOnly? published = null;
        if (reader.DateGenerated is { } generated)
        {
            published = UnText.IsoDate(generated);
            if (published is null)
                warnings.Add(new ParseWarning(file.Name, reader.RootLine, "dateGenerated", $"dateGenerated '{generated}' is not a date"));
        }
        return new ListParseResult(entities, warnings, published);
    }
}
