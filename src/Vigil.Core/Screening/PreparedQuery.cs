using Vigil.Core.Index;
using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Names;
using Vigil.Core.Text;

namespace Vigil.Core.Screening;

/// <summary>A query analysed once, with the same analyser as the listed names, weighted by the index's vocabulary.</summary>
public sealed class PreparedQuery
{
    /// <param name="query">The query.</param>
    /// <param name="index">The index whose vocabulary weighs the words.</param>
    /// <param name="readAs">The kind whose rules read the name, when not the query's own: a name of unknown kind read as
    /// an organisation's (<see cref="Screener.Search(ScreeningQuery, SearchOptions?)"/>) keeps its unknown kind for the
    /// features.</param>
    internal PreparedQuery(ScreeningQuery query, ScreeningIndex index, EntityKind? readAs = null, bool cut = false)
    {
        Query = query;
        var profile = index.Profile;
        Tokens = NameAnalyzer.Analyze(query.Name, readAs ?? query.Kind, profile);
        if (Tokens.Length > MaxWords) Tokens = Tokens[..MaxWords];
        var vocabulary = index.Vocabulary;
        var units = new List<QueryUnit>(Tokens.Length * 2);
        for (var i = 0; i < Tokens.Length; i++)
        {
            var t = Tokens[i];
            var idf = vocabulary.TryGetId(t.Text, out var id) && !vocabulary.Joined[id] ? vocabulary.Idf[id] : vocabulary.MaxIdf;
            var weight = NameTable.Weight(idf, t.Class, profile);
            // Words in brackets are a gloss (an acronym, a former name): matching them helps, missing them costs little.
            if (InBrackets(query.Name, t.Start)) weight *= (float)profile.BracketFactor;
            var hepburn = Text.Scripts.Kana.Holds(query.Name, t.Start, t.End) ? Text.Scripts.Kana.Hepburn(query.Name, t.Start, t.End) : null;
            var unit = new QueryUnit(t.Text, t.Class, t.Abjad, weight, i, 1);
            units.Add(hepburn is null ? unit : unit.WithKana(hepburn));
            TotalWeight += units[^1].Weight;
        }
        Singles = units.Count;
        if (cut && Cut(query, Tokens, index))
        {
            units[^1] = units[^1] with { Cut = true };
            HasCut = true;
        }
        for (var i = 0; i + 1 < Tokens.Length; i++)
        {
            if (!Tokens[i].Class.Joinable() || !Tokens[i + 1].Class.Joinable()) continue;
            units.Add(new QueryUnit(Joined(Tokens[i]) + Joined(Tokens[i + 1]), TokenClass.Normal, Tokens[i].Abjad || Tokens[i + 1].Abjad,
                units[i].Weight + units[i + 1].Weight, i, 2));
        }
        Units = [.. units];
        Marks = NameMarks.Of(Tokens, readAs ?? query.Kind, profile);
        if (query.Kind == EntityKind.Unknown) LegalForm = CompanyForm(Tokens, index);
        IdCanonical = string.IsNullOrWhiteSpace(query.IdNumber) ? null : CanonicalId(query.IdNumber, profile.IdentifierMinLength);
    }

    public ScreeningQuery Query { get; }
    /// <summary>The last word is read as cut at a field's end (<see cref="QueryUnit.Cut"/>).</summary>
    internal bool HasCut { get; }
    public NameToken[] Tokens { get; }
    internal QueryUnit[] Units { get; }
    /// <summary>The first <see cref="Singles"/> units are the query's words; the rest are joined pairs.</summary>
    internal int Singles { get; }
    internal float TotalWeight { get; }
    internal string? IdCanonical { get; }
    /// <summary>The numbers and contrast words of the query name (<see cref="NameMarks"/>).</summary>
    internal NameMark[] Marks { get; }
    /// <summary>The legal form a query of unknown kind names itself with ("Inc.", "GmbH", "OOO"), as written: it says the
    /// party is no natural person (<see cref="Matching.Features.KindFeature"/>). Not a form that is also a word of a listed
    /// person's name ("Pao", "Son", "Ag") unless a generic organisation word agrees, and null for a query of known kind.</summary>
    internal string? LegalForm { get; }

    /// <summary>The legal form that opens or closes a name of unknown kind ("OOO Vega", "Vega Ltd"), as written; null when
    /// there is none. One inside a name may be a name word. A form that is also a word of a listed person's name ("As",
    /// "Son") counts only when a generic organisation word of the name agrees ("Oliveira Media A.S.").</summary>
    internal static string? CompanyForm(NameToken[] tokens, ScreeningIndex index)
    {
        if (tokens.Length < 2) return null;
        foreach (var t in (ReadOnlySpan<NameToken>)[tokens[0], tokens[^1]])
            if (t.Class == TokenClass.LegalForm && (!index.InPersonName(t.Surface ?? t.Text) || tokens.Any(w => w.Class == TokenClass.Generic)))
                return t.Surface ?? t.Text;
        return null;
    }

    /// <summary>Whether the name may have been cut at a field's end (SWIFT name lines hold 35 characters: <c>REVOLUTIONARY
    /// ARMED FORCES OF COLOM</c>): no person's, at least <see cref="ScoringProfile.CutNameMinLength"/> characters, ending
    /// in a plain word of <see cref="ScoringProfile.CutWordMinLength"/>+ letters with nothing after it. That word may then
    /// stand for a longer one it begins (a word the lists hold too: INTER of INTERNACIONAL).</summary>
    internal static bool Cut(ScreeningQuery query, NameToken[] tokens, ScreeningIndex index)
    {
        var profile = index.Profile;
        var name = query.Name.TrimEnd();
        if (query.Kind == EntityKind.Person || tokens.Length < 2 || name.Length < profile.CutNameMinLength) return false;
        var last = tokens[^1];
        return last.Class == TokenClass.Normal && !last.Abjad && last.Surface is null && last.Text.Length >= profile.CutWordMinLength
            && last.End == name.Length && char.IsLetter(name[^1]);
    }

    /// <summary>The canonical number, without a leading "IMO" or "MMSI" label (<c>IMO 9116412</c> → <c>9116412</c>).</summary>
    private static string? CanonicalId(string number, int minLength)
    {
        var c = Identifier.CanonicalOf(number);
        foreach (var label in (ReadOnlySpan<string>)["IMO", "MMSI"])
            if (c.Length > label.Length + minLength && c.StartsWith(label, StringComparison.Ordinal) && c.AsSpan(label.Length).IndexOfAnyExceptInRange('0', '9') < 0)
                c = c[label.Length..];
        return c.Length >= minLength ? c : null;
    }

    /// <summary>Query words beyond this are dropped: the bit masks of the candidate search hold 32 words and 31 joined pairs.</summary>
    internal const int MaxWords = 32;

    /// <summary>A word as it joins its neighbour: as written when the given-name table folded it, since a name written
    /// as one word keeps its spelling ("Petro Vanta" = PETROVANTA, not pyotr + vanta), else as analysed ("Sea Land").</summary>
    private static string Joined(NameToken token) =>
        token.Surface is { } surface && token.Class == TokenClass.Normal && ReferenceData.Instance.Variants.ContainsKey(surface) ? surface : token.Text;

    private static bool InBrackets(string text, int at)
    {
        var open = text.LastIndexOf('(', Math.Max(0, at - 1));
        return open >= 0 && at > open && text.IndexOf(')', open) is var close && (close < 0 || close > at);
    }

}
