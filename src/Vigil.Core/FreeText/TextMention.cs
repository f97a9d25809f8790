using Vigil.Core.Screening;

namespace Vigil.Core.FreeText;

/// <summary>A mention of a listed entity in a free text: where it is (UTF-16 offsets, end exclusive), the exact words, the hit.</summary>
/// <param name="Start">Offset of the mention's first character in the text as given.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="Text">The text between <paramref name="Start"/> and <paramref name="End"/>, exactly as written.</param>
/// <param name="Hit">The entity, its score, the listed name that matched and (on request) the explanation.</param>
/// <param name="Rule">Which rule found it: a name of several words, a distinctive single word (as listed or in another
/// transliteration), a titled surname, a repeated surname, an acronym the text defines.</param>
public sealed record TextMention(int Start, int End, string Text, ScreeningHit Hit, MentionRule Rule)
{
    /// <summary>For a mention that refers back to a full one (<see cref="MentionRule.RepeatedSurname"/>,
    /// <see cref="MentionRule.DefinedAcronym"/>) or borrows its surname (<see cref="MentionRule.SharedSurname"/>): the
    /// offset where that full mention starts; otherwise null.</summary>
    public int? RefersTo { get; init; }
}

/// <summary>How a mention was found (docs/scoring.md, "Free text").</summary>
public enum MentionRule
{
    /// <summary>Two or more words scored as a name against the listed name, with context from the text.</summary>
    Name,
    /// <summary>One word that is a whole listed name and distinctive on the lists: an acronym (CEIEC) or a rare organisation name.</summary>
    DistinctiveWord,
    /// <summary>A surname after a title ("President Maduro") that only one listed person of that kind carries.</summary>
    TitledSurname,
    /// <summary>A surname repeated after a full mention of the same person earlier in the same text ("the Maduro regime").</summary>
    RepeatedSurname,
    /// <summary>One word that spells a distinctive listed name in another transliteration (Hezbollah for HIZBALLAH, Daech for DAESH).</summary>
    TransliteratedWord,
    /// <summary>An acronym the text defines in brackets next to a mention ("Al-Qard al-Hassan (AQAH)"), and its later uses.</summary>
    DefinedAcronym,
    /// <summary>A given name joined by a conjunction to a person's full mention, whose surname it shares ("Arkady and Boris
    /// Rotenberg"): the given name with that surname is another listed person.</summary>
    SharedSurname,
}
