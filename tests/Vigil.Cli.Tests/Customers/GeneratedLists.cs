using System.Globalization;
using System.Text;

namespace Vigil.Cli.Tests.Customers;

/// <summary>One generated listed entry, written as rows of the OFAC legacy CSV set.</summary>
internal sealed record GeneratedEntry(int Id, bool Person, string Name, string? Alias, string Program, int? BirthYear, string Country);

/// <summary>
/// Small generated lists and customers for the delta = full property: a universe of entries per source, list versions as
/// subsets of it (entries added, removed, renamed, or changed in fields the index does not read), and customers spelled
/// after those entries (exact, a word dropped or added, a typo) or made of the same words, so scores sit near the threshold.
/// </summary>
internal sealed class GeneratedLists
{
    private static readonly string[] Given = ["Ahmad", "Maria", "Ivan", "Li", "Omar", "Sofia", "Hassan", "Elena", "Juan", "Viktor", "Fatima", "Kim"];
    private static readonly string[] Family = ["Karimi", "Petrov", "Garcia", "Wang", "Haddad", "Novak", "Rahman", "Silva", "Ortega", "Sokolov", "Nasser", "Moreno", "Tanaka", "Akbari"];
    private static readonly string[] Firm = ["Orion", "Delta", "Caspian", "Golden", "Wisa", "Baltic", "Andes", "Lotus", "Nordic", "Sahara", "Grupo", "Atlas"];
    private static readonly string[] FirmKind = ["Trading", "Shipping", "Petroleum", "Holding", "Industries", "Import Export"];
    private static readonly string[] Forms = ["LLC", "S.A.", "Ltd", "GmbH", ""];
    private static readonly string[] Programs = ["SDGT", "IRAN", "CUBA", "RUSSIA-EO14024"];
    private static readonly string[] Countries = ["Iran", "Cuba", "Russia", "Spain", "China", "Panama"];
    private static readonly string[] CountryCodes = ["IR", "CU", "RU", "ES", "CN", "PA"];

    private readonly Random _rng;

    public GeneratedLists(int seed)
    {
        _rng = new Random(seed);
        Universe["ofac-sdn"] = Enumerable.Range(0, 30).Select(i => NewEntry(100 + i)).ToList();
        // The second source repeats many of the first one's names (as lists do): adding it moves those words' rarities.
        Universe["ofac-cons"] = Enumerable.Range(0, 20).Select(i =>
            _rng.NextDouble() < 0.6 ? Universe["ofac-sdn"][_rng.Next(30)] with { Id = 900 + i } : NewEntry(900 + i)).ToList();
    }

    /// <summary>Per source, every entry a version may hold (renames change it).</summary>
    public Dictionary<string, List<GeneratedEntry>> Universe { get; } = new(StringComparer.Ordinal);

    public Random Random => _rng;

    /// <summary>A first version: a random subset of the universe.</summary>
    public Dictionary<int, GeneratedEntry> FirstVersion(string source)
    {
        var all = Universe[source];
        var picked = all.Where(_ => _rng.NextDouble() < 0.5).ToList();
        if (picked.Count < 4) picked = all.Take(6).ToList();
        return picked.ToDictionary(e => e.Id);
    }

    /// <summary>The next version: one kind of change, or several; about a third change only fields the index never reads.</summary>
    public (Dictionary<int, GeneratedEntry> Next, string What) NextVersion(string source, Dictionary<int, GeneratedEntry> current)
    {
        var next = new Dictionary<int, GeneratedEntry>(current);
        var what = new List<string>();
        var roll = _rng.NextDouble();
        if (roll < 0.35)
        {
            foreach (var e in Pick(next.Values, _rng.Next(1, 3)))
            {
                next[e.Id] = _rng.Next(3) switch
                {
                    0 => e with { BirthYear = e.Person ? (e.BirthYear ?? 1960) + _rng.Next(1, 4) : null, Program = Programs[_rng.Next(Programs.Length)] },
                    1 => e with { Program = Programs[_rng.Next(Programs.Length)] },
                    _ => e with { Country = Countries[_rng.Next(Countries.Length)] },
                };
                what.Add($"changed {e.Id}");
            }
        }
        else
        {
            if (roll < 0.6 || _rng.NextDouble() < 0.3)
                foreach (var e in Pick(Universe[source].Where(u => !next.ContainsKey(u.Id)), _rng.Next(1, 4)))
                {
                    next[e.Id] = e;
                    what.Add($"added {e.Id}");
                }
            if (roll >= 0.6 && roll < 0.8 || _rng.NextDouble() < 0.3)
                foreach (var e in Pick(next.Values, Math.Min(_rng.Next(1, 4), next.Count - 3)))
                {
                    next.Remove(e.Id);
                    what.Add($"removed {e.Id}");
                }
            if (roll >= 0.8 || _rng.NextDouble() < 0.3)
                foreach (var e in Pick(next.Values, 1))
                {
                    var renamed = Renamed(e);
                    next[e.Id] = renamed;
                    var universe = Universe[source];
                    universe[universe.FindIndex(u => u.Id == e.Id)] = renamed;
                    what.Add($"renamed {e.Id} {e.Name} → {renamed.Name}");
                }
        }
        return (next, string.Join(", ", what));
    }

    /// <summary>Customers spelled after entries of every source's universe, and some made of the same words.</summary>
    public void WriteCustomers(string path, int count)
    {
        var text = new StringBuilder("id,name,type,birth_date,country\n");
        var pool = Universe.Values.SelectMany(u => u).ToList();
        for (var i = 0; i < count; i++)
        {
            var e = pool[_rng.Next(pool.Count)];
            var name = _rng.Next(6) switch
            {
                0 => e.Name,
                1 => DropWord(e.Name),
                2 => e.Name + " " + (e.Person ? Given[_rng.Next(Given.Length)] : FirmKind[_rng.Next(FirmKind.Length)]),
                3 => Typo(e.Name),
                4 => e.Alias ?? e.Name,
                _ => NewEntry(0).Name,
            };
            var birth = e.Person && e.BirthYear is { } y && _rng.Next(2) == 0 ? y.ToString(CultureInfo.InvariantCulture) : "";
            var country = _rng.Next(3) == 0 ? CountryCodes[Array.IndexOf(Countries, e.Country)] : "";
            text.Append(CultureInfo.InvariantCulture, $"C{i:D3},\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{(e.Person ? "person" : "organization")},{birth},{country}\n");
        }
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    /// <summary>Writes a version as the source's CSV set (main, addresses, aliases) into a new directory.</summary>
    public static string Write(string directory, string source, IEnumerable<GeneratedEntry> entries)
    {
        Directory.CreateDirectory(directory);
        var (main, addresses, aliases) = source == "ofac-sdn" ? ("sdn.csv", "add.csv", "alt.csv") : ("cons_prim.csv", "cons_add.csv", "cons_alt.csv");
        var m = new StringBuilder();
        var a = new StringBuilder();
        var l = new StringBuilder();
        foreach (var e in entries.OrderBy(e => e.Id))
        {
            var remarks = e.BirthYear is { } y ? $"\"DOB {y}.\"" : "-0- ";
            m.Append(CultureInfo.InvariantCulture, $"{e.Id},\"{e.Name}\",{(e.Person ? "\"individual\"" : "-0- ")},\"{e.Program}\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,{remarks}\r\n");
            a.Append(CultureInfo.InvariantCulture, $"{e.Id},{e.Id},-0- ,-0- ,\"{e.Country}\",-0- \r\n");
            if (e.Alias is { } alias) l.Append(CultureInfo.InvariantCulture, $"{e.Id},{e.Id},\"aka\",\"{alias}\",-0- \r\n");
        }
        File.WriteAllText(Path.Combine(directory, main), m.ToString());
        File.WriteAllText(Path.Combine(directory, addresses), a.ToString());
        File.WriteAllText(Path.Combine(directory, aliases), l.ToString());
        return directory;
    }

    private GeneratedEntry NewEntry(int id)
    {
        var person = _rng.NextDouble() < 0.6;
        string name, alias;
        if (person)
        {
            var family = Family[_rng.Next(Family.Length)];
            name = $"{family.ToUpperInvariant()}, {Given[_rng.Next(Given.Length)]}" + (_rng.Next(2) == 0 ? " " + Given[_rng.Next(Given.Length)] : "");
            alias = $"{family.ToUpperInvariant()}, {Given[_rng.Next(Given.Length)]}";
        }
        else
        {
            name = $"{Firm[_rng.Next(Firm.Length)]} {Firm[_rng.Next(Firm.Length)]} {FirmKind[_rng.Next(FirmKind.Length)]} {Forms[_rng.Next(Forms.Length)]}".Trim().ToUpperInvariant();
            alias = $"{Firm[_rng.Next(Firm.Length)]} {FirmKind[_rng.Next(FirmKind.Length)]}".ToUpperInvariant();
        }
        return new GeneratedEntry(id, person, name, _rng.Next(3) == 0 ? alias : null, Programs[_rng.Next(Programs.Length)],
            person && _rng.Next(2) == 0 ? _rng.Next(1950, 1990) : null, Countries[_rng.Next(Countries.Length)]);
    }

    private GeneratedEntry Renamed(GeneratedEntry e)
    {
        var fresh = NewEntry(e.Id);
        return _rng.Next(2) == 0 ? e with { Name = e.Person == fresh.Person ? fresh.Name : Typo(e.Name) } : e with { Alias = fresh.Alias ?? DropWord(e.Name) };
    }

    private string DropWord(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 2) words.RemoveAt(_rng.Next(1, words.Count));
        return string.Join(' ', words);
    }

    private string Typo(string name)
    {
        var letters = Enumerable.Range(0, name.Length).Where(i => char.IsLetter(name[i])).ToList();
        var at = letters[_rng.Next(letters.Count)];
        return name[..at] + (char)('a' + _rng.Next(26)) + name[(at + 1)..];
    }

    private List<GeneratedEntry> Pick(IEnumerable<GeneratedEntry> from, int count) =>
        from.OrderBy(e => e.Id).ToList() is var list ? list.OrderBy(_ => _rng.Next()).Take(Math.Max(0, count)).ToList() : [];
}
