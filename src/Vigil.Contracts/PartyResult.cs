using Vigil.Core.Model;
using Vigil.Core.Parties;

namespace Vigil.Contracts;

/// <summary>One listing of a party: the entry, its primary name and kind, and the programmes it is listed under.</summary>
public sealed record PartyListing(string Source, string SourceId, string Name, string Kind, IReadOnlyList<string> Programs);

/// <summary>Why two listings are one party: <c>a</c> and <c>b</c> as <c>source:id</c>, and the shared fact (<c>un-ref QDi.006</c>).</summary>
public sealed record PartyLinkResult(string A, string B, string Reason);

/// <summary>The party an entry belongs to across lists: its id, every listing and the links that join them. Part of
/// <c>vigil entity --json</c> and <c>GET /api/v1/entities/…</c>; a party of one has one listing and no link.</summary>
public sealed record PartyResult(string Id, IReadOnlyList<PartyListing> Listings, IReadOnlyList<PartyLinkResult> Links)
{
    /// <summary>The wire shape of <paramref name="party"/>, whose member entities are <paramref name="members"/> (in member order).</summary>
    public static PartyResult From(Party party, IReadOnlyList<Entity> members) => new(
        party.Id,
        [.. members.Select(e => new PartyListing(e.Source, e.SourceId, e.Name, Wire.Name(e.Kind), e.Programs))],
        [.. party.Links.Select(l => new PartyLinkResult(l.A.ToString(), l.B.ToString(), l.Reason))]);
}
