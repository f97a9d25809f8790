namespace Vigil.Generate.Tables;

/// <summary>One naming culture of the customer generator: its share of rows, countries, and name and firm words.</summary>
internal sealed class Culture(string code, int share, string[] countries, int scriptPercent)
{
    public string Code { get; } = code;
    /// <summary>Rows per thousand drawn from this culture.</summary>
    public int Share { get; } = share;
    /// <summary>ISO alpha-2 codes, most common first.</summary>
    public string[] Countries { get; } = countries;
    /// <summary>Percent of rows written in the culture's own script (only where the tables give native forms).</summary>
    public int ScriptPercent { get; } = scriptPercent;

    public List<NamePart> MaleNames { get; } = [];
    public List<NamePart> FemaleNames { get; } = [];
    public List<NamePart> Surnames { get; } = [];
    public List<NamePart> Brands { get; } = [];
    public List<NamePart> Industries { get; } = [];
    public List<NamePart> LegalForms { get; } = [];
    public List<NamePart> LegalPrefixes { get; } = [];
    public List<NamePart> Cities { get; } = [];
}
