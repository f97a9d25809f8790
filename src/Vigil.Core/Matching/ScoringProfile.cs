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

    /// <summary>Like <see cref="UnmatchedInnerWordFactor"/> for an inner word of a listed person name that ends like an
    /// East Slavic patronymic (<c>Ivanovich</c>, <c>Petrovna</c>; the patronymic endings of <c>Text/Data/inflections.tsv</c>):
    /// official Russian, Ukrainian and Belarusian names carry one, and names written elsewhere mostly leave it out.</summary>
    public double UnmatchedPatronymicFactor { get; init; } = 0.15;

    /// <summary>Multiplier of a particle's rarity weight (al, bin, de, van): present in many names, they say little.</summary>
    public double ParticleWeight { get; init; } = 0.2;
    /// <summary>Multiplier of a title's rarity weight (Mr, Sheikh, General): a title is often added or left out.</summary>
    public double TitleWeight { get; init; } = 0.1;
    /// <summary>Multiplier of a vessel prefix's rarity weight (MV, MT): lists and payments write it or not.</summary>
    public double VesselPrefixWeight { get; init; } = 0.1;
    /// <summary>Multiplier of a legal form's rarity weight (LLC, SA): it tells little of which company.</summary>
    public double LegalFormWeight { get; init; } = 0.15;
    /// <summary>Multiplier of a generic word's rarity weight (trading, international, country names): shared by unrelated parties.</summary>
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
    /// <summary>A typo of more edits than this needs the two words to begin with the same letter: <c>Sorvik</c> is no
    /// misspelling of <c>Nordvik</c> (two edits, one of them the first letter).</summary>
    public int TypoEditsWithOtherFirstLetter { get; init; } = 1;
    /// <summary>Two words the tables fold spellings to (known words) pair by similarity only when they differ in no more than
    /// this many last letters of the shorter, an ending (<c>russia</c> / <c>russian</c>, <c>centre</c> / <c>central</c>):
    /// <c>product</c> is no misspelling of <c>project</c>.</summary>
    public int KnownWordEndingLength { get; init; } = 2;
    /// <summary>A name of at least this many characters may have been cut at a field's end (payment fields of 35
    /// characters): its last word is also read as the start of a longer word.</summary>
    public int CutNameMinLength { get; init; } = 30;
    /// <summary>A cut last word needs this many letters to be read as the start of a longer word.</summary>
    public int CutWordMinLength { get; init; } = 3;
    /// <summary>Similarity of a cut last word to a longer word it begins (<c>colom</c> / COLOMBIA).</summary>
    public double CutWordSimilarity { get; init; } = 0.9;
    /// <summary>A listed word after the one a cut last word pairs with (the field cut it off: <c>INSTITUTO NACIONAL DE
    /// TURISMO DE CUB</c> / … CUBA SA) costs this share of its weight when missing.</summary>
    public double CutLostWordFactor { get; init; } = 0.15;
    /// <summary>Least similarity for a joined/split word pair (ALZAWAHIRI / AL ZAWAHIRI).</summary>
    public double JoinFloor { get; init; } = 0.9;
    /// <summary>What each edit of a typo takes off a similarity of 1 (Jaro–Winkler may take more).</summary>
    public double TypoCost { get; init; } = 0.07;
    /// <summary>Words shorter than this (the shorter of the two) match only exactly or by a key: short words are one edit from too many others.</summary>
    public int TypoMinLength { get; init; } = 4;
    /// <summary>A typo may need one edit up to this many letters (the shorter word), two beyond; one when either side is two words written together.</summary>
    public int TypoOneEditMaxLength { get; init; } = 5;
    /// <summary>Words shorter than this never match by phonetic key: their keys coincide by chance.</summary>
    public int PhoneticMinLength { get; init; } = 3;
    /// <summary>A phonetic key needs at least this many symbols to count: one consonant says too little.</summary>
    public int PhoneticKeyMinLength { get; init; } = 2;
    /// <summary>Words of at least this many letters get <see cref="PhoneticSimilarity"/> for a shared key, shorter ones <see cref="ShortPhoneticSimilarity"/>.</summary>
    public int PhoneticFullLength { get; init; } = 5;
    /// <summary>A consonant skeleton needs this many consonants to match, except for words of at most <see cref="SkeletonShortWordLength"/> letters (عزيز → zyz → AZIZ).</summary>
    public int SkeletonMinLength { get; init; } = 2;
    /// <summary>Words this short may match by a one-consonant skeleton.</summary>
    public int SkeletonShortWordLength { get; init; } = 4;
    /// <summary>A kana word's loanword key (<c>Text/Scripts/Kana</c>) needs this many consonants to match (アリー ari → ALI).</summary>
    public int KanaKeyMinLength { get; init; } = 1;
    /// <summary>A loanword key of this many consonants counts <see cref="SkeletonSimilarity"/>; a shorter one counts
    /// <see cref="KanaShortKeySimilarity"/>, and only when the vowels agree too.</summary>
    public int KanaKeyFullLength { get; init; } = 3;
    /// <summary>A kana word and a Latin word with the same short loanword key (fewer than <see cref="KanaKeyFullLength"/>
    /// consonants) and the same vowels, in order: the word as katakana writes its sound (ジミー JIMMY, カーター CARTER).</summary>
    public double KanaShortKeySimilarity { get; init; } = 0.88;

    /// <summary>In <c>vigil compare</c>, the weight of the kinder direction (the shorter name as the query) against 1 for
    /// the other: a list usually holds the fuller name, and the other direction keeps one shared word from matching.</summary>
    public double CompareKinderWeight { get; init; } = 2;

    /// <summary>Name score factor by alias strength.</summary>
    public double WeakAliasFactor { get; init; } = 0.93;
    /// <summary>Score factor of a hit found by reading a person query's given name as a nickname's full form or the
    /// reverse (Bill / William, Sasha / Aleksandr; tables <c>Text/Data/nicknames.tsv</c> and <c>hypocorisms.tsv</c>): a modest penalty, as the name is not written as listed.</summary>
    public double NicknameFactor { get; init; } = 0.95;
    /// <summary>Most nickname readings of one person query searched besides the query itself (each is a search).</summary>
    public int NicknameReadings { get; init; } = 4;
    /// <summary>Most readings of a name in another script (Hangul in the Korean systems and family-name spellings, Hebrew
    /// without a prefix) searched or indexed besides the name itself; each is a search, so Korean's 3 systems × spellings are capped.</summary>
    public int ScriptReadings { get; init; } = 8;
    /// <summary>Score factor of a hit found by a reading of a query in another script: each reading is one of the spellings
    /// the systems allow, and several are tried, so a slight penalty offsets the extra chances of a chance agreement
    /// (현우 건우 한 read in McCune–Reischauer holds HAN Kon U, a different person).</summary>
    public double ScriptReadingFactor { get; init; } = 0.98;
    /// <summary>Score factor of a hit found by a reading made by rules from a Latin name (German, Polish, Czech, Latvian or
    /// French romanisation of a Cyrillic name; digits written for letters): a small penalty, as the rules may misread.</summary>
    public double RuleReadingFactor { get; init; } = 0.97;
    /// <summary>A query word of at least this many letters that the lists do not hold is also read split into words they
    /// hold (<c>alexandervyacheslavovichzakharov</c>), scored × <see cref="RuleReadingFactor"/>; shorter words are names.</summary>
    public int JoinedWordMinLength { get; init; } = 10;
    /// <summary>Each word of such a split has at least this many letters: shorter pieces would split almost anything.</summary>
    public int JoinedPartMinLength { get; init; } = 3;
    /// <summary>Weight factor of query words in brackets: a gloss (an acronym, a former name) helps when it matches and costs little when it does not.</summary>
    public double BracketFactor { get; init; } = 0.5;
    /// <summary>How close (Jaro–Winkler) a word must be to a legal form or organisation word to be read as it (COMPPANY → co).</summary>
    public double FuzzyKeyFloor { get; init; } = 0.93;
    /// <summary>A word is compared with legal forms and organisation words at most this many letters longer or shorter.</summary>
    public int FuzzyKeyLengthSlack { get; init; } = 2;
    /// <summary>Fewest letters of an organisation's initials kept as a weak alias (fewer are anybody's).</summary>
    public int OrgInitialsMinLetters { get; init; } = 3;
    /// <summary>Most letters of an organisation's initials kept as a weak alias (more are never written as an acronym).</summary>
    public int OrgInitialsMaxLetters { get; init; } = 8;

    /// <summary>Added when the birth date agrees to the day: strong evidence, yet never enough to lift a poor name.</summary>
    public double BirthDateExactBonus { get; init; } = 0.05;
    /// <summary>Added when the birth year agrees (or falls in a listed range): weaker than a whole date.</summary>
    public double BirthDateYearBonus { get; init; } = 0.03;
    /// <summary>Taken off when the birth year is two or more years from every listed one: a different person, usually.</summary>
    public double BirthDateConflictPenalty { get; init; } = 0.15;
    /// <summary>Added when the country agrees with a listed one: weak, many people share a country.</summary>
    public double CountryMatchBonus { get; init; } = 0.02;
    /// <summary>Taken off when only disagreeing nationalities are listed: people hold and change several.</summary>
    public double CountryConflictPenalty { get; init; } = 0.05;
    /// <summary>Organisation query against a vessel or aircraft (or the reverse).</summary>
    public double KindConflictPenalty { get; init; } = 0.1;
    /// <summary>Factor for a person query against a non-person entry (or the reverse): never an alert.</summary>
    public double PersonKindMismatchFactor { get; init; } = 0.5;
    /// <summary>Score floor when an identifier number agrees exactly: near-certain even with a poor name.</summary>
    public double IdentifierMatchFloor { get; init; } = 0.95;
    /// <summary>Taken off when the query's number differs from every listed one: slight, because lists hold old and partial numbers.</summary>
    public double IdentifierConflictPenalty { get; init; } = 0.03;
    /// <summary>Identifier numbers shorter than this (after canonicalisation) are ignored: too short to identify anyone.</summary>
    public int IdentifierMinLength { get; init; } = 4;
    /// <summary>Taken off when the query name's numbers and the listed names' numbers have none in common (vessel No. 8 /
    /// No. 6, Fund VII / VIII): a different party, usually, unless an identifier agrees.</summary>
    /// <remarks>Enough to take a name that agrees on every other word below the alert threshold.</remarks>
    public double NumberConflictPenalty { get; init; } = 0.2;
    /// <summary>Taken off when query and listed organisation names use words of one contrast group with none in common
    /// (North / South, Exports / Imports, Bank / Insurance; <c>Text/Data/contrast_words.tsv</c>).</summary>
    public double ContrastConflictPenalty { get; init; } = 0.15;
    /// <summary>Taken off when a person query names child and parent the other way round from every listed name
    /// (<c>SALMAN BIN MUHAMMAD</c> against <c>MUHAMMAD BIN SALMAN</c>): same words, another person.</summary>
    /// <remarks>More than the share a whole name can lose and still alert (1 − <see cref="AlertThreshold"/>).</remarks>
    public double LineageConflictPenalty { get; init; } = 0.25;
    /// <summary>Numbers of more digits than this in a name are registration or account numbers, not its numbering: no
    /// evidence for or against.</summary>
    public int NumberMarkMaxDigits { get; init; } = 4;
    /// <summary>Attribute bonuses apply only to names at least this similar.</summary>
    public double BonusNameFloor { get; init; } = 0.6;

    /// <summary>Score of a surname after a title that only one listed person of that kind carries (free text).</summary>
    /// <remarks>Just above the alert threshold: the title and the uniqueness on the lists stand in for the missing given names.</remarks>
    public double TitledSurnameScore { get; init; } = 0.85;

    /// <summary>The least score a window of words must reach in the index search before its sub-spans are scored one by one (free text).</summary>
    /// <remarks>Low, because the words around a name in a window dilute its score; the sub-span scoring then decides.</remarks>
    public double WindowFloor { get; init; } = 0.3;

    /// <summary>Words of one search window; longer runs of capitalised words are searched in windows overlapping by half (free text).</summary>
    public int WindowWords { get; init; } = 8;

    /// <summary>Entities a window search (and a single-word search) keeps for scoring sub-spans (free text).</summary>
    public int WindowTopEntities { get; init; } = 5;

    /// <summary>A single word counts only when at most this many listed entities have it as a whole name (the same party
    /// on two lists).</summary>
    public int DistinctiveMaxEntities { get; init; } = 2;

    /// <summary>A single word held by more listed names than this is a common word of names, never a mention alone.</summary>
    public int DistinctiveMaxNames { get; init; } = 200;

    /// <summary>Fewest letters of an acronym that is a mention alone (CEIEC).</summary>
    public int AcronymMinLength { get; init; } = 3;

    /// <summary>Fewest letters of a single word, not an acronym, that is a mention alone.</summary>
    public int DistinctiveWordMinLength { get; init; } = 5;

    /// <summary>Fewest letters of the stem left when a case ending is taken off a word of a text (free text,
    /// <c>Text/Data/inflections.tsv</c>): <c>Sechina</c> → sechin, but not <c>Kima</c> → kim.</summary>
    public int InflectionMinStem { get; init; } = 4;

    /// <summary>An inflected word none of whose forms the lists hold as written stands for its bare stem only when that
    /// stem is at least this similar to a listed word (free text: <c>Prigożyna</c> → prigozyn ≈ PRIGOZHIN).</summary>
    public double InflectionMinSimilarity { get; init; } = 0.85;

    /// <summary>Factor on a free-text mention's score for each patronymic of the text left out because the listed name has
    /// none (<c>Igor Ivanovich Sechin</c> for SECHIN, Igor): no evidence either way, a little less than the name as listed.</summary>
    public double LeftOutPatronymicFactor { get; init; } = 0.95;

    /// <summary>Most a single word spelling a distinctive listed name in another transliteration scores (free text:
    /// <c>Hezbollah</c> for HIZBALLAH); at or above the alert threshold, below an exact spelling.</summary>
    public double TransliteratedWordScore { get; init; } = 0.9;

    /// <summary>Gate words a Latin-script text must hold (different ones) before it is read with a language's case endings
    /// (free text, <c>Text/Data/inflections.tsv</c>); for the Slavic endings, as many words written with Central European letters will do.</summary>
    public int InflectionGateWords { get; init; } = 2;

    /// <summary>Fewest consonants of a transliteration key that can match at all (free text).</summary>
    public int TransliterationMinKey { get; init; } = 2;

    /// <summary>A transliteration key of at most this many consonants also needs the matcher's word similarity (free text:
    /// <c>Daech</c> / DAESH, key <c>dS</c>).</summary>
    public int TransliterationShortKey { get; init; } = 3;

    /// <summary>Most letters a word may differ in length from the listed word whose transliteration key it shares (free text).</summary>
    public int TransliterationMaxLengthDifference { get; init; } = 3;

    /// <summary>Fewest letters of a surname after a title (<c>President Maduro</c>).</summary>
    public int TitledSurnameMinLength { get; init; } = 3;

    /// <summary>In free text, a word in lower case joined by a hyphen to a capitalised word, both of at most this many
    /// letters, is a name word when the lists hold it in persons' names: the second syllable of a Korean or Chinese given
    /// name (<c>Kim Jong-un</c>, <c>Choe Ryong-hae</c>), not <c>Saudi-led</c> or <c>Iran-backed</c>.</summary>
    public int HyphenatedSyllableMaxLength { get; init; } = 5;

    /// <summary>In free text, the fewest Hangul syllables a mention written in Hangul holds (a family name and a given name
    /// of two syllables: 김여정), and it must be a whole Korean word, or one without its particle (김여정은): a syllable or
    /// two of a longer word (경 of 경제, 정책 of 정책은) is no name.</summary>
    public int KoreanMentionMinSyllables { get; init; } = 3;

    /// <summary>In free text, the most Han characters of a person's name cut out of a run of Han characters by its pinyin
    /// reading (李方伟 = LI, Fangwei: a family name of one character and a given name of one to three).</summary>
    public int HanNameMaxCharacters { get; init; } = 4;

    /// <summary>A surname held by more listed names than this is nobody in particular after a title.</summary>
    public int CommonSurnameNames { get; init; } = 50;

    /// <summary>A mention made only of common words, countries and the like needs this many words agreeing with the listed name.</summary>
    public int ProseAgreeingWords { get; init; } = 4;

    /// <summary>Or this many words, written as listed, making the whole listed name (<c>Central Bank of Venezuela</c>).</summary>
    public int ProseWholeNameWords { get; init; } = 3;

    /// <summary>Or this many, when they stand alone in prose as the whole listed name: every word capitalised as written, no
    /// other name word in their run but a country, and no country named nearby that the party's countries disagree with
    /// (<c>the Islamic State</c>, <c>the Revolutionary Guards</c>).</summary>
    public int ProseShortNameWords { get; init; } = 2;

    /// <summary>In free text, a nickname in quotes of at most this many capitalised words inside a name (<c>Joaquín "El
    /// Chapo" Guzmán</c>) does not end it.</summary>
    public int QuotedNicknameMaxWords { get; init; } = 3;

    /// <summary>An entity from another list whose score is within this margin of the best on the same words is reported too
    /// (the same party listed by OFAC and the UN).</summary>
    public double CrossListMargin { get; init; } = 0.03;

    /// <summary>Countries named within this many words of a mention are tried as its country (free text).</summary>
    public int ContextWords { get; init; } = 20;

    /// <summary>At most this many nearby countries are tried, nearest first.</summary>
    public int ContextCountries { get; init; } = 4;

    /// <summary>A single word read as a country in context has at least this many letters (not <c>US</c>, <c>IN</c>).</summary>
    public int ContextCountryMinLength { get; init; } = 4;

    /// <summary>A birth-date trigger word (<c>born</c>, <c>DOB</c>) may stand this many words before a mention.</summary>
    public int BirthDateLookBack { get; init; } = 6;

    /// <summary>A birth date is read from at most this many words after its trigger word.</summary>
    public int BirthDateWords { get; init; } = 4;

    /// <summary>A text is read as written in capitals (a payment), where every word may be a name, when at least this many of its words are in capitals.</summary>
    public int UpperCaseTextMinWords { get; init; } = 4;

    /// <summary>And when it has more than this many words in capitals for each lower-case word.</summary>
    public int UpperCaseTextRatio { get; init; } = 5;

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
