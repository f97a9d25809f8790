using Vigil.Core.Index;
using Vigil.Core.Model;
using Vigil.Core.Names;
using Vigil.Core.Text;

namespace Vigil.Core.Matching;

/// <summary>One word of a name that tells parties apart: a number (<c>8</c> of <c>No. 8</c>, <c>7</c> of <c>Fund VII</c>)
/// or a word of a contrast group (<c>north</c>, <c>export</c>, <c>bank</c>).</summary>
/// <param name="Group">0 for numbers; the contrast group's number (1 on) for words of <c>Text/Data/contrast_words.tsv</c>.</param>
/// <param name="Value">The number's digits, or the group member the word is (<c>northern</c> → <c>north</c>).</param>
internal readonly record struct NameMark(byte Group, string Value);

/// <summary>
/// The marks of a query and of every listed entity, and whether they disagree. Two names disagree in a group when both
/// hold marks of it and share none: <c>No. 8</c> / <c>No. 6</c>, <c>Fund VII</c> / <c>Fund VIII</c>, <c>North</c> /
/// <c>South</c>, <c>Exports</c> / <c>Imports</c>, <c>Bank</c> / <c>Insurance</c>.
/// </summary>
/// <remarks>
/// An entity's marks are those of all its names, so a listed alias with the query's number or word is agreement. Numbers
/// count in every kind of name; contrast words only between names that are not persons' (<c>West</c> is a surname).
/// Numbers longer than <see cref="ScoringProfile.NumberMarkMaxDigits"/> digits are registration or account numbers
/// written into a name, not the name's own numbering, and are no mark.
/// </remarks>
internal static class NameMarks
{
    /// <summary>The group of numbers.</summary>
    public const byte NumberGroup = 0;

    /// <summary>The marks of an analysed query.</summary>
    public static NameMark[] Of(NameToken[] tokens, EntityKind kind, ScoringProfile profile)
    {
        List<NameMark>? marks = null;
        foreach (var t in tokens)
            if (MarkOf(t.Text, t.Class, kind, profile) is { } mark && !(marks ??= []).Contains(mark)) marks.Add(mark);
        return marks is null ? [] : [.. marks];
    }

    /// <summary>Gives every entity of an index the marks of its names (called once per index, built or read back).</summary>
    public static void Attach(PreparedEntity[] entities, NameTable names, Vocabulary vocabulary, ScoringProfile profile)
    {
        var marks = new List<NameMark>();
        for (var e = 0; e < entities.Length; e++)
        {
            marks.Clear();
            var kind = entities[e].Kind;
            var first = names.FirstNameOf(e);
            for (var n = first; n < first + names.NameCountOf(e); n++)
            {
                var start = names.StartOf(n);
                for (var p = start; p < start + names.CountOf(n); p++)
                    if (MarkOf(vocabulary.Words[names.TokenId(p)], names.ClassAt(p), kind, profile) is { } mark && !marks.Contains(mark))
                        marks.Add(mark);
            }
            if (marks.Count > 0) entities[e].Marks = [.. marks];
        }
    }

    /// <summary>The groups (bit per group) in which the query's and the entity's marks disagree, among those
    /// <paramref name="numbers"/> selects (the number group, or the contrast groups). Allocates nothing.</summary>
    public static uint Conflicts(NameMark[] query, NameMark[] listed, bool numbers)
    {
        if (query.Length == 0 || listed.Length == 0) return 0;
        uint asked = 0, held = 0, shared = 0;
        foreach (var q in query)
        {
            if ((q.Group == NumberGroup) != numbers) continue;
            var bit = 1u << q.Group;
            asked |= bit;
            foreach (var l in listed)
            {
                if (l.Group != q.Group) continue;
                held |= bit;
                if (string.Equals(l.Value, q.Value, StringComparison.Ordinal)) shared |= bit;
            }
        }
        return asked & held & ~shared;
    }

    /// <summary>The marks of <paramref name="marks"/> in the groups of <paramref name="groups"/>, for an explanation.</summary>
    public static string Describe(NameMark[] marks, uint groups)
    {
        var parts = new List<string>();
        foreach (var m in marks)
            if ((groups & (1u << m.Group)) != 0) parts.Add(m.Group == NumberGroup ? m.Value : ContrastWords.GroupName(m.Group) + ":" + m.Value);
        return string.Join(",", parts);
    }

    private static NameMark? MarkOf(string word, TokenClass cls, EntityKind kind, ScoringProfile profile)
    {
        if (cls == TokenClass.Number)
            return word.Length <= profile.NumberMarkMaxDigits && Numbers.IsDigits(word) ? new NameMark(NumberGroup, word) : null;
        if (kind == EntityKind.Person) return null;
        return ContrastWords.TryGet(word, out var group, out var member) ? new NameMark(group, member) : null;
    }
}
