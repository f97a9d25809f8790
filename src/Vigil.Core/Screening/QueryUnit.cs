using Vigil.Core.Text;

namespace Vigil.Core.Screening;

/// <summary>A query word (or two adjacent query words written together) with its keys and weight.</summary>
internal sealed record QueryUnit(string Text, TokenClass Class, bool Abjad, float Weight, int Position, int Span)
{
    public string Phonetic { get; } = PhoneticKey.Of(Text);
    public string Skeleton { get; } = PhoneticKey.Skeleton(Text);
    public bool IsPair => Span == 2;
}
