using Vigil.Core.Model;

namespace Vigil.Benchmarks;

/// <summary>One name to analyse, labelled for the summary table.</summary>
/// <remarks>Public because BenchmarkDotNet shows parameter values through their <see cref="ToString"/>.</remarks>
public sealed record NameCase(string Label, string Name, EntityKind Kind)
{
    /// <summary>Latin person, Latin organisation, Arabic, Cyrillic and Chinese names as the lists and the dev set write them.</summary>
    public static IEnumerable<NameCase> All { get; } =
    [
        new("latin-person", "MADURO MOROS, Nicolás", EntityKind.Person),
        new("latin-org", "Corporación China de Importaciones y Exportaciones Electrónicas S.A.", EntityKind.Organization),
        new("arabic", "محمد علي الحبو", EntityKind.Person),
        new("cyrillic", "Ислам Сеит-Умарович Атабиев", EntityKind.Person),
        new("chinese", "金铁三", EntityKind.Person),
    ];

    public override string ToString() => Label;
}
