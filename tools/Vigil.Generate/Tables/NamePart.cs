namespace Vigil.Generate.Tables;

/// <summary>A name or word in Latin letters and, where the table gives it, in its own script.</summary>
internal sealed record NamePart(string Latin, string? Native)
{
    /// <summary>The own-script form when asked for and known, else the Latin one.</summary>
    public string In(bool native) => native && Native is not null ? Native : Latin;
}
