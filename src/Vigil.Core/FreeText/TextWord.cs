using Vigil.Core.Text;

namespace Vigil.Core.FreeText;

/// <summary>One word of a free text: its normalised form, where it stands in the original, and how it is written there.</summary>
/// <param name="Token">The normalised word with its UTF-16 offsets into the original text.</param>
/// <param name="Capitalized">Starts with an upper-case letter, or is written in a script without case (Arabic, Han).</param>
/// <param name="AllCaps">Every letter upper-case and at least two of them (an acronym in mixed-case text).</param>
/// <param name="BreakBefore">Punctuation between this word and the previous one ends a name (sentence end, comma, bracket, quote, line break).</param>
internal readonly record struct TextWord(RawToken Token, bool Capitalized, bool AllCaps, bool BreakBefore)
{
    public string Text => Token.Text;
    public int Start => Token.Start;
    public int End => Token.End;
}
