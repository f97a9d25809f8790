using Vigil.Core.Model;
using Vigil.Core.Text;

namespace Vigil.Sources.Un;

/// <summary>Turns a <see cref="UnRecord"/> into an <see cref="Entity"/>, noting odd values as <see cref="ParseWarning"/>s.</summary>
/// <remarks>
/// Programmes: the record's UN_LIST_TYPE as written (<c>Al-Qaida</c>, <c>DPRK</c>, <c>Taliban</c>), which names the
/// sanctions regime; the REFERENCE_NUMBER prefix (<c>QD</c>, <c>KP</c>) is used only when UN_LIST_TYPE is missing.
/// Both TITLE (<c>Maulavi</c>) and DESIGNATION (<c>Deputy Minister of Finance</c>) go to <see cref="Entity.Titles"/>,
/// titles first: the model's Titles holds "titles and positions", and a reviewer reads them together.
/// </remarks>
internal sealed partial class UnMapper(string file, List<ParseWarning> warnings)
{
    public const string Source = "un";

    /// <summary>The entity, or null (with a warning) when the record has no REFERENCE_NUMBER or no name.</summary>
    public Entity? Map(UnRecord r)
    {
        var what = r.IsEntity ? "ENTITY" : "INDIVIDUAL";
        var id = UnText.Clean(r.ReferenceNumber);
        // TAi.153 has FOURTH_NAME "na": the list's "not available", as in NATIONALITY, not a name.
        var parts = r.NameParts.Select(UnText.Clean).OfType<string>().Where(p => p != "na").ToList();
        if (id is null)
        {
            Warn(r.Line, "REFERENCE_NUMBER", $"{what} without REFERENCE_NUMBER skipped (name '{string.Join(' ', parts)}')");
            return null;
        }
        if (parts.Count == 0)
        {
            Warn(r.Line, "FIRST_NAME", $"{what} {id} has no name; skipped");
            return null;
        }

        var names = new NameSet();
        var primary = string.Join(' ', parts);
        names.Add(new EntityName(primary, NameRole.Primary, Parts: parts));
        // CDe.003 "COMPAGNIE AERIENNE DES GRANDS LACS (CAGL) ; GREAT LAKES BUSINESS COMPANY (GLBC)": two names in FIRST_NAME.
        // The primary stays as written; each half is also an alias so that either can be found on its own.
        if (UnAliasSplitter.TopLevel(primary, ';') is { Count: > 1 } halves)
            foreach (var half in halves)
                if (UnText.Clean(half) is { } h) names.Add(new EntityName(h, NameRole.Alias, Note: "part of the listed name"));
        if (UnText.Clean(r.NameOriginalScript) is { } original) names.Add(new EntityName(original, NameRole.OriginalScript));

        var birthDates = new List<BirthDate>();
        var places = new List<string>();
        foreach (var dob in r.DatesOfBirth)
            if (MapDateOfBirth(id, dob) is { } date && !birthDates.Contains(date)) birthDates.Add(date);
        foreach (var pob in r.PlacesOfBirth)
            if (PlaceOfBirth(pob.Street, pob.City, pob.StateProvince, pob.Country, pob.Note) is { } place && !places.Contains(place)) places.Add(place);
        foreach (var alias in r.Aliases) MapAlias(id, alias, names, birthDates, places);

        var otherInfo = new List<string>();
        var identifiers = new List<Identifier>();
        foreach (var document in r.Documents) MapDocument(id, document, identifiers, otherInfo);
        var remarks = UnText.Clean(r.Comments);
        if (remarks is not null) AddIdentifiersFromComments(remarks, identifiers);

        return new Entity
        {
            Source = Source,
            SourceId = id,
            Kind = r.IsEntity ? EntityKind.Organization : EntityKind.Person,
            Names = names.ToList(),
            BirthDates = birthDates,
            PlacesOfBirth = places,
            Nationalities = Nationalities(id, r.Nationalities),
            Gender = Gender(id, r),
            Identifiers = identifiers,
            Addresses = r.Addresses.Select(a => MapAddress(id, a)).OfType<Address>().Distinct().ToList(),
            Programs = Programs(id, r.UnListType),
            Titles = r.Titles.Concat(r.Designations).Select(v => UnText.Squash(v.Text)).Where(t => t.Length > 0).Distinct().ToList(),
            ListedOn = ListedOn(id, r),
            Remarks = remarks,
            OtherInfo = otherInfo,
        };
    }

    /// <summary>
    /// INDIVIDUAL_ALIAS quality <c>Good</c> is a strong alias and <c>Low</c> a weak one; ENTITY_ALIAS <c>a.k.a.</c> is an
    /// alias and <c>f.k.a.</c> a former name. An empty quality is read as a plain alias: the UN lists the name without
    /// saying it is weak. (In 2026-02 the 291 empty qualities all sit on empty placeholder aliases, which add no name.)
    /// </summary>
    private void MapAlias(string id, UnAlias alias, NameSet names, List<BirthDate> birthDates, List<string> places)
    {
        if (UnText.Clean(alias.Name) is not { } field) return; // the list's many empty <ALIAS_NAME/> placeholders
        var quality = UnText.Squash(alias.Quality);
        var role = quality.ToUpperInvariant() switch
        {
            "" or "GOOD" or "A.K.A." => NameRole.Alias,
            "LOW" => NameRole.WeakAlias,
            "F.K.A." => NameRole.Former,
            _ => (NameRole?)null,
        };
        if (role is null)
        {
            Warn(alias.Line, "QUALITY", $"{id}: unknown alias quality '{quality}', read as a.k.a.");
            role = NameRole.Alias;
        }

        var aliasNote = UnText.Clean(alias.Note);
        var (transliterations, remark) = aliasNote is null ? ([], null) : UnAliasSplitter.SplitNote(field, aliasNote);
        foreach (var part in UnAliasSplitter.Split(field))
        {
            var note = part.Note is null ? remark : remark is null ? part.Note : part.Note + "; " + remark;
            names.Add(new EntityName(part.Name, part.OriginalScript ? NameRole.OriginalScript : role.Value, Note: note));
        }
        foreach (var part in transliterations)
            names.Add(new EntityName(part.Name, part.OriginalScript ? NameRole.OriginalScript : role.Value, Note: part.Note));
        // "Previously listed as. In Arabic: رياض محمد حسن محمد الحجازي"
        if (remark is not null && InArabic().Match(remark) is { Success: true } arabic)
            names.Add(new EntityName(arabic.Groups["name"].Value.Trim(), NameRole.OriginalScript));

        // A date or place of birth given with an alias (QDi.062 "Lased Ben Heni", 1969-02-05, Tripoli) was used by the
        // person under that name, so it is one of theirs.
        if (UnText.Clean(alias.DateOfBirth) is { } dob)
        {
            if (!PartialDate.TryParse(dob.Length > 10 ? dob[..10] : dob, out var d))
                Warn(alias.Line, "DATE_OF_BIRTH", $"{id}: alias date of birth '{dob}' is not yyyy-mm-dd");
            else if (!birthDates.Contains(new BirthDate(d)))
                birthDates.Add(new BirthDate(d));
        }
        if (PlaceOfBirth(null, alias.CityOfBirth, null, alias.CountryOfBirth, null) is { } place && !places.Contains(place))
            places.Add(place);
    }

    // "Previously listed as. In Arabic: رياض محمد حسن محمد الحجازي" (the name runs to the end of the note)
    [System.Text.RegularExpressions.GeneratedRegex(@"\bIn Arabic:\s*(?<name>[^A-Za-z]+)$")]
    private static partial System.Text.RegularExpressions.Regex InArabic();

    /// <summary>"STREET, CITY, STATE_PROVINCE, COUNTRY (NOTE)" with empty and repeated parts left out.</summary>
    private static string? PlaceOfBirth(string? street, string? city, string? region, string? country, string? note)
    {
        var parts = new List<string>(4);
        foreach (var p in (ReadOnlySpan<string?>)[street, city, region, country])
            if (UnText.Clean(p) is { } s && !parts.Contains(s)) parts.Add(s);
        var place = string.Join(", ", parts);
        if (UnText.Clean(note) is { } n) place = place.Length == 0 ? n : $"{place} ({n})";
        return place.Length == 0 ? null : place;
    }

    private List<string> Nationalities(string id, List<UnValue> values)
    {
        var codes = new List<string>();
        foreach (var v in values)
        {
            var name = UnText.Squash(v.Text);
            // "na": not available (once in 2026-02). It is not Namibia.
            if (name.Length == 0 || name.Equals("na", StringComparison.OrdinalIgnoreCase)) continue;
            if (Countries.TryGetCode(name, out var code)) { if (!codes.Contains(code)) codes.Add(code); }
            else Warn(v.Line, "NATIONALITY", $"{id}: nationality '{name}' is not a known country");
        }
        return codes;
    }

    private Address? MapAddress(string id, UnAddress a)
    {
        string? street = UnText.Clean(a.Street), city = UnText.Clean(a.City), region = UnText.Clean(a.StateProvince),
            zip = UnText.Clean(a.ZipCode), country = UnText.Clean(a.Country), note = UnText.Clean(a.Note);
        if (street is null && city is null && region is null && zip is null && country is null && note is null) return null;
        string? code = null;
        if (country is not null)
        {
            if (Countries.TryGetCode(country, out var c)) code = c;
            else Warn(a.Line, "COUNTRY", $"{id}: address country '{country}' is not a known country");
        }
        return new Address(street, city, region, zip, country, code, note);
    }

    private string? Gender(string id, UnRecord r)
    {
        var g = UnText.Squash(r.Gender);
        if (g.Length == 0) return null;
        if (g.Equals("male", StringComparison.OrdinalIgnoreCase)) return "Male";
        if (g.Equals("female", StringComparison.OrdinalIgnoreCase)) return "Female";
        Warn(r.Line, "GENDER", $"{id}: gender '{g}' is neither Male nor Female; left out");
        return null;
    }

    private static List<string> Programs(string id, string? unListType)
    {
        if (UnText.Clean(unListType) is { } listType) return [listType];
        // "QDi.001" → "QD": the regime code that the reference number starts with.
        var dot = id.IndexOf('.', StringComparison.Ordinal);
        return dot > 1 ? [id[..(dot - 1)]] : [];
    }

    private DateOnly? ListedOn(string id, UnRecord r)
    {
        if (UnText.Clean(r.ListedOn) is not { } text) return null;
        if (UnText.IsoDate(text) is { } d) return d;
        Warn(r.Line, "LISTED_ON", $"{id}: LISTED_ON '{text}' is not yyyy-mm-dd");
        return null;
    }

    private void Warn(int line, string field, string message) => warnings.Add(new ParseWarning(file, line, field, message));

    /// <summary>Names in insertion order without repeats: the same spelling is kept once, with the role it had first (the primary name comes first).</summary>
    private sealed class NameSet
    {
        private readonly List<EntityName> _names = [];
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public void Add(EntityName name)
        {
            if (name.Full.Length > 0 && _seen.Add(name.Full)) _names.Add(name);
        }

        public List<EntityName> ToList() => _names;
    }
}
