using System.Collections.Frozen;
using Vigil.Core.Model;
using Vigil.Core.Text;
using Vigil.Core.Text.Scripts;

namespace Vigil.Core.Names;

/// <summary>The kind of party a name names when no one said: a vessel's by its prefix (MV, M.T.), an organisation's by a
/// legal form, an organisation word (in any language the tables read, the Arabic script's included) or a number, and
/// otherwise a person's.</summary>
/// <remarks>Used where two names are compared without a type (<see cref="Matching.NameComparer"/>): each kind's rules then
/// apply, a person's nicknames and the order of the patronymic chain, an organisation's dotted letters and numbers in
/// words. An organisation word that is also a personal name (<c>org_words.tsv</c>, its <c>named</c> column) is not read
/// in a name of unknown kind, so it is no evidence; a surname that is an ordinary organisation word (Acero, steel) is, and
/// so is a generation (Ivanov III): both names of the pair are then read alike as an organisation's, which keeps the same
/// name the same.</remarks>
internal static class KindEvidence
{
    private static readonly FrozenSet<string> EnglishOrgForms =
        ReferenceData.Instance.OrgWords.Values.Concat(ReferenceData.Instance.OrgStems.Values).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The kind <paramref name="name"/> says it is of.</summary>
    public static EntityKind Of(string name)
    {
        var organisation = ArabicScript.WithOrgWordsInEnglish(name) is not null;
        foreach (var t in NameAnalyzer.Analyze(name, EntityKind.Unknown))
        {
            if (t.Class == TokenClass.VesselPrefix) return EntityKind.Vessel;
            if (t.Class is TokenClass.LegalForm or TokenClass.Generic or TokenClass.Number || (t.Surface is not null && EnglishOrgForms.Contains(t.Text)))
                organisation = true;
        }
        // Dotted prefixes (M.T., M.S.C.) are joined only in a name read as a vessel's.
        if (NameAnalyzer.Analyze(name, EntityKind.Vessel) is [{ Class: TokenClass.VesselPrefix }, ..]) return EntityKind.Vessel;
        return organisation ? EntityKind.Organization : EntityKind.Person;
    }

    /// <summary>The kind two names of one pair say they are of: a vessel's when either says so, an organisation's when
    /// either says so, else a person's.</summary>
    public static EntityKind OfPair(string a, string b)
    {
        var x = Of(a);
        var y = Of(b);
        if (x == EntityKind.Vessel || y == EntityKind.Vessel) return EntityKind.Vessel;
        return x == EntityKind.Organization || y == EntityKind.Organization ? EntityKind.Organization : EntityKind.Person;
    }
}
