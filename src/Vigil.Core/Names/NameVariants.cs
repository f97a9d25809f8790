using Vigil.Core.Matching;
using Vigil.Core.Model;
using Vigil.Core.Text;
using Vigil.Core.Text.Scripts;

namespace Vigil.Core.Names;

/// <summary>
/// Extra forms of a listed name that queries use: the name without a bracketed part and the bracketed part alone
/// (<c>FOREIGN TRADE BANK (FTB)</c> → <c>FOREIGN TRADE BANK</c>, <c>FTB</c>), and for organisations the initials of
/// their words (<c>CHINA NATIONAL ELECTRONICS IMPORT EXPORT CORPORATION</c> → <c>CNEIEC</c>).
/// </summary>
public static class NameVariants
{
    /// <summary>The name itself first, then its extra forms with the role each is indexed under; <c>Derived</c> marks
    /// initials Vigil made up (matched only exactly, never as a typo or sound-alike).</summary>
    public static IEnumerable<(string Full, NameRole Role, bool Derived)> Of(EntityName name, EntityKind kind, ScoringProfile profile)
    {
        yield return (name.Full, name.Role, false);
        var open = name.Full.IndexOf('(', StringComparison.Ordinal);
        var close = open >= 0 ? name.Full.IndexOf(')', open + 1) : -1;
        if (open > 0 && close > open + 2)
        {
            var outside = (name.Full[..open] + " " + name.Full[(close + 1)..]).Trim();
            var inside = name.Full[(open + 1)..close].Trim();
            if (outside.Length > 2) yield return (outside, name.Role, false);
            // A bracketed acronym is a name of its own; other bracketed text (a former name, a note) is an alias too.
            if (inside.Length > 1)
                foreach (var part in NameParts.Of(inside, mayOpenWithMarker: true))
                    yield return (part, name.Role == NameRole.Primary ? NameRole.Alias : name.Role, false);
        }
        // "X ex Y", "X, formerly Y", "X f/k/a Y" outside brackets: each name is an alias of its own.
        else if (NameParts.Of(name.Full) is { Length: > 1 } parts)
        {
            foreach (var part in parts) yield return (part, name.Role == NameRole.Primary ? NameRole.Alias : name.Role, false);
        }
        // A name in Hangul is also indexed as its Korean readings (김정은 → kim jong un), so a Latin query finds it.
        foreach (var reading in ScriptReadings.OfScript(name.Full, profile)) yield return (reading, name.Role, false);
        // An organisation's name in the Arabic script is also indexed with its organisation words in English (وزارة الدفاع
        // → ministry defence), so a query in English finds it.
        if (kind is not EntityKind.Person && ArabicScript.WithOrgWordsInEnglish(name.Full) is { } english) yield return (english, name.Role, false);
        // A name written by German, Polish, Czech, Latvian or French rules (Selenskyj, Lavrovs, Poutine) is also indexed as
        // the lists' own romanisation would write it.
        if (kind is not (EntityKind.Vessel or EntityKind.Aircraft))
            foreach (var reading in ScriptReadings.ByRule(name.Full)) yield return (reading, name.Role, false);
        if (kind is EntityKind.Organization && name.Role is not NameRole.OriginalScript)
            foreach (var initials in Initials(name.Full, kind, profile))
                yield return (initials, NameRole.WeakAlias, true);
    }

    /// <summary>
    /// Initials of the words that name an organisation, without and with its legal form (NIOC is National Iranian Oil
    /// Company; KMDT would be Korea Mining Development Trading), when there are <see cref="ScoringProfile.OrgInitialsMinLetters"/>
    /// to <see cref="ScoringProfile.OrgInitialsMaxLetters"/> letters.
    /// </summary>
    private static IEnumerable<string> Initials(string full, EntityKind kind, ScoringProfile profile)
    {
        var tokens = NameAnalyzer.Analyze(full, kind, profile);
        var (fewest, most) = (profile.OrgInitialsMinLetters, profile.OrgInitialsMaxLetters);
        var words = new System.Text.StringBuilder();
        var withForm = new System.Text.StringBuilder();
        foreach (var t in tokens)
        {
            if (t.Class is TokenClass.Particle or TokenClass.Title or TokenClass.VesselPrefix) continue;
            var word = t.Surface ?? t.Text;
            if (!char.IsAsciiLetter(word[0])) yield break;
            withForm.Append(char.ToUpperInvariant(word[0]));
            if (t.Class != TokenClass.LegalForm) words.Append(char.ToUpperInvariant(word[0]));
        }
        if (words.Length >= fewest && words.Length <= most) yield return words.ToString();
        if (withForm.Length >= fewest && withForm.Length <= most && withForm.Length != words.Length) yield return withForm.ToString();
    }
}
