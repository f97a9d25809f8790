namespace Vigil.Core.Model;

/// <summary>A row a parser could read only in part: where it is and what was odd about it.</summary>
/// <param name="File">The file name within the list (<c>sdn.csv</c>).</param>
/// <param name="Line">1-based line number, or 0 when not known.</param>
/// <param name="Field">The field or element concerned, if any.</param>
/// <param name="Message">What was odd, quoting the value.</param>
public sealed record ParseWarning(string File, int Line, string? Field, string Message)
{
    public override string ToString() => $"{File}:{Line}{(Field is null ? "" : $" [{Field}]")}: {Message}";
}
