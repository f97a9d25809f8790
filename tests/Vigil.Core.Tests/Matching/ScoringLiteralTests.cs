using Vigil.Core.Matching;
using static Vigil.Core.Tests.Matching.LiteralScanner;

namespace Vigil.Core.Tests.Matching;

/// <summary>
/// Every number that shapes a score or a mention is a <see cref="ScoringProfile"/> property: scoring code holds no other
/// numeric literal than the structural ones allow-listed here, each with its reason.
/// </summary>
public class ScoringLiteralTests
{
    /// <summary>The scoring folders of src/Vigil.Core, scanned whole but for <see cref="LeftOut"/>. Text/ (normalisation,
    /// phonetic keys, reference tables) is not scanned: it decides what a word is, not how it scores.</summary>
    private static readonly string[] Folders = ["Matching", "Screening", "FreeText", "Index", "Names", "Similarity"];

    /// <summary>Files of those folders left out, with why: they hold no number a score depends on.</summary>
    private static readonly string[] LeftOut =
    [
        "Matching/ScoringProfile.cs", // declares the numbers
        "Index/DeletionIndex.cs", // hashing and bucket sizes; its edit budget comes from TokenSimilarity.MaxEdits
        "Index/Snapshot.cs", // the snapshot file format
        "Index/ScreeningIndex.Snapshot.cs", // the snapshot file format and checksums
        "Index/SearchScratch.cs", // buffer sizes
        "Similarity/EditDistance.cs", // an exact edit distance: buffer sizes and the rows of the band
    ];

    /// <summary>Structural numbers: sizes, bit widths, identities, definitions, limits that change work but not results.</summary>
    internal static readonly Allowed[] Structural =
    [
        new("*", 0, "nothing: empty, the start of a range, no score"),
        new("*", 1, "one: the next element, a single word, a whole similarity or score, the identity factor"),
        new("Matching/NameAlignment.cs", 512, "capacity of the stack buffer of candidate pairs (MaxEdges)"),
        new("Matching/NameAlignment.cs", 2, "a joined pair spans two words"),
        new("Matching/NameAlignment.cs", 3, "the two-bit mask of a joined pair"),
        new("Matching/Features/BirthDateFeature.cs", 2, "PartialDate precision: month"),
        new("Matching/Features/BirthDateFeature.cs", 3, "PartialDate precision: day; the Agreement enum's values"),
        new("Matching/Features/CountryFeature.cs", 2, "an ISO 3166 alpha-2 code has two letters"),
        new("Index/PreparedEntity.cs", 2, "an ISO 3166 alpha-2 code has two letters"),
        new("Screening/QueryUnit.cs", 2, "a joined pair spans two words"),
        new("Matching/NameComparer.cs", 2, "a person's name given in part keeps two words: a given name and a family name"),
        new("Screening/PreparedQuery.cs", 2, "capacity (words and joined pairs)"),
        new("Screening/PreparedQuery.cs", 32, "MaxWords: the candidate search's bit masks hold 32 words and 31 joined pairs"),
        new("Screening/SearchOptions.cs", 10, "the default number of hits a search returns: a request option, not a score"),
        new("Screening/CandidateFinder.cs", 64, "initial capacity of the similarity rows"),
        new("Screening/CandidateFinder.cs", 2, "doubling a buffer; a whole word (not an initial) has two letters or more"),
        new("Screening/CandidateFinder.Walks.cs", 2, "two tables (without and with initials); a listed initial may pair on both sides of the bound"),
        new("Screening/CandidateFinder.Walks.cs", 3, "the two-bit mask of a joined pair"),
        new("Screening/CandidateFinder.Walks.cs", 6, "n >> 6: the 64-bit word of a bit set holding name n"),
        new("Screening/CandidateFinder.Walks.cs", 10, "MaxPositions: which safe walk is used (2^10 position sets); results are the same either way"),
        new("Screening/CandidateFinder.Walks.cs", 16, "BitSetFactor: when a bit set is cheaper than assuming a position is held; work, not results"),
        new("Screening/CandidateFinder.Walks.cs", 256, "MaxEssentialVisits: stops the search for a larger safe set to leave out; work, not results"),
        new("FreeText/TextPass.cs", 2, "a name of several words has two or more; windows overlap by half"),
        new("FreeText/TextPass.Lookups.cs", 2, "only names of two or more words are searched through windows"),
        new("FreeText/TextPass.SingleWords.cs", 2, "a sentinel: more than one person matches"),
        new("FreeText/TextContext.cs", 2, "the two words after a year in 1962-11-23"),
        new("FreeText/TextContext.cs", 3, "a month name is recognised from three letters (Nov)"),
        new("FreeText/TextContext.cs", 4, "a year has four digits"),
        new("FreeText/TextContext.cs", 10, "decimal digits"),
        new("FreeText/TextContext.cs", 12, "months in a year"),
        new("FreeText/TextContext.cs", 31, "days in a month at most"),
        new("FreeText/TextContext.cs", 1900, "the earliest year read as a year of birth"),
        new("FreeText/TextContext.cs", 2025, "the latest year read as a year of birth"),
        new("FreeText/ArabicProseWords.cs", 2, "the table has two columns (word, role); a word as written may carry a mark or tatweel after each letter"),
        new("FreeText/KoreanWords.cs", 2, "the particle table has two columns (particle, what it is)"),
        new("FreeText/TextPass.Forms.cs", 2, "a person's name cut from Han characters is a family name and a given name: two characters at least"),
        new("FreeText/FreeTextScreener.cs", 2, "a listed Chinese person's name: a family name and a given name of one word or two"),
        new("FreeText/FreeTextScreener.cs", 3, "a listed Chinese person's name: a family name and a given name of one word or two"),
        new("FreeText/TextWords.cs", 5, "capacity: about one word for every five characters"),
        new("FreeText/TextWords.cs", 2, "an all-capitals word has two letters or more; two line breaks make a blank line"),
        new("FreeText/TextWords.cs", 0x0530, "the end of the Latin, Greek and Cyrillic blocks: scripts with case"),
        new("Index/ScreeningIndex.cs", 24, "MaxTokensPerName: a capacity for pathological names (no list name comes close)"),
        new("Index/ScreeningIndex.cs", 63, "rounding up to whole 64-bit words"),
        new("Index/ScreeningIndex.cs", 64, "bits in a word of a bit set"),
        new("Index/ScreeningIndex.cs", 6, "n >> 6: the 64-bit word of a bit set holding name n"),
        new("Index/ScreeningIndex.cs", 2, "capacity: a name and a variant"),
        new("Index/Vocabulary.cs", 255, "word lengths are kept in a byte"),
        new("Index/Vocabulary.cs", 2, "WordFlags bit"),
        new("Index/Vocabulary.cs", 4, "WordFlags bit"),
        new("Index/Vocabulary.cs", 8, "WordFlags bit"),
        new("Index/Vocabulary.cs", 16, "WordFlags bit"),
        new("Index/Vocabulary.cs", 32, "WordFlags bit"),
        new("Index/Trigrams.cs", 37, "the trigram alphabet: a-z, 0-9 and padding"),
        new("Index/Trigrams.cs", 64, "trigrams kept per word (a stack buffer)"),
        new("Index/Trigrams.cs", 2, "the two padded ends of a word"),
        new("Index/Trigrams.cs", 3, "one edit changes at most three trigrams: the filter is exact, not a setting"),
        new("Index/Trigrams.cs", 27, "digits follow the 26 letters and the pad in the alphabet"),
        new("Index/NameTable.cs", 3, "only a name of three or more words has inner words (neither first nor last)"),
        new("Matching/NameMarks.cs", 31, "LineageGroup: the last bit of the 32-bit mask of mark groups (a group's number, not a score)"),
        new("Matching/NameMarks.cs", 30, "LineageHeadGroup: the bit below LineageGroup (a group's number, not a score)"),
        new("Matching/NameMarks.cs", 2, "a query's head mark is its first two name words, one chain link"),
        new("Names/NameVariants.cs", 2, "a bracketed part and the name outside it are kept when longer than two characters (not (A), not a bare legal form)"),
        new("Similarity/JaroWinkler.cs", 64, "a stack buffer for words up to 64 letters"),
        new("Similarity/JaroWinkler.cs", 2, "the Jaro definition: half the transpositions, the match window"),
        new("Similarity/JaroWinkler.cs", 3, "the Jaro definition: the mean of three ratios"),
        new("Similarity/JaroWinkler.cs", 4, "Winkler's definition: at most four prefix letters"),
        new("Similarity/JaroWinkler.cs", 0.1, "Winkler's definition: the standard prefix scale"),
    ];

    /// <summary>Names/NameAnalyzer.cs: how words are read (the same for listed names and queries), not how they score.</summary>
    internal static readonly Allowed[] Analysis =
    [
        new("Names/NameAnalyzer.cs", 8, "capacity; abdulX splits only words of eight letters or more (abdul + a name of three)"),
        new("Names/NameAnalyzer.cs", 5, "'abd alhalim': the joined word has al/el/ul and a name of three letters"),
        new("Names/NameAnalyzer.cs", 2, "skipping al/el/ul; a lone legal form of two letters (co, sa) at the start is a name word"),
        new("Names/NameAnalyzer.cs", 6, "Arabic bdl + a name of three letters"),
        new("Names/NameAnalyzer.cs", 3, "the length of bdl; the shortest name after abdul"),
        new("Names/NameAnalyzer.cs", 18, "2^18 remembered fuzzy-key lookups (memory, not results)"),
    ];

    private static string CoreRoot => Path.Combine(Vigil.Tests.Shared.SharedData.RepoRoot, "src", "Vigil.Core");

    [Fact]
    public void Scoring_code_has_no_numeric_literal_outside_the_profile_and_the_allow_list()
    {
        var findings = new List<Finding>();
        foreach (var folder in Folders)
            foreach (var path in Directory.EnumerateFiles(Path.Combine(CoreRoot, folder), "*.cs", SearchOption.AllDirectories))
            {
                var file = Path.GetRelativePath(CoreRoot, path).Replace('\\', '/');
                if (LeftOut.Contains(file)) continue;
                findings.AddRange(Unexplained(file, File.ReadAllText(path), [.. Structural, .. Analysis]));
            }
        Assert.True(findings.Count == 0, "numbers to move into ScoringProfile (or allow-list with a reason):\n" + string.Join("\n", findings));
    }

    [Fact]
    public void The_scanner_reports_a_number_that_is_neither_in_the_profile_nor_allowed()
    {
        const string snippet = """
            static class Scorer
            {
                // 0.37 in a comment does not count, nor "0.37" in a string.
                public static double Score(double s) => s > 0 ? s * 0.37 + 1 : 0;
            }
            """;
        var found = Unexplained("Matching/Scorer.cs", snippet, Structural).ToList();
        var literal = Assert.Single(found);
        Assert.Equal("0.37", literal.Text);
        Assert.Equal(4, literal.Line);
    }

    [Fact]
    public void An_allowed_number_is_allowed_only_in_its_own_file()
    {
        const string snippet = "static class A { const int Bits = 64; }";
        Assert.Empty(Unexplained("Index/Trigrams.cs", snippet, Structural));
        Assert.Single(Unexplained("Matching/Other.cs", snippet, Structural));
    }

    [Fact]
    public void Every_allow_list_entry_has_a_reason() =>
        Assert.All(Structural.Concat(Analysis), a => Assert.False(string.IsNullOrWhiteSpace(a.Reason), a.File + " " + a.Value));
}
