using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Core.Text;

namespace Vigil.Workflows.Screening;

/// <summary>A query as callers write it (CSV columns, CLI options, JSON fields): all text, checked by <see cref="TryCreate"/>.</summary>
public sealed record QueryFields(string? Name, string? Type = null, string? BirthDate = null, string? Country = null, string? IdNumber = null)
{
    /// <summary>Builds the query or says which field is wrong. An unknown country name is ignored, not an error.</summary>
    public bool TryCreate(out ScreeningQuery query, out string? error)
    {
        query = null!;
        if (string.IsNullOrWhiteSpace(Name)) { error = "name: empty"; return false; }
        if (!TryParseKind(Type, out var kind)) { error = $"type: '{Type}' is not person, organization, vessel or aircraft"; return false; }
        PartialDate? date = null;
        if (!string.IsNullOrWhiteSpace(BirthDate))
        {
            if (!PartialDate.TryParse(BirthDate, out var d)) { error = $"birth_date: '{BirthDate}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"; return false; }
            date = d;
        }
        string? country = null;
        if (!string.IsNullOrWhiteSpace(Country) && Countries.TryGetCode(Country, out var code)) country = code;
        query = new ScreeningQuery(Name.Trim(), kind, date, country, string.IsNullOrWhiteSpace(IdNumber) ? null : IdNumber.Trim());
        error = null;
        return true;
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
