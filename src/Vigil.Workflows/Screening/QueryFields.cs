using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Core.Text;

namespace Vigil.Workflows.Screening;

/// <summary>A query as callers write it (CSV columns, CLI options, JSON fields): all text, checked by <see cref="TryCreate"/>.</summary>
public sealed record QueryFields(string? Name, string? Type = null, string? BirthDate = null, string? Country = null, string? IdNumber = null)
{
    /// <summary>Builds the query or says which field is wrong. An unknown country name is ignored, not an error.</summary>
    public bool TryCreate(out ScreeningQuery query, out string? error) => TryCreate(out query, out error, out _);

    /// <summary>
    /// Builds the query or says which field is wrong; <paramref name="warning"/> says what was removed from the name before
    /// screening (bidi controls, zero-width characters: see <see cref="QueryText"/>), else null.
    /// </summary>
    /// <remarks>A field holding a control character (NUL, ...) and a name without a letter (<c>12345</c>, <c>---</c>) are
    /// errors: such a row is not screened as a name.</remarks>
    public bool TryCreate(out ScreeningQuery query, out string? error, out string? warning)
    {
        query = null!;
        warning = null;
        if (string.IsNullOrWhiteSpace(Name)) { error = "name: empty"; return false; }
        error = QueryText.ControlCharacterError("name", Name) ?? QueryText.ControlCharacterError("type", Type)
            ?? QueryText.ControlCharacterError("birth_date", BirthDate) ?? QueryText.ControlCharacterError("country", Country)
            ?? QueryText.ControlCharacterError("id_number", IdNumber);
        if (error is not null) return false;
        if (!TryParseKind(Type, out var kind)) { error = $"type: '{Type}' is not person, organization, vessel or aircraft"; return false; }
        if (NameLimitError(Name, kind) is { } tooLarge) { error = tooLarge; return false; }
        var name = QueryText.RemoveInvisible(Name, out warning).Trim();
        if (!QueryText.HasLetter(name)) { error = $"name: '{name}' has no letters; not screened as a name"; return false; }
        PartialDate? date = null;
        if (!string.IsNullOrWhiteSpace(BirthDate))
        {
            if (!PartialDate.TryParse(BirthDate, out var d)) { error = $"birth_date: '{BirthDate}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"; return false; }
            date = d;
        }
        string? country = null;
        if (!string.IsNullOrWhiteSpace(Country) && Countries.TryGetCode(Country, out var code)) country = code;
        query = new ScreeningQuery(name, kind, date, country, string.IsNullOrWhiteSpace(IdNumber) ? null : IdNumber.Trim());
        error = null;
        return true;
    }

    /// <summary>Longest name accepted, in characters: the longest listed name (SDN, UN) has 420, an alias list run together.</summary>
    public const int MaxNameLength = 500;

    /// <summary>Most words in a name: the screener's query buffers hold 32 words (<c>PreparedQuery.MaxWords</c>).</summary>
    public const int MaxWords = 32;

    /// <summary>Longest word in a name, in characters: the longest listed word has 21.</summary>
    public const int MaxWordLength = 100;

    /// <summary>
    /// Why a name is too large to screen (<c>name: ...</c>), or null. Words are counted as the name analyser splits them
    /// (the words the screener would keep), so a name within the limits is never cut short; a word's length is a run of
    /// letters and digits. The length is checked first, so the analyser never reads a huge name.
    /// </summary>
    public static string? NameLimitError(string name, EntityKind kind)
    {
        ArgumentNullException.ThrowIfNull(name);
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        if (name.Length > MaxNameLength) return string.Format(culture, "name: {0:N0} characters; at most {1:N0}", name.Length, MaxNameLength);
        var longest = 0;
        var run = 0;
        foreach (var c in name)
        {
            run = char.IsLetterOrDigit(c) ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        if (longest > MaxWordLength) return string.Format(culture, "name: a word of {0:N0} characters; at most {1}", longest, MaxWordLength);
        var words = Core.Names.NameAnalyzer.Analyze(name, kind).Length;
        if (words > MaxWords) return string.Format(culture, "name: {0} words; at most {1}", words, MaxWords);
        return null;
    }

    /// <summary>person / individual, organization / organisation / entity / company, vessel, aircraft; empty = unknown.</summary>
    public static bool TryParseKind(string? text, out EntityKind kind)
    {
        kind = EntityKind.Unknown;
        if (string.IsNullOrWhiteSpace(text)) return true;
        switch (text.Trim().ToLowerInvariant())
        {
            case "person" or "individual": kind = EntityKind.Person; return true;
            case "organization" or "organisation" or "entity" or "company" or "org": kind = EntityKind.Organization; return true;
            case "vessel" or "ship": kind = EntityKind.Vessel; return true;
            case "aircraft": kind = EntityKind.Aircraft; return true;
            case "unknown" or "any": return true;
            default: return false;
        }
    }
}
