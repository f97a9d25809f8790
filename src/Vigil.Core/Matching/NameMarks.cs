using System.Collections.Frozen;
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

    /// <summary>The group of lineage marks: <c>a>b</c> for <c>A bin B</c>, A the son or daughter of B (persons only).</summary>
    public const byte LineageGroup = 31;

    /// <summary>The group of a query's head mark: <c>a>b</c> for a person's name that begins <c>A (bin) B</c> (queries only).</summary>
    public const byte LineageHeadGroup = 30;

    /// <summary>Words that say "son (daughter) of" between a name and the father's name.</summary>
    private static readonly FrozenSet<string> SonOf = new[] { "bin", "ibn", "bint", "binti", "ben", "ould" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The marks of an analysed query.</summary>
    public static NameMark[] Of(NameToken[] tokens, EntityKind kind, ScoringProfile profile)
    {
        List<NameMark>? marks = null;
        foreach (var t in tokens)
            if (MarkOf(t.Text, t.Class, kind, profile) is { } mark && !(marks ??= []).Contains(mark)) marks.Add(mark);
        if ((kind is EntityKind.Person or EntityKind.Unknown) && Array.Exists(tokens, t => SonOf.Contains(t.Text)))
        {
            var words = Array.ConvertAll(tokens, t => t.Text);
            var classes = Array.ConvertAll(tokens, t => t.Class);
            AddLineage(marks ??= [], words, classes);
        }
        if (kind is EntityKind.Person or EntityKind.Unknown && HeadOf(tokens) is { } head) (marks ??= []).Add(new NameMark(LineageHeadGroup, head));
        return marks is null ? [] : [.. marks];
    }

    /// <summary><c>a>b</c> for the first two name words of a query, with bin or particles between them or not: read as a
    /// chain, the query names A, the son or daughter of B. Null for fewer than two name words.</summary>
    private static string? HeadOf(NameToken[] tokens)
    {
        string? first = null;
        for (var k = 0; k < tokens.Length; k++)
        {
            var t = tokens[k];
            if (t.Class != TokenClass.Normal || SonOf.Contains(t.Text)) continue;
            // "abdullah" is analysed as "abdul" + "lah": the name is both words.
            var word = t.Text == Abdul && k + 1 < tokens.Length && tokens[k + 1].Class == TokenClass.Normal ? Abdul + tokens[++k].Text : t.Text;
            if (first is null) first = word;
            else return first + ">" + word;
        }
        return null;
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
                var sonOf = false;
                for (var p = start; p < start + names.CountOf(n); p++)
                {
                    var word = vocabulary.Words[names.TokenId(p)];
                    sonOf |= SonOf.Contains(word);
                    if (MarkOf(word, names.ClassAt(p), kind, profile) is { } mark && !marks.Contains(mark))
                        marks.Add(mark);
                }
                if (sonOf && kind == EntityKind.Person)
                {
                    var words = new string[names.CountOf(n)];
                    var classes = new TokenClass[words.Length];
                    for (var k = 0; k < words.Length; k++) (words[k], classes[k]) = (vocabulary.Words[names.TokenId(start + k)], names.ClassAt(start + k));
                    AddLineage(marks, words, classes);
                }
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
            if ((q.Group == NumberGroup) != numbers || q.Group is LineageGroup or LineageHeadGroup) continue;
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

    /// <summary>Whether the query names a parent and child the other way round from every listed name: the query's
    /// <c>SALMAN BIN MUHAMMAD</c> (Salman, son of Muhammad) against a listed <c>MUHAMMAD BIN SALMAN</c> only. Allocates nothing.</summary>
    public static bool LineageReversed(NameMark[] query, NameMark[] listed, out NameMark reversed)
    {
        reversed = default;
        if (query.Length == 0 || listed.Length == 0) return false;
        foreach (var q in query)
        {
            if (q.Group != LineageGroup) continue;
            var same = false;
            NameMark? other = null;
            foreach (var l in listed)
            {
                if (l.Group != LineageGroup) continue;
                if (string.Equals(l.Value, q.Value, StringComparison.Ordinal)) { same = true; break; }
                if (IsReverse(l.Value, q.Value)) other = l;
            }
            if (!same && other is { } found) { reversed = found; return true; }
        }
        return false;
    }

    /// <summary>Whether the query names the parent of a listed person: it begins <c>A (bin) B</c>, a listed name holds
    /// <c>A bin B</c> and has A as the parent of someone the query leaves out (<c>SALMAN ABDULAZIZ</c>, Salman son of
    /// Abdulaziz, against <c>MUHAMMAD BIN SALMAN BIN ABDULAZIZ</c>, his son). Allocates nothing.</summary>
    public static bool ParentNamed(NameMark[] query, NameMark[] listed, out NameMark parent)
    {
        parent = default;
        if (query.Length == 0 || listed.Length == 0) return false;
        foreach (var q in query)
        {
            if (q.Group != LineageHeadGroup) continue;
            var gt = q.Value.IndexOf('>', StringComparison.Ordinal);
            var first = q.Value.AsSpan(0, gt);
            var link = false;
            NameMark? child = null;
            foreach (var l in listed)
            {
                if (l.Group != LineageGroup) continue;
                if (string.Equals(l.Value, q.Value, StringComparison.Ordinal)) link = true;
                var lgt = l.Value.IndexOf('>', StringComparison.Ordinal);
                if (l.Value.AsSpan(lgt + 1).SequenceEqual(first) && !ChildInQuery(query, l.Value.AsSpan(0, lgt))) child = l;
            }
            if (link && child is { } found) { parent = found; return true; }
        }
        return false;
    }

    // The child is named in the query's own chain (MUHAMMAD BIN SALMAN BIN ABDULAZIZ: muhammad>salman).
    private static bool ChildInQuery(NameMark[] query, ReadOnlySpan<char> child)
    {
        foreach (var q in query)
        {
            if (q.Group is not (LineageGroup or LineageHeadGroup)) continue;
            var gt = q.Value.IndexOf('>', StringComparison.Ordinal);
            if (q.Value.AsSpan(0, gt).SequenceEqual(child)) return true;
        }
        return false;
    }

    /// <summary><c>b>a</c> against <c>a>b</c>.</summary>
    private static bool IsReverse(string listed, string query)
    {
        var gt = query.IndexOf('>', StringComparison.Ordinal);
        var childLength = gt;
        var parentLength = query.Length - gt - 1;
        return listed.Length == query.Length && listed[parentLength] == '>'
            && listed.AsSpan(0, parentLength).SequenceEqual(query.AsSpan(gt + 1))
            && listed.AsSpan(parentLength + 1).SequenceEqual(query.AsSpan(0, childLength));
    }

    private const string Abdul = "abdul";

    /// <summary>Adds <c>a>b</c> for each <c>a bin b</c> of a name (the nearest words that are not particles on either side).</summary>
    private static void AddLineage(List<NameMark> marks, string[] words, TokenClass[] classes)
    {
        for (var k = 1; k + 1 < words.Length; k++)
        {
            if (!SonOf.Contains(words[k])) continue;
            var before = k - 1;
            while (before >= 0 && classes[before] == TokenClass.Particle) before--;
            var after = k + 1;
            while (after < words.Length && classes[after] == TokenClass.Particle) after++;
            if (before < 0 || after >= words.Length) continue;
            // "abdullah" is analysed as "abdul" + "lah": the name is both words.
            var child = before > 0 && words[before - 1] == Abdul ? Abdul + words[before] : words[before];
            var parent = words[after] == Abdul && after + 1 < words.Length ? Abdul + words[after + 1] : words[after];
            var mark = new NameMark(LineageGroup, child + ">" + parent);
            if (!marks.Contains(mark)) marks.Add(mark);
        }
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
