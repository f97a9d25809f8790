using Vigil.Core.Text;

namespace Vigil.Core.Names;

/// <summary>One analysed word of a name: its comparable form and what kind of word it is.</summary>
/// <param name="Text">The comparable form: normalised, variant families and translated organisation words folded
/// (<c>Mohammed</c> → <c>muhammad</c>, <c>Importaciones</c> → <c>import</c>, <c>S.A.</c> → <c>sa</c>).</param>
/// <param name="Class">Ordinary word, particle, title, legal form, generic word, initial or number.</param>
/// <param name="Abjad">Transliterated from a script without vowels: compare by consonant skeleton too.</param>
/// <param name="Start">UTF-16 offset of the word's first character in the analysed text.</param>
/// <param name="End">UTF-16 offset just past the word in the analysed text.</param>
/// <param name="Surface">The word as normalised before folding (<c>mohamed</c> for <c>muhammad</c>), when it differs.</param>
public readonly record struct NameToken(string Text, TokenClass Class, bool Abjad, int Start, int End, string? Surface = null);
