using Vigil.Core.Text;

namespace Vigil.Core.Matching;

/// <summary>Weights, cut-offs and the default alert threshold: one immutable record, changed with <c>with</c>.</summary>
/// <remarks>
/// The defaults were tuned on the public dev set (see docs/scoring.md) as a whole, never for single rows.
/// One alert threshold serves persons, organisations and vessels because every score is a share of name
/// information that agrees, adjusted by the same bounded attribute features.
/// </remarks>
public sealed record ScoringProfile
{
    /// <summary>The profile Vigil ships with.</summary>
    public static ScoringProfile Default { get; } = new();

    /// <summary>The profile's name; hits, alerts and screening records carry it with <see cref="Version"/> (<see cref="Id"/>).</summary>
    public string Name { get; init; } = "default";

    /// <summary>The profile's version: raise it whenever a number of the shipped profile changes, so that stored alerts
    /// say which numbers scored them.</summary>
    public string Version { get; init; } = "1";

    /// <summary><c>name@version</c>, e.g. <c>default@1</c>: what hits, alerts and screening records carry.</summary>
    public string Id => Name + "@" + Version;

    /// <summary>Matches at or above this score are alerts.</summary>
    public double AlertThreshold { get; init; } = 0.80;

    /// <summary>How much an unmatched word of the listed name counts against the match, relative to an unmatched query word.</summary>
    /// <remarks>Below 1 so that a query without a listed middle name or second surname still matches, in proportion to what remains.</remarks>
    public double UnmatchedListWordFactor { get; init; } = 0.5;

    /// <summary>Like <see cref="UnmatchedListWordFactor"/> for the inner words of a listed person name (neither the first
    /// given name nor the last family name in natural order): middle names and patronymic chains, which queries often omit.</summary>
    public double UnmatchedInnerWordFactor { get; init; } = 0.3;

    /// <summary>Multipliers of a word's rarity weight, by word class.</summary>
    public double ParticleWeight { get; init; } = 0.2;
    public double TitleWeight { get; init; } = 0.1;
    public double VesselPrefixWeight { get; init; } = 0.1;
    public double LegalFormWeight { get; init; } = 0.15;
    public double GenericWeight { get; init; } = 0.35;
    /// <summary>Absolute weight of an initial (a single letter).</summary>
    public double InitialWeight { get; init; } = 1.0;

    /// <summary>Similarity of an initial to a word starting with that letter.</summary>
    public double InitialSimilarity { get; init; } = 0.8;
    /// <summary>Similarity of two words with the same phonetic key (Qadhafi / Gaddafi).</summary>
    public double PhoneticSimilarity { get; init; } = 0.9;
    /// <summary>The same for words of 3–4 letters, whose keys coincide by chance more often (CEIEC / SHIG).</summary>
    public double ShortPhoneticSimilarity { get; init; } = 0.75;
    /// <summary>Similarity of a vowel-less transliteration to a word with the same consonant skeleton (mhmd / muhammad).</summary>
    public double SkeletonSimilarity { get; init; } = 0.92;
    /// <summary>Least similarity of a misspelt word to count as a match.</summary>
    public double TypoFloor { get; init; } = 0.8;
    /// <summary>Least similarity for a joined/split word pair (ALZAWAHIRI / AL ZAWAHIRI).</summary>
    public double JoinFloor { get; init; } = 0.9;

    /// <summary>Name score factor by alias strength.</summary>
    public double WeakAliasFactor { get; init; } = 0.93;

    /// <summary>Birth date agreement raises, conflict lowers.</summary>
    public double BirthDateExactBonus { get; init; } = 0.05;
    public double BirthDateYearBonus { get; init; } = 0.03;
    public double BirthDateConflictPenalty { get; init; } = 0.15;
    public double CountryMatchBonus { get; init; } = 0.02;
    public double CountryConflictPenalty { get; init; } = 0.05;
    /// <summary>Organisation query against a vessel or aircraft (or the reverse).</summary>
    public double KindConflictPenalty { get; init; } = 0.1;
    /// <summary>Factor for a person query against a non-person entry (or the reverse): never an alert.</summary>
    public double PersonKindMismatchFactor { get; init; } = 0.5;
    /// <summary>Score floor when an identifier number agrees exactly: near-certain even with a poor name.</summary>
    public double IdentifierMatchFloor { get; init; } = 0.95;
    /// <summary>Attribute bonuses apply only to names at least this similar.</summary>
    public double BonusNameFloor { get; init; } = 0.6;

    /// <summary>The most the attribute features can add: bounds the name score a candidate needs.</summary>
    public double MaxBonus => BirthDateExactBonus + CountryMatchBonus;

    /// <summary>Multiplier of a word's rarity weight for its class.</summary>
    public double ClassFactor(TokenClass cls) => cls switch
    {
        TokenClass.Particle => ParticleWeight,
        TokenClass.Title => TitleWeight,
        TokenClass.VesselPrefix => VesselPrefixWeight,
        TokenClass.LegalForm => LegalFormWeight,
        TokenClass.Generic => GenericWeight,
        _ => 1.0,
    };
}
