namespace Vigil.Core.Text;

/// <summary>A word of a text after normalisation, with where it stood in the original (UTF-16 offsets, end exclusive).</summary>
/// <param name="Text">Lower-case ASCII letters and digits.</param>
/// <param name="Start">Offset of its first character in the original text.</param>
/// <param name="End">Offset just past its last character in the original text.</param>
/// <param name="Abjad">True when it was written in a script that omits vowels (Arabic, Persian, Urdu, Hebrew).</param>
public readonly record struct RawToken(string Text, int Start, int End, bool Abjad);
