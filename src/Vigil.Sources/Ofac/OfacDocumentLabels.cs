using System.Collections.Frozen;
using Vigil.Core.Model;
using Vigil.Core.Text;

namespace Vigil.Sources.Ofac;

/// <summary>The document labels OFAC remarks use, as written, and the identifier kind each one is.</summary>
/// <remarks>
/// Data: the embedded <c>Ofac/Data/document_labels.tsv</c>, read once through <see cref="ReferenceData.Rows(System.Reflection.Assembly, string, int)"/>; its header
/// says where the labels come from. A label not listed there is still read when it ends in No./Number/ID/Code/Card/#
/// (see <c>OfacRemarks.GenericDocumentRegex</c>) and becomes <see cref="IdentifierKind.Other"/> with the list's words as label.
/// </remarks>
internal static class OfacDocumentLabels
{
    /// <summary>The resource name of the table.</summary>
    internal const string ResourceName = "Vigil.Sources.Ofac.Data.document_labels.tsv";

    /// <summary>Label → kind, in the order written; see <see cref="ByLength"/> for matching.</summary>
    public static readonly (string Label, IdentifierKind Kind)[] Table = Load();

    /// <summary>The table, longest label first, so <c>Passport Booklet</c> is tried before <c>Passport</c>.</summary>
    public static readonly (string Label, IdentifierKind Kind)[] ByLength =
        [.. Table.OrderByDescending(e => e.Label.Length).ThenBy(e => e.Label, StringComparer.Ordinal)];

    private static readonly FrozenDictionary<char, (string Label, IdentifierKind Kind)[]> ByFirstChar =
        ByLength.GroupBy(e => e.Label[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The labels that can start a fact beginning with <paramref name="first"/>, longest first.</summary>
    public static (string Label, IdentifierKind Kind)[] StartingWith(char first) =>
        ByFirstChar.TryGetValue(first, out var labels) ? labels : [];

    private static (string, IdentifierKind)[] Load()
    {
        var labels = new List<(string, IdentifierKind)>();
        foreach (var row in ReferenceData.Rows(typeof(OfacDocumentLabels).Assembly, ResourceName, 2))
        {
            // Enum.TryParse also takes numbers and comma lists; the table holds kind names only.
            if (!Enum.TryParse<IdentifierKind>(row[1], out var kind) || !Enum.IsDefined(kind) || !char.IsAsciiLetterUpper(row[1][0]))
                throw row.Error($"'{row[1]}' is not an identifier kind");
            labels.Add((row[0], kind));
        }
        return [.. labels];
    }
}
