using System.Globalization;
using System.Text;

namespace Vigil.Generate.Lists;

internal sealed partial class ListGenerator
{
    /// <summary>Chance that a family-name word, given-name word or firm word is coined rather than drawn (the rare-word tail).</summary>
    private const double CoinFamily = 0.25, CoinGiven = 0.08, CoinOrgWord = 0.12;

    // Spelling changes transliterations make between lists: each pair may be applied either way.
    private static readonly (string A, string B)[] Transliterations =
    [
        ("OU", "U"), ("EE", "I"), ("KH", "H"), ("Q", "K"), ("Y", "I"), ("DH", "D"), ("TH", "T"), ("AL-", "AL "), ("AL-", "EL-"),
        ("J", "DJ"), ("SH", "SCH"), ("MM", "M"), ("AA", "A"), ("OO", "U"), ("IY", "I"), ("W", "V"), ("E", "A"), ("O", "U"),
    ];

    private static readonly HashSet<string> JoiningWords = new(StringComparer.OrdinalIgnoreCase)
        { "AND", "THE", "OF", "DE", "DEL", "LA", "LE", "FOR", "Y", "&", "ET", "E", "DI", "DA", "DO", "DOS", "FI", "AL", "EL", "VAN", "VON", "IN" };

    private Entry Person(Random rng, string home)
    {
        var (family, given) = PersonName(rng);
        var aliases = new List<(string, string)>();
        var primary = $"{family}, {given}";
        for (var n = AliasCount(rng); n > 0; n--)
        {
            // A transliteration may find nothing to change; then another kind of alias is drawn.
            for (var attempt = 0; attempt < 4; attempt++)
            {
                var p = rng.NextDouble();
                var (f, g) = p < 0.45 ? (Transliterate(rng, family), Transliterate(rng, given))
                    : p < 0.75 ? (family, PersonName(rng).Given)
                    : p < 0.90 ? (PersonName(rng).Family, given)
                    : PersonName(rng);
                var alias = $"{f}, {g}";
                if (alias == primary) continue;
                aliases.Add((AliasType(rng), alias));
                break;
            }
        }
        var title = rng.Chance(0.08) && parts.PersonTitles.Count > 0 ? rng.Pick(parts.PersonTitles) : null;
        return new Entry($"{family}, {given}", "individual", title, null, PersonRemarks(rng, home, title), aliases);
    }

    /// <summary>A family part (capitals) and a given part (mixed case) drawn from the lists, a share of their words coined.</summary>
    private (string Family, string Given) PersonName(Random rng)
    {
        var family = rng.Pick(parts.FamilyNames);
        if (rng.Chance(CoinFamily)) family = ReplaceOneWord(rng, family, Coin(rng, parts.FamilyWords));
        var given = rng.Pick(parts.GivenNames);
        if (rng.Chance(CoinGiven)) given = ReplaceOneWord(rng, given, Coin(rng, parts.GivenWords));
        return (family, given);
    }

    private Entry Organization(Random rng, string home)
    {
        var (core, legal) = OrganizationName(rng);
        var aliases = new List<(string, string)>();
        for (var n = AliasCount(rng); n > 0; n--)
        {
            for (var attempt = 0; attempt < 4; attempt++)
            {
                var p = rng.NextDouble();
                string alias;
                if (p < 0.3 && Acronym(core) is { } acronym) alias = acronym;
                else if (p < 0.6) alias = Transliterate(rng, core) + rng.Pick(parts.LegalTails);
                else { var (c, l) = OrganizationName(rng); alias = c + l; }
                if (alias == core + legal) continue;
                aliases.Add((AliasType(rng), alias));
                break;
            }
        }
        return new Entry(core + legal, null, null, null, OrganizationRemarks(rng, home, core), aliases);
    }

    /// <summary>Words drawn in the proportions of real firm names, and a legal-form tail as real names end.</summary>
    private (string Core, string Legal) OrganizationName(Random rng)
    {
        var count = rng.Pick(parts.OrgWordCounts);
        var sb = new StringBuilder(64);
        for (var i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(' ');
            var word = rng.Pick(i == 0 ? parts.OrgFirstWords : parts.OrgWords);
            // A name does not end on a joining word ("... AND THE"); draw again, at most a few times.
            for (var retry = 0; retry < 4 && i == count - 1 && i > 0 && JoiningWords.Contains(word); retry++) word = rng.Pick(parts.OrgWords);
            sb.Append(rng.Chance(CoinOrgWord) && word.Length >= 4 ? Coin(rng, parts.FamilyWords) : word);
        }
        return (sb.ToString(), rng.Pick(parts.LegalTails));
    }

    private readonly List<string> _longVesselWords = [.. parts.VesselWords.Where(w => w.Length >= 4 && w.All(char.IsAsciiLetter))];

    private Entry Vessel(Random rng, string home)
    {
        var count = rng.Pick(parts.VesselWordCounts);
        var words = new List<string>(count);
        for (var i = 0; i < count; i++) words.Add(rng.Chance(0.2) ? Coin(rng, _longVesselWords) : rng.Pick(parts.VesselWords));
        var name = string.Join(' ', words);
        var owner = OrganizationName(rng);
        var vessel = new VesselColumns(
            rng.Chance(0.6) ? rng.Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", rng.Next(4, 7)) : null,
            parts.VesselTypes.Count > 0 ? rng.Pick(parts.VesselTypes) : "Crude Oil Tanker",
            rng.Chance(0.4) ? rng.Next(1000, 300000).ToString(CultureInfo.InvariantCulture) : null,
            rng.Chance(0.6) ? rng.Next(500, 160000).ToString(CultureInfo.InvariantCulture) : null,
            parts.VesselFlags.Count > 0 && rng.Chance(0.8) ? rng.Pick(parts.VesselFlags) : home,
            rng.Chance(0.7) ? owner.Core + owner.Legal : null);
        var aliases = rng.Chance(0.1) ? new List<(string, string)> { ("fka", rng.Pick(parts.VesselWords) + " " + rng.Pick(parts.VesselWords)) } : [];
        return new Entry(name, "vessel", null, vessel, VesselRemarks(rng, vessel.Owner), aliases);
    }

    private static readonly string[] AircraftModels = ["IL76-TD", "Boeing 747-200", "Airbus A300B4-605R", "B737-300", "An-74T-200", "MD-82", "Airbus A340-642", "Boeing 757-200"];
    private static readonly string[] TailPrefixes = ["EP-", "YK-", "UP-", "EX-", "P-", "YV", "YA-", "5A-"];

    private Entry Aircraft(Random rng)
    {
        var tail = rng.Pick(TailPrefixes) + rng.Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3);
        var operatorName = OrganizationName(rng).Core;
        var remarks = $"Aircraft Construction Number (also called L/N or S/N or F/N) {rng.Digits(4)}; Aircraft Manufacture Date {rng.Next(1975, 2015)}; " +
                      $"Aircraft Model {rng.Pick(AircraftModels)}; Aircraft Operator {operatorName}; " +
                      $"Aircraft Manufacturer's Serial Number (MSN) {rng.Digits(rng.Next(5, 11))}; Linked To: {operatorName}.";
        return new Entry(tail, "aircraft", null, null, remarks, []);
    }

    /// <summary>0 to 6 aliases, about 1.3 per entry as in the SDN list (11,910 for 8,976 entries).</summary>
    private static int AliasCount(Random rng)
    {
        var p = rng.NextDouble();
        return p < 0.42 ? 0 : p < 0.68 ? 1 : p < 0.81 ? 2 : p < 0.89 ? 3 : rng.Next(4, 7);
    }

    /// <summary>aka 96.7%, fka 3.1%, nka 0.2% (the SDN list's 11,523 / 369 / 18).</summary>
    private static string AliasType(Random rng)
    {
        var p = rng.NextDouble();
        return p < 0.967 ? "aka" : p < 0.998 ? "fka" : "nka";
    }

    /// <summary>One or two transliteration changes, each either way (<c>YOUSSEF</c> → <c>YUSSEF</c>, <c>AL-</c> → <c>EL-</c>).</summary>
    private static string Transliterate(Random rng, string name)
    {
        for (var n = rng.Next(1, 3); n > 0; n--)
        {
            var (a, b) = rng.Pick(Transliterations);
            if (rng.Chance(0.5)) (a, b) = (b, a);
            var at = name.IndexOf(a, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var replacement = char.IsLower(name[at]) ? b.ToLowerInvariant() : b;
            name = string.Concat(name.AsSpan(0, at), replacement, name.AsSpan(at + a.Length));
        }
        return name;
    }

    /// <summary>Initials of a firm's words (<c>BANCO NACIONAL DE CUBA</c> → <c>BNDC</c>) when there are 3 to 6.</summary>
    private static string? Acronym(string core)
    {
        var words = core.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 3 or > 6) return null;
        var sb = new StringBuilder(words.Length);
        foreach (var w in words) if (char.IsAsciiLetter(w[0])) sb.Append(char.ToUpperInvariant(w[0]));
        return sb.Length >= 3 ? sb.ToString() : null;
    }

    /// <summary>A new word from the head of one real word and the tail of another, cut after a vowel.</summary>
    private static string Coin(Random rng, List<string> words)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var a = rng.Pick(words);
            var b = rng.Pick(words);
            var cutA = CutAfterVowel(rng, a);
            var cutB = CutAfterVowel(rng, b);
            if (cutA < 0 || cutB < 0) continue;
            var word = a[..cutA] + (char.IsUpper(a[0]) && char.IsLower(a[^1]) ? b[cutB..].ToLowerInvariant() : b[cutB..]);
            if (word.Length is >= 4 and <= 14 && !string.Equals(word, a, StringComparison.OrdinalIgnoreCase) && !string.Equals(word, b, StringComparison.OrdinalIgnoreCase))
                return word;
        }
        return rng.Pick(words);
    }

    private static int CutAfterVowel(Random rng, string word)
    {
        var cuts = new List<int>(word.Length);
        for (var i = 1; i < word.Length - 1; i++) if ("AEIOUaeiou".Contains(word[i - 1], StringComparison.Ordinal)) cuts.Add(i);
        return cuts.Count == 0 ? -1 : rng.Pick(cuts);
    }

    /// <summary>Replaces one letter-only word of a multi-word part (or the whole part) by <paramref name="word"/>.</summary>
    private static string ReplaceOneWord(Random rng, string part, string word)
    {
        var words = part.Split(' ');
        var candidates = new List<int>();
        for (var i = 0; i < words.Length; i++) if (words[i].Length >= 3 && words[i].All(char.IsAsciiLetter)) candidates.Add(i);
        if (candidates.Count == 0) return part;
        words[rng.Pick(candidates)] = word;
        return string.Join(' ', words);
    }
}
