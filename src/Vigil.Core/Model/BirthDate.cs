namespace Vigil.Core.Model;

/// <summary>
/// A birth date as lists give it: an exact or partial date (<c>DOB 23 Nov 1962</c>, <c>DOB Jan 1959</c>, <c>DOB 1962</c>),
/// a range of years (<c>DOB 1958 to 1960</c>, UN BETWEEN), or an approximate year (<c>DOB circa 1951</c>, UN APPROXIMATELY).
/// </summary>
/// <param name="From">The date, or the start of the range.</param>
/// <param name="To">The end of the range (inclusive), when a range is given.</param>
/// <param name="Approximate">True for "circa" / "approximately".</param>
public sealed record BirthDate(PartialDate From, PartialDate? To = null, bool Approximate = false)
{
    /// <summary>The earliest and latest year this birth date allows.</summary>
    public (int First, int Last) Years => Approximate
        ? (From.Year - 1, (To ?? From).Year + 1)
        : (From.Year, (To ?? From).Year);

    public override string ToString() =>
        (Approximate ? "circa " : "") + From + (To is { } to ? " to " + to : "");
}
