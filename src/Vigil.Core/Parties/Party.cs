using Vigil.Core.Model;

namespace Vigil.Core.Parties;

/// <summary>One party: the listings of different sources that are the same person, organisation, vessel or aircraft, and
/// the links that joined them. A listing no other source repeats is a party of one.</summary>
/// <param name="Id">Stable id: <see cref="IdOf"/> of the smallest member reference.</param>
/// <param name="Members">The listings, ordered by reference (ordinal); at most one per source.</param>
/// <param name="Links">The links that joined them (none for a party of one).</param>
public sealed record Party(string Id, IReadOnlyList<SourceRef> Members, IReadOnlyList<PartyLink> Links)
{
    /// <summary>The sources the party is listed on, in member order.</summary>
    public IEnumerable<string> Sources => Members.Select(m => m.Source);

    /// <summary>
    /// The party id of a party whose smallest member reference (ordinal order of <c>source:id</c>) is <paramref name="smallest"/>:
    /// <c>P-</c> and 10 hex digits: the low 40 bits of the 64-bit FNV-1a hash of that reference's UTF-16 code units.
    /// </summary>
    /// <remarks>Survives reloads and new list versions as long as that member stays in the party; a new member with a smaller
    /// reference, or the loss of that member, gives the party a new id. FNV-1a rather than a cryptographic hash keeps Core
    /// on the base library; 40 bits make a collision among a million parties unlikely (about 1 in 2,000).</remarks>
    public static string IdOf(SourceRef smallest)
    {
        const ulong offset = 14695981039346656037, prime = 1099511628211;
        var hash = offset;
        foreach (var c in smallest.ToString())
        {
            hash = (hash ^ (byte)c) * prime;
            hash = (hash ^ (byte)(c >> 8)) * prime;
        }
        return "P-" + (hash & 0xFF_FFFF_FFFF).ToString("x10", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The party of one listing alone.</summary>
    public static Party Alone(SourceRef member) => new(IdOf(member), [member], []);

    /// <summary>Why <paramref name="from"/> and <paramref name="to"/> are one party: the reasons of their direct links
    /// (<c>un-ref QDi.006</c>), or else the shortest chain of links (<c>name+dob 1930-05-05 (au-dfat:307); un-ref QDi.056</c>,
    /// each step but the last naming the listing it reaches); empty when they are not in this party.</summary>
    public string ReasonBetween(SourceRef from, SourceRef to)
    {
        var direct = Links.Where(l => (l.A == from && l.B == to) || (l.A == to && l.B == from)).Select(l => l.Reason).Distinct().ToList();
        if (direct.Count > 0) return string.Join("; ", direct);
        // Breadth-first over the links: parties are small (at most one listing per source).
        var previous = new Dictionary<SourceRef, (SourceRef From, string Reason)>();
        var queue = new Queue<SourceRef>([from]);
        var seen = new HashSet<SourceRef> { from };
        while (queue.Count > 0)
        {
            var at = queue.Dequeue();
            if (at == to) break;
            foreach (var link in Links)
            {
                var next = link.A == at ? link.B : link.B == at ? link.A : default;
                if (next == default || !seen.Add(next)) continue;
                previous[next] = (at, link.Reason);
                queue.Enqueue(next);
            }
        }
        if (!previous.ContainsKey(to)) return "";
        var steps = new List<string>();
        for (var at = to; at != from; at = previous[at].From)
            steps.Add(previous[at].Reason + (at == to ? "" : $" ({at})"));
        steps.Reverse();
        return string.Join("; ", steps);
    }

    /// <summary>The links that involve <paramref name="member"/>.</summary>
    public IEnumerable<PartyLink> LinksOf(SourceRef member) => Links.Where(l => l.A == member || l.B == member);
}
