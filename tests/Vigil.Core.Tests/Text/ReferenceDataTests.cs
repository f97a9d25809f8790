using Vigil.Core.FreeText;
using Vigil.Core.Text;

namespace Vigil.Core.Tests.Text;

public sealed class ReferenceDataTests
{
    private static readonly System.Reflection.Assembly Core = typeof(ReferenceData).Assembly;

    [Fact]
    public void Every_embedded_table_opens_with_a_header_comment_and_loads()
    {
        var tables = Core.GetManifestResourceNames().Where(n => n.EndsWith(".tsv", StringComparison.Ordinal)).Order().ToList();
        foreach (var expected in new[] { "stopwords", "org_types", "org_words", "given_name_variants", "countries", "common_words",
                     "months", "name_joiners", "prose_titles", "abbreviations", "birth_markers", "abdul_prefixes" })
            Assert.Contains(ReferenceData.CoreTables + expected + ".tsv", tables);

        foreach (var table in tables)
        {
            using (var reader = new StreamReader(Core.GetManifestResourceStream(table)!))
                Assert.StartsWith("#", reader.ReadLine(), StringComparison.Ordinal);
            Assert.NotEmpty(ReferenceData.Rows(Core, table, 1));
        }

        // Each table's own reader checks its columns and values; all of them load without error.
        Assert.NotEmpty(ReferenceData.Instance.Joiners);
        Assert.Contains("geboren", (IReadOnlySet<string>)ReferenceData.Instance.BirthMarkers);
        Assert.Equal("abdoul", ReferenceData.Instance.AbdulPrefixes[0]);
        Assert.True(Countries.TryGetCode("Iran", out _));
        Assert.True(CommonWords.Contains("academy"));
        Assert.Equal(12, Months.FromName("december"));
    }

    [Fact]
    public void A_stem_weighs_as_generic_exactly_when_org_words_says_so_for_its_english_form()
    {
        // The generic set is one per English form: a stem row flagged otherwise would silently change how every English
        // organisation name with that word weighs.
        var flags = ReferenceData.CoreRows("org_words.tsv", 3).ToLookup(r => r[1], r => r[2]);
        foreach (var row in ReferenceData.CoreRows("org_word_stems.tsv", 1).Where(r => !r[0].StartsWith('-')))
        {
            Assert.Equal(3, row.Cells.Count);
            if (flags.Contains(row[1])) Assert.All(flags[row[1]], flag => Assert.True(flag == row[2], $"{row.File} line {row.Line}: {row[1]} is generic {flag} in org_words.tsv, {row[2]} here"));
        }
        Assert.Equal("factory", ReferenceData.Instance.ReadStem("zavodom", out var translated));
        Assert.True(translated);
        Assert.Equal("omsk", ReferenceData.Instance.ReadStem("omskiy", out translated));
        Assert.False(translated);
        Assert.Null(ReferenceData.Instance.ReadStem("london", out _));
    }

    [Fact]
    public void A_short_line_gets_an_error_naming_the_file_and_line()
    {
        var rows = ReferenceData.Rows(new StringReader("# a table\nfirst\tone\nsecond\n"), "sample.tsv", 2);
        var error = Assert.Throws<InvalidDataException>(() => rows.ToList());
        Assert.Contains("sample.tsv line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_a_header_comment_is_refused()
    {
        var rows = ReferenceData.Rows(new StringReader("first\tone\n"), "bare.tsv", 2);
        var error = Assert.Throws<InvalidDataException>(() => rows.ToList());
        Assert.Contains("bare.tsv line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_skip_comments_and_blank_lines_and_keep_their_line_numbers()
    {
        var rows = ReferenceData.Rows(new StringReader("# a table\n\n# group\n a \t b \n"), "sample.tsv", 2).ToList();
        var row = Assert.Single(rows);
        Assert.Equal(4, row.Line);
        Assert.Equal(["a", "b"], row.Cells);
        Assert.Equal("", row[2]);
    }

    [Fact]
    public void A_missing_table_is_named_in_the_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ReferenceData.Rows(Core, "Vigil.Core.Text.Data.nowhere.tsv", 1).ToList());
        Assert.Contains("nowhere.tsv", error.Message, StringComparison.Ordinal);
    }
}
