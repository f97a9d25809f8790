namespace Vigil.Sources.Un;

/// <summary>One INDIVIDUAL or ENTITY element of the UN consolidated list, field by field as the XML gives it.</summary>
/// <remarks>
/// Values are the element texts untouched (not trimmed), empty elements are absent. The reader fills it once,
/// the mapper only reads it; <see cref="Line"/> is the line of the opening tag, for warnings.
/// </remarks>
internal sealed class UnRecord(bool isEntity, int line)
{
    public bool IsEntity { get; } = isEntity;
    public int Line { get; } = line;
    public string? ReferenceNumber { get; set; }
    public string? UnListType { get; set; }
    /// <summary>FIRST_NAME, SECOND_NAME, THIRD_NAME, FOURTH_NAME in that order, whatever order the elements come in.</summary>
    public string?[] NameParts { get; } = new string?[4];
    public string? NameOriginalScript { get; set; }
    public string? ListedOn { get; set; }
    public string? Gender { get; set; }
    public string? Comments { get; set; }
    public List<UnValue> Titles { get; } = [];
    public List<UnValue> Designations { get; } = [];
    public List<UnValue> Nationalities { get; } = [];
    public List<UnAlias> Aliases { get; } = [];
    public List<UnAddress> Addresses { get; } = [];
    public List<UnDateOfBirth> DatesOfBirth { get; } = [];
    public List<UnPlaceOfBirth> PlacesOfBirth { get; } = [];
    public List<UnDocument> Documents { get; } = [];
}

/// <summary>A VALUE child of TITLE, DESIGNATION or NATIONALITY.</summary>
internal readonly record struct UnValue(string Text, int Line);

/// <summary>INDIVIDUAL_ALIAS or ENTITY_ALIAS.</summary>
internal sealed record UnAlias(int Line, string? Quality, string? Name, string? Note, string? DateOfBirth, string? CityOfBirth, string? CountryOfBirth);

/// <summary>INDIVIDUAL_ADDRESS or ENTITY_ADDRESS.</summary>
internal sealed record UnAddress(int Line, string? Street, string? City, string? StateProvince, string? ZipCode, string? Country, string? Note);

/// <summary>INDIVIDUAL_DATE_OF_BIRTH: TYPE_OF_DATE EXACT (DATE or YEAR), APPROXIMATELY (YEAR) or BETWEEN (FROM_YEAR, TO_YEAR).</summary>
internal sealed record UnDateOfBirth(int Line, string? TypeOfDate, string? Date, string? Year, string? FromYear, string? ToYear, string? Note);

/// <summary>INDIVIDUAL_PLACE_OF_BIRTH.</summary>
internal sealed record UnPlaceOfBirth(int Line, string? Street, string? City, string? StateProvince, string? Country, string? Note);

/// <summary>INDIVIDUAL_DOCUMENT.</summary>
internal sealed record UnDocument(
    int Line, string? TypeOfDocument, string? TypeOfDocument2, string? Number, string? IssuingCountry,
    string? DateOfIssue, string? CityOfIssue, string? CountryOfIssue, string? Note);
