using System.Security.Cryptography;
using System.Text;
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
    /// <c>P-</c> and the first 10 hex digits of the SHA-256 of that reference.
    /// </summary>
    /// <remarks>Survives reloads and new list versions as long as that member stays in the party; a new member with a smaller
    /// reference, or the loss of that member, gives the party a new id.</remarks>
    public static string IdOf(SourceRef smallest)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(smallest.ToString()), hash);
        return "P-" + Convert.ToHexStringLower(hash[..5]);
    }

    /// <summary>The party of one listing alone.</summary>
    public static Party Alone(SourceRef member) => new(IdOf(member), [member], []);

    /// <summary>The links that involve <paramref name="member"/>.</summary>
    public IEnumerable<PartyLink> LinksOf(SourceRef member) => Links.Where(l => l.A == member || l.B == member);
}
