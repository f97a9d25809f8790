using Vigil.Core.Index;
using Vigil.Core.Model;
using Vigil.Core.Screening;

namespace Vigil.Core.Matching;

/// <summary>Scores two names against each other, without the lists: the matcher's one scoring path over a one-name index.</summary>
/// <remarks>Without the lists there is no rarity to weigh words by, so every word weighs the same (classes still apply).
/// Each name is scored once as the query and once as the listed name; the kinder direction counts twice:
/// <c>(k·max + min) / (k + 1)</c> with k = <see cref="ScoringProfile.CompareKinderWeight"/> (2). A list usually holds the fuller name, so the direction that treats the longer name as
/// listed (whose extra words cost <see cref="ScoringProfile.UnmatchedListWordFactor"/>) is the one screening sees; the
/// other keeps a single shared word (<c>Vladimir</c> / <c>Vladimir Putin</c>) below the threshold. Symmetric:
/// <c>Compare(a, b) == Compare(b, a)</c>. An organisation's initials are made on the listed side only (<c>IRISL</c>), so a
/// pair matched through them is judged by that direction alone; so is a pair of a name in kana and one in Latin letters,
/// whose loanword key is read on the kana side only, and a pair matched by splitting a name written without spaces
/// (<c>alexandervyacheslavovichzakharov</c>, <c>أمجدعباس</c>), which only a query is.</remarks>
public static class NameComparer
{
    /// <summary>Similarity of two names in [0, 1], scored by <paramref name="profile"/> (null: <see cref="ScoringProfile.Default"/>).</summary>
    public static double Compare(string a, string b, EntityKind kind = EntityKind.Unknown, ScoringProfile? profile = null)
    {
        // No type given: the names say which kind's rules apply (a person's nicknames, an organisation's numbers).
        if (kind == EntityKind.Unknown) kind = Names.KindEvidence.OfPair(a, b);
        var (ab, abOneSided, abGeneric) = OneWay(a, b, kind, profile);
        var (ba, baOneSided, baGeneric) = OneWay(b, a, kind, profile);
        // Only a listed organisation name yields its initials (IRISL): when one direction matched through them, the other
        // cannot see them, so the pair is judged by the direction that can.
        // Likewise a kana word's loanword key is read on the query side only (ドナルド・トランプ / Donald Trump).
        // And a name written without spaces is split on the query side only (alexandervyacheslavovichzakharov, أمجدعباس).
        if (abOneSided || baOneSided || HoldsKana(a) != HoldsKana(b)) return Math.Max(ab, ba);
        // An organisation's name and the same name with only generic words, sector words and legal forms added (Rosneft /
        // Rosneft Oil Company): the longer one adds no other name, so the kinder direction is the pair's (a shared word
        // alone stays below the threshold when what the other name adds names something: Sberbank / Sberbank Europe AG).
        // Likewise a person's name given in part, the first name and others kept (Joaquin Guzman / Joaquin Archivaldo
        // Guzman Loera): the longer one adds middle names, patronymics or a second family name.
        if (abGeneric || baGeneric) return Math.Max(ab, ba);
        var kinder = (profile ?? ScoringProfile.Default).CompareKinderWeight;
        return (kinder * Math.Max(ab, ba) + Math.Min(ab, ba)) / (kinder + 1);
    }

    private static bool HoldsKana(string name) => Text.Scripts.Kana.Holds(name, 0, name.Length);

    /// <returns>The score; whether it came by a way only this direction has; whether the listed name is the query with
    /// only generic words added (<see cref="OnlyGenericAdded"/>, organisations only).</returns>
    private static (double Score, bool OneSided, bool OnlyGeneric) OneWay(string query, string listed, EntityKind kind, ScoringProfile? profile)
    {
        var entity = new Entity { Source = "compare", SourceId = "1", Kind = kind, Names = [new EntityName(listed)] };
        var screener = new Screener(ScreeningIndex.Build([entity], profile));
        var organisation = kind != EntityKind.Person;
        var hits = screener.Search(new ScreeningQuery(query, kind), new SearchOptions(Top: 1, MinScore: 0, Exhaustive: true, Explain: organisation || kind == EntityKind.Person));
        if (hits.Count == 0) return (0, false, false);
        var hit = hits[0];
        var oneSided = (hit.MatchedRole == NameRole.WeakAlias && !string.Equals(hit.MatchedName, listed, StringComparison.Ordinal))
            || (hit.QueryPart is { } part && OnlySpacesAdded(query, part));
        if (!organisation) return (hit.Score, oneSided, GivenNameAndOthersKept(hit, listed));
        var classes = new Dictionary<string, Text.TokenClass>(StringComparer.Ordinal);
        foreach (var t in Names.NameAnalyzer.Analyze(listed, kind)) classes.TryAdd(t.Text, t.Class);
        if (!OnlyGenericAdded(hit, query, classes, kind)) return (hit.Score, oneSided, false);
        return (SectorWordsAsGeneric(hit, classes), oneSided, true);
    }

    /// <summary>The score of <paramref name="hit"/> with the sector words the listed name adds (<c>Rosneft</c> /
    /// <c>Rosneft Oil Company</c>) weighed as generic words (<see cref="ScoringProfile.GenericWeight"/>).</summary>
    /// <remarks>Screening weighs a word by how many listed names hold it, so a sector word shared by many (oil, bank,
    /// shipping) weighs little there; a one-name comparison has no such count and weighs it as a name word, which left
    /// <c>Rosneft</c> / <c>Rosneft Oil Company</c> at 0.78. Only when the listed name adds nothing but generic words, sector
    /// words and legal forms: a sector word the other name lacks while holding another of its group (bank / insurance) is
    /// the contrast feature's, and a sector word among other added name words keeps its weight. Nor when the shorter name
    /// says itself what kind of organisation it is (<c>Dalian University</c> / <c>Dalian Maritime University</c>): the
    /// sector word then tells one institution from another.</remarks>
    private static double SectorWordsAsGeneric(ScreeningHit hit, Dictionary<string, Text.TokenClass> classes)
    {
        var explanation = hit.Explanation!;
        double paired = 0, sector = 0;
        foreach (var w in explanation.Words)
        {
            if (w.Query is not null && w.Listed is not null)
            {
                if (classes.GetValueOrDefault(w.Listed) == Text.TokenClass.Generic || IsSector(w.Listed)) return hit.Score;
                paired += w.Similarity * w.Weight;
            }
            else if (w.Query is null && w.Listed is not null && IsSector(w.Listed)) sector += w.Weight;
        }
        var name = explanation.Features.FirstOrDefault(f => f.Feature == "name").Effect;
        if (sector <= 0 || name <= 0) return hit.Score;
        var profile = hit.Profile;
        var denominator = paired / name - profile.UnmatchedListWordFactor * (1 - profile.GenericWeight) * sector;
        return Math.Clamp(hit.Score - name + paired / denominator, 0, 1);
    }

    /// <summary>Whether the query of <paramref name="hit"/> is a person's name given in part: every one of its words, at
    /// least two ordinary name words, paired with <paramref name="longer"/>, whose first name word is one of them (the
    /// name the person is called by), so what the query leaves out are middle names, patronymics or a second family name
    /// (<c>Joaquin Guzman</c> / <c>Joaquin Archivaldo Guzman Loera</c>). Not: a query that leaves out the first name
    /// (<c>Hafez Assad</c> / <c>Bashar Hafez al-Assad</c>: a father's name in the chain), one whose words pair only as
    /// misspellings (below <see cref="ScoringProfile.PhoneticSimilarity"/>), and one that keeps half of a name written as
    /// one: a hyphenated name (<c>Eli Cohn</c> / <c>Eli Cohn-Bendit</c>) or a name closed by Allah or al-Din
    /// (<c>Nur Haddad</c> / <c>Nur al-Din Haddad</c>, <c>Text/Data/theophoric.tsv</c>).</summary>
    private static bool GivenNameAndOthersKept(ScreeningHit hit, string longer)
    {
        if (hit.Explanation is not { } explanation || hit.QueryPart is not null) return false;
        var tokens = Names.NameAnalyzer.Analyze(longer, EntityKind.Person);
        var first = Array.FindIndex(tokens, t => t.Class == Text.TokenClass.Normal);
        if (first < 0) return false;
        var pairedListed = new HashSet<string>(StringComparer.Ordinal);
        var paired = 0;
        foreach (var w in explanation.Words)
        {
            if (w.Query is null) continue;
            // A word of the shorter name unpaired, or paired only as a misspelling (Quiroga / Quiroz): another name.
            if (w.Listed is null || w.Similarity < hit.Profile.PhoneticSimilarity) return false;
            pairedListed.Add(w.Listed);
            if (Array.Exists(tokens, t => t.Class == Text.TokenClass.Normal && t.Text == w.Listed)) paired++;
        }
        // Something is left out: the longer name has an ordinary word the shorter did not pair.
        if (paired < 2 || !pairedListed.Contains(tokens[first].Text)
            || Array.TrueForAll(tokens, t => t.Class != Text.TokenClass.Normal || pairedListed.Contains(t.Text))) return false;
        // A name written as one is kept whole or left out whole (al-Zubaidi is a particle and a name, not one name).
        Names.NameToken? last = null, lastName = null;
        foreach (var t in tokens)
        {
            var joined = (last is { } l && l.Class == Text.TokenClass.Normal && Hyphenated(longer, l, t)) || IsNameElement(t);
            if (joined && lastName is { } head && pairedListed.Contains(head.Text) != pairedListed.Contains(t.Text)) return false;
            last = t;
            if (t.Class == Text.TokenClass.Normal) lastName = t;
        }
        return true;

        static bool Hyphenated(string name, Names.NameToken a, Names.NameToken b) =>
            b.Start == a.End + 1 && a.End < name.Length && name[a.End] == '-';

        // Allah or al-Din written apart (Text/Data/theophoric.tsv; الدين, الله as the normaliser writes them).
        static bool IsNameElement(Names.NameToken t) =>
            Text.ReferenceData.Instance.Theophoric.Contains(t.Text) || t.Text is "din" or "deen" or "dine" or "dyn" or "lh" or "allah";
    }

    /// <summary>Whether the query of <paramref name="hit"/> paired every one of its words, one of them an ordinary name word,
    /// with the listed name (its words' <paramref name="classes"/>), and the listed words left unpaired are all generic
    /// organisation words, sector words, legal forms, particles or titles. A legal form of the query may be left unpaired
    /// (<c>PAO Sberbank</c> / <c>Sberbank of Russia</c>): it says how the company is registered, not which it is.</summary>
    private static bool OnlyGenericAdded(ScreeningHit hit, string query, Dictionary<string, Text.TokenClass> classes, EntityKind kind)
    {
        if (hit.Explanation is not { } explanation || hit.QueryPart is not null) return false;
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in Names.NameAnalyzer.Analyze(query, kind))
            if (t.Class == Text.TokenClass.LegalForm) forms.Add(t.Text);
        var ordinaryPaired = false;
        foreach (var w in explanation.Words)
        {
            if (w.Query is not null && w.Listed is null && forms.Contains(w.Query)) continue;
            if (w.Query is not null && (w.Listed is null || w.Similarity <= 0)) return false; // a word of the shorter name unpaired
            if (w.Query is null && w.Listed is not null)
            {
                var cls = classes.GetValueOrDefault(w.Listed, Text.TokenClass.Normal);
                if (cls is not (Text.TokenClass.Generic or Text.TokenClass.LegalForm or Text.TokenClass.Particle or Text.TokenClass.Title) && !IsSector(w.Listed)) return false;
            }
            if (w.Query is not null && w.Listed is not null && w.Similarity > 0 && classes.GetValueOrDefault(w.Listed, Text.TokenClass.Normal) == Text.TokenClass.Normal)
                ordinaryPaired = true;
        }
        return ordinaryPaired;
    }

    // A sector word (oil, bank, steel, airline: contrast_words.tsv) says what the party does, not who it is.
    private static bool IsSector(string word) =>
        Text.ContrastWords.TryGet(word, out var group, out _) && Text.ContrastWords.GroupName(group) == "sector";

    // The reading is the query with spaces put in: a word written without them, split.
    private static bool OnlySpacesAdded(string query, string reading)
    {
        var q = Text.TextNormalizer.Normalize(query);
        var r = Text.TextNormalizer.Normalize(reading);
        return r.Length > q.Length && string.Equals(q.Replace(" ", "", StringComparison.Ordinal), r.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
