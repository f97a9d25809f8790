using Vigil.Core.Model;
using Vigil.Core.Screening;

namespace Vigil.Benchmarks;

/// <summary>A query and one listed name it should match, labelled for the summary table.</summary>
/// <remarks>Public because BenchmarkDotNet shows parameter values through their <see cref="ToString"/>.</remarks>
public sealed record PairCase(string Label, ScreeningQuery Query, string Listed, EntityKind Kind, PartialDate? ListedBirthDate = null)
{
    /// <summary>A person with a birth date, a translated organisation name and an Arabic-script person.</summary>
    public static IEnumerable<PairCase> All { get; } =
    [
        new("person-dob", new("Nicolas Maduro", EntityKind.Person, PartialDate.Parse("1962-11-23")),
            "MADURO MOROS, Nicolas", EntityKind.Person, PartialDate.Parse("1962-11-23")),
        new("org", new("Corporación China de Importaciones y Exportaciones Electrónicas", EntityKind.Organization),
            "CHINA NATIONAL ELECTRONICS IMPORT AND EXPORT CORPORATION", EntityKind.Organization),
        new("arabic", new("محمد علي الحبو", EntityKind.Person), "AL-HEBO, Muhamad Ali", EntityKind.Person),
    ];

    public override string ToString() => Label;
}
