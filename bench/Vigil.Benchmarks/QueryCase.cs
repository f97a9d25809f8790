using Vigil.Core.Model;
using Vigil.Core.Screening;

namespace Vigil.Benchmarks;

/// <summary>One typical query against the full lists, labelled for the summary table.</summary>
/// <remarks>Public because BenchmarkDotNet shows parameter values through their <see cref="ToString"/>.</remarks>
public sealed record QueryCase(string Label, ScreeningQuery Query)
{
    /// <summary>The search cases: each kind of query, the no-shared-word worst case, a long name and three non-Latin scripts.</summary>
    public static IEnumerable<QueryCase> All { get; } =
    [
        // OFAC SDN 22790 MADURO MOROS, Nicolas, DOB 23 Nov 1962.
        new("person-dob", new("Nicolas Maduro", EntityKind.Person, PartialDate.Parse("1962-11-23"))),
        // OFAC SDN 30502 CEIEC, a.k.a. CHINA NATIONAL ELECTRONICS IMPORT AND EXPORT CORPORATION, in Spanish.
        new("org", new("Corporación China de Importaciones y Exportaciones Electrónicas", EntityKind.Organization)),
        // OFAC SDN vessel SEA STAR III (listed without a prefix; the query writes one).
        new("vessel", new("MV SEA STAR III", EntityKind.Vessel)),
        // No word of it is in the lists: every lookup (exact, phonetic, skeleton, trigram) runs and finds nothing.
        new("no-shared-word", new("Xqzvbn Wrtplk")),
        // Very common words and no type: the longest postings and the most candidates the index produces.
        new("common-words", new("Mohammed Ali Ahmad Hassan")),
        // OFAC SDN IRANIAN MINES AND MINING INDUSTRIES DEVELOPMENT AND RENOVATION ORGANIZATION (9 words).
        new("long-org", new("Iranian Mines and Mining Industries Development and Renovation Organization", EntityKind.Organization)),
        // OFAC SDN 24763 AL-HEBO, Muhamad Ali (dev row d00668).
        new("arabic", new("محمد علي الحبو", EntityKind.Person)),
        // OFAC SDN 18652 ATABIYEV, Islam Seit-Umarovich (dev row d00665).
        new("cyrillic", new("Ислам Сеит-Умарович Атабиев", EntityKind.Person)),
        // UN alias Jin Tiesan (金铁三).
        new("chinese", new("金铁三", EntityKind.Person)),
    ];

    public override string ToString() => Label;
}
