namespace Vigil.Core.Parties;

/// <summary>What the grouping found, for logs and docs.</summary>
/// <param name="Listings">Listings grouped.</param>
/// <param name="Parties">Parties of two or more listings.</param>
/// <param name="ListingsInParties">Listings in those parties.</param>
/// <param name="BySourceCount">Parties of two or more listings by how many sources they span (index 2, 3, ...).</param>
/// <param name="Links">Links applied (a pair joined by two facts counts twice).</param>
/// <param name="RefusedLinks">Links not applied because they would put two listings of one source in one party.</param>
/// <param name="AmbiguousKeys">Facts not used because two or more listings of one source share them (a passport number
/// given for several entries, a placeholder number, a common name with a common birth date).</param>
/// <param name="LinksByReason">Links applied by kind of reason (<c>un-ref</c>, <c>imo</c>, <c>bic</c>, <c>passport</c>,
/// <c>national-id</c>, <c>name+dob</c>), in that order.</param>
public sealed record PartyStats(int Listings, int Parties, int ListingsInParties, IReadOnlyList<int> BySourceCount, int Links, int RefusedLinks, int AmbiguousKeys,
    IReadOnlyList<(string Reason, int Links)> LinksByReason)
{
    public override string ToString() =>
        $"{Parties} parties of 2+ listings ({ListingsInParties} of {Listings} listings; by sources: "
        + string.Join(", ", BySourceCount.Select((n, s) => (n, s)).Where(x => x.s >= 2 && x.n > 0).Select(x => $"{x.s}: {x.n}"))
        + $"), {Links} links ({string.Join(", ", LinksByReason.Select(r => $"{r.Reason} {r.Links}"))}), "
        + $"{RefusedLinks} refused (same source), {AmbiguousKeys} ambiguous facts skipped";
}
