using Vigil.Core.Model;
using Vigil.Core.Names;
using Vigil.Core.Text;

namespace Vigil.Generate.Lists;

/// <summary>
/// Name parts and facts taken from real lists (OFAC SDN and UN), kept with their frequencies: a part that occurs 40
/// times in the lists is 40 times as likely to be drawn, so recombined names have the lists' word distribution.
/// </summary>
/// <remarks>Only parts written in ASCII are kept (typographic apostrophes become plain ones), as the OFAC CSV is ASCII.</remarks>
internal sealed class ListParts
{
    /// <summary>Given-name parts as listed, mixed case (<c>Nicolas</c>, <c>Abd al-Rahman bin 'Umayr</c>).</summary>
    public List<string> GivenNames { get; } = [];
    /// <summary>Family-name parts, capitals (<c>MADURO MOROS</c>, <c>AL-NU'AYMI</c>).</summary>
    public List<string> FamilyNames { get; } = [];
    /// <summary>Single letter-only words of family names (capitals), for coining new ones.</summary>
    public List<string> FamilyWords { get; } = [];
    /// <summary>Single letter-only words of given names (mixed case), for coining new ones.</summary>
    public List<string> GivenWords { get; } = [];
    /// <summary>Organisation names' first words and later words (legal forms left out), capitals.</summary>
    public List<string> OrgFirstWords { get; } = [];
    public List<string> OrgWords { get; } = [];
    /// <summary>How many words (legal form left out) each real organisation name has.</summary>
    public List<int> OrgWordCounts { get; } = [];
    /// <summary>The legal-form tails of organisation names with their punctuation (<c>, LTD.</c>, <c> S.A. DE C.V.</c>), "" for none.</summary>
    public List<string> LegalTails { get; } = [];
    public List<string> VesselWords { get; } = [];
    public List<int> VesselWordCounts { get; } = [];
    public List<string> VesselTypes { get; } = [];
    public List<string> VesselFlags { get; } = [];
    public List<string> Programs { get; } = [];
    public List<string> PersonTitles { get; } = [];
    public List<string> PersonWeakAliases { get; } = [];
    public List<string> OrgWeakAliases { get; } = [];
    /// <summary>Country names as OFAC writes them (<c>Korea, North</c>), one per listed address, nationality or citizenship.</summary>
    public List<string> Countries { get; } = [];
    public Dictionary<string, List<string>> PlacesOfBirth { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<string>> Cities { get; } = new(StringComparer.Ordinal);
    public List<string> Streets { get; } = [];

    public static ListParts From(IReadOnlyList<Entity> sdn, IReadOnlyList<Entity> un)
    {
        var parts = new ListParts();
        foreach (var e in sdn) parts.AddOfac(e);
        foreach (var e in un) parts.AddUn(e);
        if (parts.GivenNames.Count == 0 || parts.FamilyNames.Count == 0 || parts.OrgWords.Count == 0 || parts.Countries.Count == 0)
            throw new GenerateException("the lists gave no person or organisation names to recombine; are they the SDN and UN files?");
        return parts;
    }

    private void AddOfac(Entity e)
    {
        foreach (var name in e.Names)
        {
            if (name.Role is NameRole.WeakAlias)
            {
                if (Ascii(name.Full) is { } weak) (e.Kind == EntityKind.Person ? PersonWeakAliases : OrgWeakAliases).Add(weak);
                continue;
            }
            if (e.Kind == EntityKind.Person && name.Given is { } given && name.Family is { } family) AddPerson(given, family);
            else if (e.Kind == EntityKind.Organization) AddOrganization(name.Full);
            else if (e.Kind == EntityKind.Vessel && Ascii(name.Full) is { } vessel) AddWords(vessel, VesselWords, VesselWordCounts);
        }
        Programs.AddRange(e.Programs);
        if (e.Kind == EntityKind.Person) PersonTitles.AddRange(e.Titles.Select(Ascii).OfType<string>());
        if (e.Vessel is { } v)
        {
            if (v.Type is { } type) VesselTypes.Add(type);
            if (v.Flag is { } flag) VesselFlags.Add(flag);
        }
        foreach (var fact in (e.Remarks ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var body = fact.StartsWith("alt. ", StringComparison.Ordinal) ? fact[5..] : fact;
            if (body.StartsWith("nationality ", StringComparison.Ordinal)) Countries.Add(body["nationality ".Length..].TrimEnd('.'));
            else if (body.StartsWith("citizen ", StringComparison.Ordinal)) Countries.Add(body["citizen ".Length..].TrimEnd('.'));
            else if (body.StartsWith("POB ", StringComparison.Ordinal)) Add(PlacesOfBirth, CountryOf(body[4..].TrimEnd('.')), body[4..].TrimEnd('.'));
        }
        foreach (var a in e.Addresses)
        {
            if (a.Country is null) continue;
            Countries.Add(a.Country);
            if (a.City is not null) Add(Cities, a.Country, a.City);
            if (a.Street is not null && a.Street.Length < 60) Streets.Add(a.Street);
        }
    }

    private void AddUn(Entity e)
    {
        foreach (var name in e.Names)
        {
            if (name.Role is NameRole.OriginalScript or NameRole.WeakAlias || Ascii(name.Full) is not { } full) continue;
            if (e.Kind == EntityKind.Person)
            {
                // UN names are in written order: the last part is taken as the family name, the rest as given names.
                var words = full.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length < 2) continue;
                AddPerson(Customers.TextVariation.TitleCase(string.Join(' ', words[..^1])), words[^1]);
            }
            else
            {
                AddOrganization(full.ToUpperInvariant());
            }
        }
    }

    private void AddPerson(string given, string family)
    {
        if (Ascii(given) is not { } g || Ascii(family) is not { } f) return;
        GivenNames.Add(g);
        FamilyNames.Add(f.ToUpperInvariant());
        foreach (var w in g.Split(' ')) if (w.Length >= 3 && w.All(char.IsAsciiLetter)) GivenWords.Add(w);
        foreach (var w in f.ToUpperInvariant().Split(' ', '-')) if (w.Length >= 4 && w.All(char.IsAsciiLetter)) FamilyWords.Add(w);
    }

    /// <summary>Splits an organisation name at its trailing legal form, found by Vigil's own analyser.</summary>
    private void AddOrganization(string name)
    {
        if (Ascii(name) is not { } full) return;
        var tokens = NameAnalyzer.Analyze(full, EntityKind.Organization);
        if (tokens.Length == 0) return;
        var tail = tokens.Length;
        while (tail > 0 && tokens[tail - 1].Class == TokenClass.LegalForm) tail--;
        if (tail == 0) return;
        var coreEnd = tokens[tail - 1].End;
        var legal = tail < tokens.Length ? full[coreEnd..].TrimEnd() : "";
        LegalTails.Add(legal);
        var words = full[..coreEnd].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        OrgWordCounts.Add(Math.Min(words.Length, 8));
        OrgFirstWords.Add(words[0]);
        for (var i = 1; i < words.Length; i++) OrgWords.Add(words[i]);
    }

    private static void AddWords(string name, List<string> words, List<int> counts)
    {
        var split = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        counts.Add(split.Length);
        words.AddRange(split);
    }

    /// <summary>"Caracas, Venezuela" → "Venezuela"; "Yemen" → "Yemen".</summary>
    private static string CountryOf(string place)
    {
        var comma = place.LastIndexOf(", ", StringComparison.Ordinal);
        return comma < 0 ? place : place[(comma + 2)..];
    }

    private static void Add(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }

    /// <summary>The text with typographic apostrophes made plain, or null when it has other non-ASCII characters.</summary>
    private static string? Ascii(string text)
    {
        var plain = text.Replace('\u2018', '\'').Replace('\u2019', '\'').Trim();
        foreach (var c in plain) if (c > '\u007E' || c == '"') return null;
        return plain.Length == 0 ? null : plain;
    }
}
