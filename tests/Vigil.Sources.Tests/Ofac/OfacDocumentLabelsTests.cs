using Vigil.Core.Model;
using Vigil.Core.Text;
using Vigil.Sources.Ofac;

namespace Vigil.Sources.Tests.Ofac;

public sealed class OfacDocumentLabelsTests
{
    [Fact]
    public void Every_embedded_table_opens_with_a_header_comment_and_loads()
    {
        var assembly = typeof(OfacDocumentLabels).Assembly;
        var tables = assembly.GetManifestResourceNames().Where(n => n.EndsWith(".tsv", StringComparison.Ordinal)).ToList();
        Assert.Contains(OfacDocumentLabels.ResourceName, tables);
        foreach (var table in tables)
        {
            using (var reader = new StreamReader(assembly.GetManifestResourceStream(table)!))
                Assert.StartsWith("#", reader.ReadLine(), StringComparison.Ordinal);
            Assert.NotEmpty(ReferenceData.Rows(assembly, table, 1));
        }
        Assert.Contains(("Passport Booklet", IdentifierKind.Passport), OfacDocumentLabels.Table);
    }

    [Fact]
    public void Labels_are_listed_once_each() =>
        Assert.Equal(OfacDocumentLabels.Table.Length, OfacDocumentLabels.Table.Select(e => e.Label).Distinct().Count());

    [Fact]
    public void A_longer_label_is_tried_before_the_label_it_starts_with()
    {
        var labels = OfacDocumentLabels.StartingWith('P').Select(e => e.Label).ToList();
        Assert.True(labels.IndexOf("Passport Booklet") < labels.IndexOf("Passport"));
        Assert.True(labels.IndexOf("Personal ID Card") >= 0);
    }
}
