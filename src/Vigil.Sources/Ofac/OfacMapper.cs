using System.Text;
using Vigil.Core.Model;
using Vigil.Core.Text;

namespace Vigil.Sources.Ofac;

/// <summary>Joins the rows of the four OFAC files on <c>ent_num</c> and turns each entry into an <see cref="Entity"/>.</summary>
internal static class OfacMapper
{
    public const string LinkedTo = "Linked To";

    public static List<Entity> Map(string source, OfacRecords records, List<ParseWarning> warnings)
    {
        var file = records.EntryFile;

        // ent_num → entry row, first one wins; the file order is kept for the result.
        var entries = new List<OfacEntryRow>(records.Entries.Count);
        var byId = new Dictionary<string, OfacEntryRow>(records.Entries.Count, StringComparer.Ordinal);
        foreach (var row in records.Entries)
        {
            if (row.Name is null)
            {
                warnings.Add(new ParseWarning(file, row.Line, "SDN_Name", $"entry {row.EntNum} has no name; row skipped"));
                continue;
            }
            if (!byId.TryAdd(row.EntNum, row))
            {
                warnings.Add(new ParseWarning(file, row.Line, "ent_num",
                    $"ent_num {row.EntNum} already listed on line {byId[row.EntNum].Line}; row skipped"));
                continue;
            }
            entries.Add(row);
        }

        var overflow = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);
        foreach (var c in records.Comments)
        {
            if (!Known(byId, c.EntNum, records.CommentFile, c.Line, warnings)) continue;
            if (!overflow.TryGetValue(c.EntNum, out var sb)) overflow[c.EntNum] = sb = new StringBuilder();
            sb.Append(c.Text);
        }
        var aliases = GroupRows(records.Aliases, a => a.EntNum, a => a.Line, byId, records.AliasFile, warnings);
        var addresses = GroupRows(records.Addresses, a => a.EntNum, a => a.Line, byId, records.AddressFile, warnings);
        var byName = NameIndex(entries);

        var result = new List<Entity>(entries.Count);
        foreach (var row in entries)
        {
            // The overflow continues the remark mid-word ("...PROMO RAI" + "Z S.A.S."): join without a separator.
            var remarks = overflow.TryGetValue(row.EntNum, out var more) ? row.Remarks + more : row.Remarks;
            remarks = string.IsNullOrWhiteSpace(remarks) ? null : remarks.Trim();
            var facts = OfacRemarks.Parse(remarks);
            foreach (var (field, message) in facts.Problems)
                warnings.Add(new ParseWarning(file, row.Line, "Remarks." + field, $"entry {row.EntNum}: {message}"));

            var kind = Kind(row, file, warnings);
            var person = kind == EntityKind.Person;
            result.Add(new Entity
            {
                Source = source,
                SourceId = row.EntNum,
                Kind = kind,
                Names = Names(row, person, aliases.GetValueOrDefault(row.EntNum), facts, records.AliasFile, warnings),
                BirthDates = facts.BirthDates,
                PlacesOfBirth = facts.PlacesOfBirth,
                Nationalities = facts.Nationalities,
                Citizenships = facts.Citizenships,
                Gender = facts.Gender,
                Identifiers = Identifiers(row, facts),
                Addresses = Addresses(addresses.GetValueOrDefault(row.EntNum)),
                Programs = Programs(row.Programs),
                Titles = row.Title is { } title ? [title] : [],
                Remarks = remarks,
                Links = [.. facts.LinkedTo.Select(name => Link(byName, name))],
                Vessel = Vessel(row, kind, facts),
                Aircraft = Aircraft(facts),
                OtherInfo = facts.OtherInfo,
            });
        }
        return result;
    }

    private static EntityKind Kind(OfacEntryRow row, string file, List<ParseWarning> warnings)
    {
        switch (row.Type?.ToLowerInvariant())
        {
            case null: return EntityKind.Organization;   // "-0- ": OFAC's entities
            case "individual": return EntityKind.Person;
            case "vessel": return EntityKind.Vessel;
            case "aircraft": return EntityKind.Aircraft;
            default:
                warnings.Add(new ParseWarning(file, row.Line, "SDN_Type", $"entry {row.EntNum}: unknown type '{row.Type}'; kind left unknown"));
                return EntityKind.Unknown;
        }
    }

    private static List<EntityName> Names(OfacEntryRow row, bool person, List<OfacAliasRow>? aliases, OfacRemarkFacts facts,
        string aliasFile, List<ParseWarning> warnings)
    {
        var names = new List<EntityName> { Name(row.Name!, NameRole.Primary, person) };
        foreach (var alt in aliases ?? [])
        {
            if (alt.Name is null)
            {
                warnings.Add(new ParseWarning(aliasFile, alt.Line, "alt_name", $"alias {alt.AltNum} of entry {alt.EntNum} has no name; row skipped"));
                continue;
            }
            var role = alt.Type?.ToLowerInvariant() switch
            {
                "aka" => NameRole.Alias,
                "fka" => NameRole.Former,
                "nka" => NameRole.NowKnownAs,
                _ => (NameRole?)null,
            };
            if (role is null)
            {
                warnings.Add(new ParseWarning(aliasFile, alt.Line, "alt_type", $"alias {alt.AltNum} of entry {alt.EntNum}: unknown type '{alt.Type}'; read as aka"));
                role = NameRole.Alias;
            }
            names.Add(Name(alt.Name, role.Value, person, alt.Remarks));
        }
        foreach (var n in facts.Names) names.Add(Name(n.Full, n.Role, person, n.Note));
        return names;
    }

    /// <summary>An OFAC name; individuals are <c>SURNAME(S), Given Names[, Suffix]</c>, split at the commas.</summary>
    internal static EntityName Name(string full, NameRole role, bool person, string? note = null)
    {
        string? given = null, family = null;
        var comma = full.IndexOf(',', StringComparison.Ordinal);
        if (person && comma > 0)
        {
            family = full[..comma].Trim();
            var rest = full.AsSpan(comma + 1);
            var suffix = rest.IndexOf(',');
            given = (suffix >= 0 ? rest[..suffix] : rest).Trim().ToString();
            if (given.Length == 0) given = null;
        }
        return new EntityName(full, role, given, family, Note: note);
    }

    /// <summary><c>VENEZUELA] [IRAN-CON-ARMS-EO</c> → <c>VENEZUELA</c>, <c>IRAN-CON-ARMS-EO</c>; stray brackets dropped.</summary>
    internal static List<string> Programs(string? field)
    {
        var programs = new List<string>();
        if (field is null) return programs;
        foreach (var p in field.Split(['[', ']'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (!programs.Contains(p)) programs.Add(p);
        return programs;
    }

    private static List<Identifier> Identifiers(OfacEntryRow row, OfacRemarkFacts facts)
    {
        if (row.CallSign is null) return facts.Identifiers;
        return [new Identifier(IdentifierKind.CallSign, row.CallSign, Label: "Call Sign"), .. facts.Identifiers];
    }

    private static List<Address> Addresses(List<OfacAddressRow>? rows)
    {
        var addresses = new List<Address>();
        foreach (var a in rows ?? [])
        {
            // OFAC writes an all-empty address row for entries without one.
            if (a.Street is null && a.City is null && a.Country is null && a.Remarks is null) continue;
            var code = Countries.TryGetCode(a.Country, out var c) ? c : null;
            addresses.Add(new Address(Street: a.Street, City: a.City, Country: a.Country, CountryCode: code, Note: a.Remarks));
        }
        return addresses;
    }

    private static VesselInfo? Vessel(OfacEntryRow row, EntityKind kind, OfacRemarkFacts facts)
    {
        var any = row.CallSign ?? row.VesselType ?? row.Tonnage ?? row.GrossRegisteredTonnage ?? row.VesselFlag ?? row.VesselOwner
                  ?? facts.VesselBuildYear ?? facts.VesselFlag;
        if (kind != EntityKind.Vessel && any is null) return null;
        return new VesselInfo(row.CallSign, row.VesselType, row.Tonnage, row.GrossRegisteredTonnage,
            row.VesselFlag ?? facts.VesselFlag, row.VesselOwner, facts.VesselBuildYear);
    }

    private static AircraftInfo? Aircraft(OfacRemarkFacts facts)
    {
        if (!facts.HasAircraft && !facts.Identifiers.Exists(i => i.Kind == IdentifierKind.AircraftSerial)) return null;
        var serial = facts.AircraftSerialNumber ?? facts.Identifiers.Find(i => i.Kind == IdentifierKind.AircraftSerial)?.Number;
        return new AircraftInfo(facts.AircraftModel, null, facts.AircraftManufactureDate, facts.AircraftOperator, serial, facts.AircraftTailNumber);
    }

    /// <summary>Primary name → ent_num, or null when several entries share the name.</summary>
    private static Dictionary<string, string?> NameIndex(List<OfacEntryRow> entries)
    {
        var index = new Dictionary<string, string?>(entries.Count, StringComparer.Ordinal);
        foreach (var e in entries)
            index[e.Name!] = index.ContainsKey(e.Name!) ? null : e.EntNum;
        return index;
    }

    /// <summary>A link to the one entry of the same file with this primary name, if exactly one.</summary>
    /// <remarks>
    /// The remarks' closing period was dropped before splitting, so a last "Linked To: R D I S.A." reads "R D I S.A";
    /// when only the name with the period is listed, that is the name linked to.
    /// </remarks>
    private static EntityLink Link(Dictionary<string, string?> byName, string name)
    {
        if (byName.TryGetValue(name, out var id)) return new EntityLink(LinkedTo, name, id);
        if (byName.TryGetValue(name + ".", out id)) return new EntityLink(LinkedTo, name + ".", id);
        return new EntityLink(LinkedTo, name);
    }

    private static Dictionary<string, List<T>> GroupRows<T>(IReadOnlyList<T> rows, Func<T, string> entNum, Func<T, int> line,
        Dictionary<string, OfacEntryRow> byId, string file, List<ParseWarning> warnings)
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var id = entNum(row);
            if (!Known(byId, id, file, line(row), warnings)) continue;
            if (!groups.TryGetValue(id, out var list)) groups[id] = list = [];
            list.Add(row);
        }
        return groups;
    }

    private static bool Known(Dictionary<string, OfacEntryRow> byId, string entNum, string file, int line, List<ParseWarning> warnings)
    {
        if (byId.ContainsKey(entNum)) return true;
        warnings.Add(new ParseWarning(file, line, "ent_num", $"ent_num {entNum} is not in the main file; row skipped"));
        return false;
    }
}
