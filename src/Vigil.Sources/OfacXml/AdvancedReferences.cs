using System.Xml.Linq;

namespace Vigil.Sources.OfacXml;

/// <summary>
/// The <c>ReferenceValueSets</c> of an OFAC advanced file: every id the parties use (alias types, party subtypes,
/// name-part types, feature types, document types, countries, scripts, lists, sanctions types, relation types...) and
/// its text. Looked up by the set's element name and the id.
/// </summary>
internal sealed class AdvancedReferences
{
    private readonly Dictionary<(string Set, string Id), XElement> _values = [];

    public AdvancedReferences(XElement sets)
    {
        foreach (var set in sets.Elements())
            foreach (var value in set.Elements())
                if (value.Attribute("ID")?.Value is { } id) _values[(value.Name.LocalName, id)] = value;
    }

    /// <summary>The text of value <paramref name="id"/> in set <paramref name="set"/> (<c>AliasType</c>, <c>1400</c> → <c>A.K.A.</c>), or null.</summary>
    public string? Text(string set, string? id) =>
        id is not null && _values.TryGetValue((set, id), out var v) ? v.Value.Trim() : null;

    /// <summary>An attribute of value <paramref name="id"/> (<c>Country</c>, <c>11033</c>, <c>ISO2</c> → <c>AO</c>), or null.</summary>
    public string? Attribute(string set, string? id, string attribute) =>
        id is not null && _values.TryGetValue((set, id), out var v) ? v.Attribute(attribute)?.Value : null;

    /// <summary>The ISO 3166 alpha-2 code of a country id, or null.</summary>
    public string? Iso2(string? countryId) => Attribute("Country", countryId, "ISO2") is { Length: 2 } iso ? iso : null;
}
