using System.Collections.Frozen;
using System.Reflection;

namespace Vigil.Core.Text;

/// <summary>
/// The one loader of the embedded reference tables (<see cref="Rows(Assembly, string, int)"/>), and the word tables names and free text are
/// analysed with, loaded once from Core's <c>Text/Data/*.tsv</c>.
/// </summary>
/// <remarks>
/// The word tables: stop words, particles and titles; legal forms; the multilingual organisation vocabulary;
/// name-variant families; and for free text the joiners, prose titles and abbreviations. Reference data lives in these
/// files rather than in code so each fact sits beside a header saying where it comes from.
/// </remarks>
public sealed class ReferenceData
{
    /// <summary>The prefix of the resource names of Core's own tables.</summary>
    internal const string CoreTables = "Vigil.Core.Text.Data.";

    private static readonly Lazy<ReferenceData> Shared = new(() => new ReferenceData());

    /// <summary>The tables, loaded on first use.</summary>
    internal static ReferenceData Instance => Shared.Value;

    private ReferenceData()
    {
        var classes = new Dictionary<string, TokenClass>(StringComparer.Ordinal);
        var stops = new HashSet<string>(StringComparer.Ordinal);
        var slashedVessel = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cols in CoreRows("stopwords.tsv", 2))
        {
            switch (cols[1])
            {
                case "stop": stops.Add(cols[0]); break;
                case "particle": classes.TryAdd(cols[0], TokenClass.Particle); break;
                case "title": classes.TryAdd(cols[0], TokenClass.Title); break;
                case "vessel": classes.TryAdd(cols[0], TokenClass.VesselPrefix); break;
                case "vessel-slashed": slashedVessel.Add(cols[0]); break;
                default: throw cols.Error($"unknown class '{cols[1]}' for '{cols[0]}'");
            }
        }

        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        var canonicalForms = new HashSet<string>(StringComparer.Ordinal);
        var longest = 1;
        var prefixForms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cols in CoreRows("org_types.tsv", 2))
        {
            forms.TryAdd(cols[0], cols[1]);
            canonicalForms.Add(cols[1]);
            longest = Math.Max(longest, cols[0].Count(c => c == ' ') + 1);
            if (cols[2] == "prefix") prefixForms.Add(cols[0]);
        }
        var handForms = new HashSet<string>(forms.Keys, StringComparer.Ordinal);

        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var generic = new HashSet<string>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        // Country names and nationality words of one word ("IRAN", "KOREAN") say where an organisation is, not which one
        // it is: in organisation names they weigh like generic words.
        foreach (var (_, key) in Countries.OneWordNames())
        {
            words.TryAdd(key, key);
            generic.Add(key);
        }
        foreach (var cols in CoreRows("org_words.tsv", 2))
        {
            words[cols[0]] = cols[1];
            if (cols[2] == "1") generic.Add(cols[1]);
            if (cols.Cells.Count > 3 && cols[3] == "named") named.Add(cols[0]);
            else if (cols.Cells.Count > 3 && cols[3].Length > 0) throw cols.Error($"unknown flag '{cols[3]}' (only 'named')");
        }

        // Arabic-script organisation words, keyed by the normaliser's reading of the word (شركة → shrk).
        var abjadWords = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cols in CoreRows("arabic_org_words.tsv", 3))
        {
            var key = TextNormalizer.Normalize(cols[0]);
            // A loanword that begins like the article (الکترونیک) is looked up as the normaliser splits it, without al.
            if (key.StartsWith("al ", StringComparison.Ordinal)) key = key[3..];
            if (key.Length == 0 || key.Contains(' ', StringComparison.Ordinal)) throw cols.Error($"'{cols[0]}' does not read as one word ('{key}')");
            if (abjadWords.TryGetValue(key, out var known) && known != cols[1]) throw cols.Error($"'{cols[0]}' reads as '{key}', already {known}");
            abjadWords[key] = cols[1];
            if (cols[2] == "1") generic.Add(cols[1]);
        }

        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        var endings = new List<string>();
        foreach (var cols in CoreRows("org_word_stems.tsv", 1))
        {
            if (cols[0].StartsWith('-')) { endings.Add(cols[0][1..]); continue; }
            if (cols.Cells.Count < 3) throw cols.Error("a stem needs its English form and generic flag");
            if (cols[0].Length < OrgStemMinLength) throw cols.Error($"a stem needs at least {OrgStemMinLength} letters");
            if (!stems.TryAdd(cols[0], cols[1])) throw cols.Error($"stem '{cols[0]}' is listed twice");
            if (cols[2] == "1") generic.Add(cols[1]);
        }
        OrgStems = stems.ToFrozenDictionary(StringComparer.Ordinal);
        _stemLookup = OrgStems.GetAlternateLookup<ReadOnlySpan<char>>();
        // Longest first: "ogo" before "o", so a stem is never cut short.
        StemEndings = [.. endings.Distinct(StringComparer.Ordinal).OrderByDescending(e => e.Length)];

        var variants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cols in CoreRows("given_name_variants.tsv", 2))
        {
            variants.TryAdd(cols[0], cols[0]);
            foreach (var v in cols[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                variants.TryAdd(v, cols[0]);
        }

        // An ELF entry made of words the stem table translates is words too (Центральный банк, Федеральное государственное
        // унитарное предприятие): its English translation then matches it.
        var abjadForms = new HashSet<string>(StringComparer.Ordinal);
        longest = Math.Max(longest, AddElfForms(forms, canonicalForms, words, stops, classes, variants, w => ReadStem(w, out var translated) is not null && translated, abjadForms));
        AbjadLegalForms = abjadForms.ToFrozenSet(StringComparer.Ordinal);
        var starts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in forms.Keys)
            if (key.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space) starts.Add(key[..space]);

        Nicknames = NicknameTable();
        StopWords = stops.ToFrozenSet(StringComparer.Ordinal);
        LegalFormStarts = starts.ToFrozenSet(StringComparer.Ordinal);
        PrefixLegalForms = prefixForms.ToFrozenSet(StringComparer.Ordinal);
        HandLegalForms = handForms.ToFrozenSet(StringComparer.Ordinal);
        Classes = classes.ToFrozenDictionary(StringComparer.Ordinal);
        LegalForms = forms.ToFrozenDictionary(StringComparer.Ordinal);
        CanonicalLegalForms = canonicalForms.ToFrozenSet(StringComparer.Ordinal);
        LongestLegalForm = longest;
        OrgWords = words.ToFrozenDictionary(StringComparer.Ordinal);
        GenericWords = generic.ToFrozenSet(StringComparer.Ordinal);
        SlashedVesselPrefixes = slashedVessel.ToFrozenSet(StringComparer.Ordinal);
        NamedOrgWords = named.ToFrozenSet(StringComparer.Ordinal);
        AbjadOrgWords = abjadWords.ToFrozenDictionary(StringComparer.Ordinal);
        FoldTargets = words.Values.Concat(stems.Values).Concat(canonicalForms).ToFrozenSet(StringComparer.Ordinal);
        Variants = variants.ToFrozenDictionary(StringComparer.Ordinal);
        Joiners = Words("name_joiners.tsv");
        Conjunctions = CoreRows("name_joiners.tsv", 1).Where(r => r[1] == "and").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
        ProseTitles = Words("prose_titles.tsv");
        ProseTitleEnglish = CoreRows("prose_titles.tsv", 1).Where(r => r.Cells.Count > 1 && r[1].Length > 0)
            .ToFrozenDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        Abbreviations = Words("abbreviations.tsv");
        BirthMarkers = Words("birth_markers.tsv");
        // Longest first, so a longer spelling is never cut short by a shorter one that starts it.
        AbdulPrefixes = [.. CoreRows("abdul_prefixes.tsv", 1).Select(r => r[0]).OrderByDescending(p => p.Length)];
        var theophoric = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cols in CoreRows("theophoric.tsv", 2))
        {
            if (cols[1] is not ("allah" or "din")) throw cols.Error($"unknown element '{cols[1]}' (allah or din)");
            if (!theophoric.Add(cols[0])) throw cols.Error($"'{cols[0]}' is listed twice");
        }
        Theophoric = theophoric.ToFrozenSet(StringComparer.Ordinal);
        NameSuffixes = CoreRows("name_suffixes.tsv", 1).Select(r => TextNormalizer.Normalize(r[0])).ToFrozenSet(StringComparer.Ordinal);
        Elisions = CoreRows("elisions.tsv", 2).Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
        TurkishNameSuffixes = CoreRows("turkish_name_suffixes.tsv", 2).Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);

        var fuzzy = new Dictionary<char, List<string>>();
        // Only the hand table's forms are read with a typo: the ISO 20275 list's thousands of local words would turn
        // many a misspelt name word into a legal form.
        foreach (var key in handForms.Where(k => !k.Contains(' ', StringComparison.Ordinal)).Concat(words.Keys))
        {
            if (key.Length < FuzzyKeyMinLength) continue;
            if (!fuzzy.TryGetValue(key[0], out var list)) fuzzy[key[0]] = list = [];
            list.Add(key);
        }
        FuzzyOrgKeys = fuzzy.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    /// <summary>The fewest letters a stem of <c>org_word_stems.tsv</c> keeps.</summary>
    internal const int OrgStemMinLength = 4;

    /// <summary>Stem of a Russian or Ukrainian organisation word → its English form (<c>org_word_stems.tsv</c>).</summary>
    internal FrozenDictionary<string, string> OrgStems { get; }

    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _stemLookup;

    /// <summary>The case endings a stem of <see cref="OrgStems"/> may carry, longest first.</summary>
    internal string[] StemEndings { get; }

    /// <summary>An organisation word read as a stem of <c>org_word_stems.tsv</c> and a case ending (<c>zavoda</c> →
    /// <c>factory</c>, <c>metallurgicheskiy</c> → <c>metallurgical</c>), or a place adjective in -sk- read as its place
    /// (<c>samarskiy</c> → <c>samar</c>, <c>moskovskiy</c> → <c>moscow</c>, <c>omskiy</c> → <c>omsk</c>); null for any
    /// other word. <paramref name="translated"/> says whether the result is an English form of the table.</summary>
    internal string? ReadStem(string word, out bool translated)
    {
        translated = true;
        if (word.Length < OrgStemMinLength) return null;
        if (_stemLookup.TryGetValue(word, out var english)) return english;
        foreach (var ending in StemEndings)
        {
            if (word.Length - ending.Length < OrgStemMinLength || !word.EndsWith(ending, StringComparison.Ordinal)) continue;
            // Looked up as a span: most words end in some ending, few are a stem.
            var stem = word.AsSpan(0, word.Length - ending.Length);
            if (_stemLookup.TryGetValue(stem, out english)) return english;
            // A place adjective: samarskiy, chelyabinskaya, arzamasskogo; and -sky, -ski, as English, Polish and German
            // write -skiy (Voronsky, Woronski = Voronskiy).
            if (stem.EndsWith("sk", StringComparison.Ordinal) && (ending.Length >= 2 || ending is "i" or "y") && ending[0] is 'i' or 'o' or 'a' or 'u' or 'y' or 'e')
            {
                var place = stem.Length - 2 >= OrgStemMinLength ? stem[..^2] : stem;
                if (_stemLookup.TryGetValue(place, out english)) return english;
                translated = false;
                return place.ToString();
            }
        }
        return null;
    }

    /// <summary>Longer names in the ISO 20275 list describe a class of entities, not the end of a name.</summary>
    internal const int ElfMaxWords = 6;

    /// <summary>
    /// Adds the legal forms of the ISO 20275 Entity Legal Forms list (<c>Text/Data/legal_forms_elf.tsv</c>, generated by
    /// <c>scripts/legal-forms/generate_elf_table.py</c>) that the hand table does not hold, each spelling normalised as
    /// names are, dotted letters joined (<c>sp. z o.o.</c> → <c>sp z oo</c>). Returns the longest form in words.
    /// </summary>
    /// <remarks>A spelling made only of words the other tables already read (<c>Central bank</c>, <c>Foundation</c>,
    /// <c>Investment Company</c>, <c>Pte Ltd</c>: organisation words, common words, joining words, countries, given names,
    /// the hand table's legal forms, Russian words the stem table translates: <c>Центральный банк</c>) is left out: such
    /// words name the party as often as its form, and the hand table already reads its forms one by one. What remains has a word of its own (<c>Haftung</c>, <c>Aktiebolag</c>).</remarks>
    private static int AddElfForms(Dictionary<string, string> forms, HashSet<string> canonicalForms, Dictionary<string, string> orgWords,
        HashSet<string> stops, Dictionary<string, TokenClass> classes, Dictionary<string, string> variants, Func<string, bool> stemWord,
        HashSet<string> abjadForms)
    {
        var common = CoreRows("common_words.tsv", 1).Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var longest = 1;
        var raw = new List<RawToken>(8);
        foreach (var cols in CoreRows("legal_forms_elf.tsv", 2))
        {
            raw.Clear();
            TextNormalizer.Tokenize(cols[0], raw);
            TextNormalizer.JoinDottedLetters(cols[0], raw, null);
            if (raw.Count == 0 || raw.Count > ElfMaxWords) continue;
            var ordinary = true;
            foreach (var t in raw)
            {
                var w = t.Text;
                var plain = forms.ContainsKey(w) || orgWords.ContainsKey(w) || common.Contains(w) || stops.Contains(w)
                    || classes.ContainsKey(w) || variants.ContainsKey(w) || (w.Length >= 4 && Countries.TryGetCode(w, out _)) || stemWord(w);
                if (!plain) { ordinary = false; break; }
            }
            if (ordinary) continue;
            var key = string.Join(' ', raw.Select(t => t.Text));
            if (raw.Count == 1 && key.Length < 2) continue;
            if (forms.TryAdd(key, cols[1]))
            {
                canonicalForms.Add(cols[1]);
                longest = Math.Max(longest, raw.Count);
            }
            if (raw.Exists(t => t.Abjad)) abjadForms.Add(key);
        }
        return longest;
    }

    /// <summary>Every spelling the tables fold to another word, with the word it folds to.</summary>
    internal IEnumerable<(string Surface, string Folded)> SurfaceForms()
    {
        foreach (var (k, v) in Variants) if (k != v) yield return (k, v);
        foreach (var (k, v) in OrgWords) if (k != v) yield return (k, v);
        foreach (var (k, v) in LegalForms) if (k != v && !k.Contains(' ', StringComparison.Ordinal)) yield return (k, v);
    }

    /// <summary>Legal forms and organisation words this long or longer are recognised with a typo.</summary>
    internal const int FuzzyKeyMinLength = 7;

    /// <summary>Single-word legal forms and organisation words of <see cref="FuzzyKeyMinLength"/>+ letters, by first letter.</summary>
    internal FrozenDictionary<char, string[]> FuzzyOrgKeys { get; }

    /// <summary>Joining words that carry nothing (and, of, the, y, und).</summary>
    internal FrozenSet<string> StopWords { get; }
    /// <summary>Particles, titles and vessel prefixes.</summary>
    internal FrozenDictionary<string, TokenClass> Classes { get; }
    /// <summary>Legal form as space-separated tokens → canonical form.</summary>
    internal FrozenDictionary<string, string> LegalForms { get; }
    /// <summary>The canonical forms legal forms fold to (llc, ltd, gmbh).</summary>
    internal FrozenSet<string> CanonicalLegalForms { get; }
    /// <summary>The most tokens a legal form spans.</summary>
    internal int LongestLegalForm { get; }

    /// <summary>The first words of legal forms of two or more words (<c>gesellschaft</c> of <c>gesellschaft mit beschrankter
    /// haftung</c>): a word outside it starts no longer form, so the analyser tries it alone.</summary>
    internal FrozenSet<string> LegalFormStarts { get; }

    /// <summary>nicknames.tsv (English) and hypocorisms.tsv (other languages, read both ways) as one table: a name and the
    /// names it may be written as.</summary>
    private static FrozenDictionary<string, string[]> NicknameTable()
    {
        var related = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var r in CoreRows("nicknames.tsv", 2)) Add(r[0], r[1].Split('|'));
        foreach (var r in CoreRows("hypocorisms.tsv", 3))
        {
            var shortForms = r[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Add(r[0], shortForms);
            foreach (var s in shortForms) Add(s, [r[0]]);
        }
        return related.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);

        void Add(string name, IEnumerable<string> others)
        {
            if (!related.TryGetValue(name, out var list)) related[name] = list = [];
            foreach (var o in others)
                if (o != name && !list.Contains(o)) list.Add(o);
        }
    }

    /// <summary>Given names and their nicknames or full forms, both ways (<c>bill</c> → <c>william</c>, …).</summary>
    internal FrozenDictionary<string, string[]> Nicknames { get; }

    /// <summary>The legal forms of the hand table (<c>org_types.tsv</c>), without those the ISO 20275 list adds.</summary>
    internal FrozenSet<string> HandLegalForms { get; }

    /// <summary>Short legal forms written before the name (<c>PT</c> in Indonesia), read as forms at its start too.</summary>
    internal FrozenSet<string> PrefixLegalForms { get; }
    /// <summary>Organisation word in any language → its English form.</summary>
    internal FrozenDictionary<string, string> OrgWords { get; }
    /// <summary>English forms that are generic in organisation names.</summary>
    internal FrozenSet<string> GenericWords { get; }

    /// <summary>Organisation words that are also personal names (<c>eng</c>, <c>dev</c>): read as organisation words only
    /// in a name known to be an organisation's or a vessel's.</summary>
    internal FrozenSet<string> NamedOrgWords { get; }

    /// <summary>Legal forms the ISO 20275 list spells in the Arabic script (ذ.م.م, ش.م.ع): the only ones a word written in
    /// that script can be. A Latin abbreviation (ML, Nigeria) is not the consonants of an Arabic word (الأمل al-Amal).</summary>
    internal FrozenSet<string> AbjadLegalForms { get; }

    /// <summary>Organisation words written in the Arabic script (<c>arabic_org_words.tsv</c>), by the normaliser's reading
    /// of them (شركة → <c>shrk</c>) → their English form: <see cref="Scripts.ArabicScript.WithOrgWordsInEnglish"/>.</summary>
    internal FrozenDictionary<string, string> AbjadOrgWords { get; }

    /// <summary>Two letters that are a vessel prefix only when written with a slash (<c>M/Y</c>, <c>S/Y</c>: motor and
    /// sailing yacht), as "my" and "sy" are words and names of their own.</summary>
    internal FrozenSet<string> SlashedVesselPrefixes { get; }

    /// <summary>The words the organisation-word and legal-form tables fold spellings to (<c>shipping</c>, <c>aviation</c>,
    /// <c>llc</c>): words the tables know, so never a misspelling of another word's spelling.</summary>
    internal FrozenSet<string> FoldTargets { get; }
    /// <summary>Spelling variant → the canonical spelling of its family.</summary>
    internal FrozenDictionary<string, string> Variants { get; }
    /// <summary>Lower-case words that may stand inside a name in running text (de, al, bin, von, y).</summary>
    internal FrozenSet<string> Joiners { get; }
    /// <summary>The joiners that are conjunctions (and, y, et, und): a name may stand on each side.</summary>
    internal FrozenSet<string> Conjunctions { get; }
    /// <summary>Titles and offices news puts before a surname, beyond the titles names carry.</summary>
    internal FrozenSet<string> ProseTitles { get; }

    /// <summary>The English word of a title of <c>prose_titles.tsv</c> written in another language (presidente → president).</summary>
    internal FrozenDictionary<string, string> ProseTitleEnglish { get; }
    /// <summary>Abbreviations whose full stop does not end a sentence (Mr., Co., Ltd.).</summary>
    internal FrozenSet<string> Abbreviations { get; }

    /// <summary>Words that introduce a birth date in running text (<c>born</c>, <c>nacido</c>, <c>geboren</c>).</summary>
    internal FrozenSet<string> BirthMarkers { get; }

    /// <summary>Spellings of <c>abdul</c> written joined to the next name (<c>abdel</c>, <c>abdoul</c>), longest first.</summary>
    internal string[] AbdulPrefixes { get; }

    /// <summary>Latin spellings of the name elements Allah and al-Din written as a word of their own, which join the word
    /// before (<c>theophoric.tsv</c>; its second column, allah or din, says which element a spelling is).</summary>
    internal FrozenSet<string> Theophoric { get; }

    /// <summary>Persian family-name endings written apart (<c>zdh</c> of زاده, <c>zadeh</c>), normalised: they join the word
    /// before (<c>name_suffixes.tsv</c>).</summary>
    internal FrozenSet<string> NameSuffixes { get; }

    /// <summary>French, Italian and Catalan words written elided before a vowel, lower case without the apostrophe
    /// (<c>l</c>, <c>d</c>, <c>dell</c>: <c>elisions.tsv</c>).</summary>
    internal FrozenSet<string> Elisions { get; }

    /// <summary>Turkish suffixes written after a proper name and an apostrophe (<c>ya</c>, <c>nın</c>, <c>tan</c>:
    /// <c>turkish_name_suffixes.tsv</c>), lower case as written.</summary>
    internal FrozenSet<string> TurkishNameSuffixes { get; }

    /// <summary>
    /// Reads the data rows of the embedded table <paramref name="resourceName"/> of <paramref name="assembly"/>, each with
    /// at least <paramref name="columns"/> tab-separated cells, skipping blank lines and <c>#</c> comment lines.
    /// </summary>
    /// <remarks>
    /// A table must open with a comment saying what it is and where its facts come from, and a short line is an error
    /// naming the file and line: embedded tables ship with the build, so a fault in one is a defect to stop on.
    /// </remarks>
    public static IEnumerable<TableRow> Rows(Assembly assembly, string resourceName, int columns)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(resourceName);
        return Read(assembly, resourceName, columns);

        static IEnumerable<TableRow> Read(Assembly assembly, string resourceName, int columns)
        {
            var stream = assembly.GetManifestResourceStream(resourceName)
                ?? throw new InvalidOperationException($"embedded table {resourceName} is missing from {assembly.GetName().Name}");
            foreach (var row in Rows(new StreamReader(stream), resourceName, columns)) yield return row;
        }
    }

    /// <summary>Reads the data rows of a table from <paramref name="reader"/> (disposed when read), as <see cref="Rows(Assembly, string, int)"/>.</summary>
    internal static IEnumerable<TableRow> Rows(TextReader reader, string file, int columns)
    {
        using (reader)
        {
            var number = 0;
            while (reader.ReadLine() is { } line)
            {
                number++;
                if (number == 1 && !line.StartsWith('#'))
                    throw new InvalidDataException($"{file} line 1: a table must open with a # comment saying what it is and where its facts come from");
                if (line.Length == 0 || line[0] == '#') continue;
                var cells = line.Split('\t');
                for (var i = 0; i < cells.Length; i++) cells[i] = cells[i].Trim();
                if (cells.Length < columns)
                    throw new InvalidDataException($"{file} line {number}: needs at least {columns} tab-separated columns, has {cells.Length}: '{line}'");
                yield return new TableRow(file, number, cells);
            }
        }
    }

    /// <summary>The rows of one of Core's own tables (<c>Text/Data/<paramref name="file"/></c>).</summary>
    internal static IEnumerable<TableRow> CoreRows(string file, int columns) =>
        Rows(typeof(ReferenceData).Assembly, CoreTables + file, columns);

    /// <summary>The first column of one of Core's own tables, as a set.</summary>
    private static FrozenSet<string> Words(string file) =>
        CoreRows(file, 1).Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
}
