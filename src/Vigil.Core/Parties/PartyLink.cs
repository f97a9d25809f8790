using Vigil.Core.Model;

namespace Vigil.Core.Parties;

/// <summary>Why two listings of different sources are taken for the same party.</summary>
/// <param name="A">One listing.</param>
/// <param name="B">The other listing (of another source).</param>
/// <param name="Reason">What they share: <c>un-ref QDi.001</c>, <c>passport A1234567 (IR)</c>, <c>imo 9187629</c>,
/// <c>bic BKIDIRTH</c>, <c>name+dob 1961-07-28</c>.</param>
public sealed record PartyLink(SourceRef A, SourceRef B, string Reason)
{
    public override string ToString() => $"{A} = {B}: {Reason}";
}
