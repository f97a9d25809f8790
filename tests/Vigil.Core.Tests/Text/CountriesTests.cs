using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Vigil.Core.Text;
using Vigil.Tests.Shared;

namespace Vigil.Core.Tests.Text;

public sealed partial class CountriesTests
{
    [Fact]
    public void No_name_in_the_table_points_to_two_countries() =>
        Assert.Empty(Countries.Collisions());

    [Fact]
    public void Table_lists_every_ISO_country_once_with_an_alpha3_code()
    {
        var codes = Countries.Entries().Where(e => e.IsShortName).Select(e => e.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        // 249 ISO 3166-1 codes plus the user-assigned XK (Kosovo).
        Assert.Equal(250, codes.Count);
        foreach (var code in codes)
            Assert.Contains(Countries.Entries(), e => e.Code == code && !e.IsShortName && e.Name.Length == 3);
    }

    [Theory]
    [InlineData("Iran (Islamic Republic of)", "IR")]
    [InlineData("Democratic People's Republic of Korea", "KP")]
    [InlineData("Syrian Arab Republic", "SY")]
    [InlineData("Bolivia (Plurinational State of)", "BO")]
    [InlineData("United Republic of Tanzania", "TZ")]
    [InlineData("Russian Federation", "RU")]
    [InlineData("Republic of Korea", "KR")]
    [InlineData("Lao People's Democratic Republic", "LA")]
    [InlineData("Viet Nam", "VN")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Côte d'Ivoire", "CI")]
    [InlineData("State of Palestine", "PS")]
    [InlineData("Republic of Moldova", "MD")]
    [InlineData("Democratic Republic of the Congo", "CD")]
    [InlineData("Congo", "CG")]
    [InlineData("United Kingdom of Great Britain and Northern Ireland", "GB")]
    [InlineData("China, Hong Kong Special Administrative Region", "HK")]
    public void UN_official_names_resolve(string name, string code) => AssertResolves(name, code);

    [Theory]
    [InlineData("Korea, North", "KP")]
    [InlineData("Korea, South", "KR")]
    [InlineData("Burma", "MM")]
    [InlineData("Congo, Democratic Republic of the", "CD")]
    [InlineData("Congo, Republic of the", "CG")]
    [InlineData("Cote d Ivoire", "CI")]
    [InlineData("Bahamas, The", "BS")]
    [InlineData("Virgin Islands, British", "VG")]
    [InlineData("Macedonia, The Former Yugoslav Republic of", "MK")]
    [InlineData("West Bank", "PS")]
    [InlineData("Gaza", "PS")]
    [InlineData("Kosovo", "XK")]
    [InlineData("Swaziland", "SZ")]
    [InlineData("Czech Republic", "CZ")]
    [InlineData("Ivory Coast", "CI")]
    public void OFAC_and_former_names_resolve(string name, string code) => AssertResolves(name, code);

    [Theory]
    [InlineData("IRN", "IR")]
    [InlineData("prk", "KP")]
    [InlineData("GBR", "GB")]
    [InlineData("XKX", "XK")]
    [InlineData("ve", "VE")]
    public void Alpha3_and_alpha2_codes_resolve(string code, string alpha2) => AssertResolves(code, alpha2);

    [Theory]
    [InlineData("Venezuelan", "VE")]
    [InlineData("Iranian", "IR")]
    [InlineData("Afghan", "AF")]
    [InlineData("Russian", "RU")]
    [InlineData("Chinese", "CN")]
    [InlineData("Syrian", "SY")]
    [InlineData("Iraqi", "IQ")]
    [InlineData("Yemeni", "YE")]
    [InlineData("Somali", "SO")]
    [InlineData("Sudanese", "SD")]
    [InlineData("South Sudanese", "SS")]
    [InlineData("Libyan", "LY")]
    [InlineData("Pakistani", "PK")]
    [InlineData("Saudi", "SA")]
    [InlineData("Emirati", "AE")]
    [InlineData("Lebanese", "LB")]
    [InlineData("Mexican", "MX")]
    [InlineData("Colombian", "CO")]
    [InlineData("Cuban", "CU")]
    [InlineData("North Korean", "KP")]
    [InlineData("Palestinian", "PS")]
    [InlineData("Nigerien", "NE")]
    [InlineData("Nigerian", "NG")]
    public void Demonyms_resolve(string demonym, string code) => AssertResolves(demonym, code);

    [Theory]
    [InlineData("Estados Unidos", "US")]
    [InlineData("Alemania", "DE")]
    [InlineData("Allemagne", "DE")]
    [InlineData("Deutschland", "DE")]
    [InlineData("Rusia", "RU")]
    [InlineData("Russie", "RU")]
    [InlineData("Chine", "CN")]
    [InlineData("Irán", "IR")]
    [InlineData("Siria", "SY")]
    [InlineData("Royaume-Uni", "GB")]
    public void Spanish_French_and_German_names_resolve(string name, string code) => AssertResolves(name, code);

    [Theory]
    [InlineData("COTE D'IVOIRE", "CI")]
    [InlineData("côte d’ivoire", "CI")]
    [InlineData("TURKIYE", "TR")]
    [InlineData("  iran  (ISLAMIC republic OF) ", "IR")]
    [InlineData("ESTADOS UNIDOS DE AMERICA", "US")]
    [InlineData("Sao Tome and Principe", "ST")]
    public void Accents_case_and_spacing_are_ignored(string name, string code) => AssertResolves(name, code);

    [Theory]
    [InlineData("Congolese")]
    [InlineData("Korean")]
    [InlineData("Dominican")]
    [InlineData("Netherlands Antilles")]
    [InlineData("Atlantis")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void Ambiguous_or_unknown_words_do_not_resolve(string? word) =>
        Assert.False(Countries.TryGetCode(word, out _), word);

    [Fact]
    public void NameOf_gives_the_short_name_and_echoes_unknown_codes()
    {
        Assert.Equal("North Korea", Countries.NameOf("kp"));
        Assert.Equal("Kosovo", Countries.NameOf("XK"));
        Assert.Equal("QQ", Countries.NameOf("QQ"));
    }

    /// <summary>Values in the UN file that are not countries: <c>na</c> (not available), the USSR.</summary>
    private static readonly HashSet<string> UnNonCountries = new(StringComparer.OrdinalIgnoreCase) { "na", "former Soviet Union" };

    [Fact]
    public void Every_country_in_the_UN_list_resolves()
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = XmlReader.Create(SharedData.Path("un/consolidated-2026-02.xml")))
        {
            // Element names from the root down to the current node, to tell NATIONALITY/VALUE from TITLE/VALUE.
            var path = new List<string>();
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    var wanted = reader.Name is "COUNTRY" or "ISSUING_COUNTRY" or "COUNTRY_OF_ISSUE"
                                 || (reader.Name == "VALUE" && path.Count > 0 && path[^1] == "NATIONALITY");
                    // ReadElementContentAsString already moves past the end tag.
                    if (wanted) { values.Add(reader.ReadElementContentAsString().Trim()); continue; }
                    if (!reader.IsEmptyElement) path.Add(reader.Name);
                }
                else if (reader.NodeType == XmlNodeType.EndElement) path.RemoveAt(path.Count - 1);
                reader.Read();
            }
        }
        values.Remove("");
        Assert.True(values.Count > 50, $"only {values.Count} country values found");
        var unresolved = values.Where(v => !UnNonCountries.Contains(v) && !Countries.TryGetCode(v, out _)).ToList();
        Assert.Empty(unresolved);
    }

    /// <summary>Values in OFAC files that are not (current ISO) countries.</summary>
    private static readonly HashSet<string> OfacNonCountries = new(StringComparer.OrdinalIgnoreCase)
    {
        "undetermined", "Netherlands Antilles", "Region: Crimea", "Region: Kafia Kingi", "Region: Northern Mali",
    };

    [Fact]
    public void Every_country_in_the_OFAC_2021_addresses_resolves()
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in CsvRows(SharedData.Path("ofac-sdn/2021-07/add.csv")))
            if (row.Count > 4 && row[4].Trim() is { Length: > 0 } c && c != "-0-") values.Add(c);
        Assert.True(values.Count > 100, $"only {values.Count} country values found");
        var unresolved = values.Where(v => !OfacNonCountries.Contains(v) && !Countries.TryGetCode(v, out _)).ToList();
        Assert.Empty(unresolved);
    }

    // "nationality Venezuela; citizen Iran; ..." and "Nationality of Registration Panama" (the latter is skipped).
    [GeneratedRegex(@"\b(?:nationality|citizen) (?!of )(?:possibly )?([^;]+)", RegexOptions.IgnoreCase)]
    private static partial Regex NationalityRemark();

    [Fact]
    public void Every_nationality_and_citizenship_in_the_OFAC_2021_remarks_resolves()
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in CsvRows(SharedData.Path("ofac-sdn/2021-07/sdn.csv")))
            if (row.Count > 11)
                foreach (Match m in NationalityRemark().Matches(row[11]))
                    values.Add(m.Groups[1].Value.Trim().TrimEnd('.'));
        Assert.True(values.Count > 100, $"only {values.Count} nationality values found");
        var unresolved = values.Where(v => !Countries.TryGetCode(v, out _)).ToList();
        Assert.Empty(unresolved);
    }

    private static void AssertResolves(string name, string code)
    {
        Assert.True(Countries.TryGetCode(name, out var got), $"'{name}' does not resolve");
        Assert.Equal(code, got);
    }

    /// <summary>Minimal RFC 4180 reader for the OFAC files (quoted fields may hold commas and line breaks).</summary>
    private static IEnumerable<List<string>> CsvRows(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8).TrimEnd('\x1a');
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return row;
                row = [];
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); yield return row; }
    }
}
