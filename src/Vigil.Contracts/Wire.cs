using System.Collections.Frozen;
using System.Text.Json;

namespace Vigil.Contracts;

/// <summary>How numbers and enum values are written on the wire: the one rounding and the one spelling.</summary>
public static class Wire
{
    /// <summary>Decimals a score, similarity, weight or effect keeps: enough to rank, few enough to read.</summary>
    public const int Decimals = 4;

    /// <summary>Rounds a score (or any number in an explanation) to <see cref="Decimals"/> decimals, halves away from zero.</summary>
    public static double Round(double value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);

    /// <summary>An enum value (or a PascalCase name) in snake_case: <c>WeakAlias</c> → <c>weak_alias</c>; snake_case stays as it is.</summary>
    public static string Name<T>(T value) where T : struct, Enum =>
        EnumNames<T>.ByValue.TryGetValue(value, out var name) ? name : Name(value.ToString());

    /// <summary>A PascalCase name in snake_case; a name already in snake_case (or kebab-case) comes back in snake_case.</summary>
    public static string Name(string value) => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.Replace('-', '_'));

    /// <summary>Each value of an enum in snake_case, converted once: every hit writes two of them.</summary>
    private static class EnumNames<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ByValue =
            Enum.GetValues<T>().Distinct().ToDictionary(v => v, v => Name(v.ToString())).ToFrozenDictionary();
    }
}
