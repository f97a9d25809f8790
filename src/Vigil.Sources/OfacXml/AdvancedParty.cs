using System.Xml.Linq;
using Vigil.Core.Model;
using static Vigil.Sources.OfacXml.AdvancedDates;

namespace Vigil.Sources.OfacXml;

/// <summary>Reads one <c>DistinctParty</c> of an OFAC advanced file into an <see cref="OfacParty"/>; its sanctions entries are added later.</summary>
internal static class AdvancedParty
{
    public static (OfacParty Party, string ProfileId)? Read(XElement e, int line, AdvancedReferences refs, IReadOnlyDictionary<string, Address> locations,
        IReadOnlyDictionary<string, List<Identifier>> documents, string file, List<ParseWarning> warnings)
    {
        var id = e.Attribute("FixedRef")?.Value;
        var profile = Child(e, "Profile");
        if (id is null || profile?.Attribute("ID")?.Value is not { } profileId)
        {
            warnings.Add(new ParseWarning(file, line, "FixedRef", "DistinctParty without FixedRef or Profile; skipped"));
            return null;
        }
        var party = new OfacParty(OfacAdvancedParser.SourceName, id) { Remarks = Child(e, "Comment")?.Value.Trim() is { Length: > 0 } c ? c : null };
        var subtype = profile.Attribute("PartySubTypeID")?.Value;
        party.Kind = (refs.Text("PartySubType", subtype), refs.Text("PartyType", refs.Attribute("PartySubType", subtype, "PartyTypeID"))) switch
        {
            ("Vessel", _) => EntityKind.Vessel,
            ("Aircraft", _) => EntityKind.Aircraft,
            (_, "Individual") => EntityKind.Person,
            (_, "Entity") => EntityKind.Organization,
            _ => EntityKind.Unknown,
        };
        foreach (var identity in profile.Elements().Where(x => x.Name.LocalName == "Identity"))
        {
            ReadNames(party, identity, refs);
            if (identity.Attribute("ID")?.Value is { } identityId && documents.TryGetValue(identityId, out var docs))
                foreach (var doc in docs) party.AddIdentifier(doc);
        }
        foreach (var feature in profile.Elements().Where(x => x.Name.LocalName == "Feature"))
        {
            var type = refs.Text("FeatureType", feature.Attribute("FeatureTypeID")?.Value) ?? "Feature";
            foreach (var version in feature.Elements().Where(x => x.Name.LocalName == "FeatureVersion"))
            {
                var detail = Child(version, "VersionDetail");
                var text = detail?.Value.Trim() is { Length: > 0 } t ? t : refs.Text("DetailReference", detail?.Attribute("DetailReferenceID")?.Value);
                var location = Child(version, "VersionLocation")?.Attribute("LocationID")?.Value is { } lid && locations.TryGetValue(lid, out var l) ? l : null;
                if (!party.AddFeature(type, text, location, Birth(Child(version, "DatePeriod")), null))
                    warnings.Add(new ParseWarning(file, line, type, $"party {id}: feature '{type}' has no value; ignored"));
            }
        }
        if (party.NameCount == 0)
        {
            warnings.Add(new ParseWarning(file, line, "Alias", $"party {id} has no name; skipped"));
            return null;
        }
        if (party.EnsurePrimary()) warnings.Add(new ParseWarning(file, line, "Alias", $"party {id} has no primary name; its first name is taken"));
        return (party, profileId);
    }

    private static void ReadNames(OfacParty party, XElement identity, AdvancedReferences refs)
    {
        // A repeated group id (never in OFAC's files) keeps its first type rather than failing the list.
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in identity.Descendants().Where(x => x.Name.LocalName == "NamePartGroup"))
            groups.TryAdd(g.Attribute("ID")?.Value ?? "", refs.Text("NamePartType", g.Attribute("NamePartTypeID")?.Value) ?? "");
        foreach (var alias in identity.Elements().Where(x => x.Name.LocalName == "Alias"))
        {
            var role = Role(refs.Text("AliasType", alias.Attribute("AliasTypeID")?.Value),
                IsTrue(alias.Attribute("Primary")?.Value), IsTrue(alias.Attribute("LowQuality")?.Value));
            foreach (var documented in alias.Elements().Where(x => x.Name.LocalName == "DocumentedName"))
            {
                var values = documented.Descendants().Where(x => x.Name.LocalName == "NamePartValue").Where(v => v.Value.Trim().Length > 0).ToList();
                if (values.Count == 0) continue;
                var script = refs.Attribute("Script", values[0].Attribute("ScriptID")?.Value, "ScriptCode");
                var parts = values.Select(v => (groups.GetValueOrDefault(v.Attribute("NamePartGroupID")?.Value ?? "", ""), v.Value.Trim())).ToList();
                party.AddName(script is null or "Latin"
                    ? OfacParty.Name(parts, role, null)
                    : OfacParty.Name(parts, NameRole.OriginalScript, $"{script} script"));
            }
        }
    }

    /// <summary>The role of an alias: primary, weak when of low quality, else by its type (f.k.a., n.k.a., a.k.a.).</summary>
    public static NameRole Role(string? aliasType, bool primary, bool lowQuality) =>
        primary ? NameRole.Primary
        : lowQuality ? NameRole.WeakAlias
        : aliasType switch { "F.K.A." => NameRole.Former, "N.K.A." => NameRole.NowKnownAs, _ => NameRole.Alias };

    public static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds a sanctions entry: the list it is on, its programmes and its first event's date as listing date.</summary>
    public static void AddEntry(OfacParty party, XElement entry, AdvancedReferences refs)
    {
        DateOnly? since = null;
        foreach (var evt in entry.Elements().Where(x => x.Name.LocalName == "EntryEvent"))
            if (Day(Child(evt, "Date")) is { } day) since = since is { } s && s < day ? s : day;
        if (refs.Text("List", entry.Attribute("ListID")?.Value) is { } list) party.AddList(list, since);
        foreach (var measure in entry.Elements().Where(x => x.Name.LocalName == "SanctionsMeasure"))
            if (refs.Text("SanctionsType", measure.Attribute("SanctionsTypeID")?.Value) == "Program"
                && Child(measure, "Comment")?.Value.Trim() is { Length: > 0 } program)
                party.AddProgram(program);
    }
}
