using Vigil.Core.Lists;
using Vigil.Core.Model;
using Vigil.Core.Parties;

namespace Vigil.Workflows.Parties;

/// <summary>The party of one entry across the active lists, with the entities of its listings.</summary>
/// <param name="Party">The party (of one when no other source repeats the entry).</param>
/// <param name="Members">The entities of <see cref="Party.Members"/>, in the same order.</param>
public sealed record PartyLookup(Party Party, IReadOnlyList<Entity> Members)
{
    /// <summary>The party of <paramref name="entry"/> in <paramref name="groups"/> (grouped over <paramref name="entities"/>);
    /// null when the entry is not among them (an entry of a version that is not active).</summary>
    public static PartyLookup? Find(PartyGroups groups, IReadOnlyList<Entity> entities, SourceRef entry)
    {
        for (var e = 0; e < entities.Count; e++)
        {
            if (entities[e].Ref != entry) continue;
            var party = groups.PartyOf(e);
            var members = groups.MembersOf(e);
            if (members.Length == 0) return new PartyLookup(party, [entities[e]]);
            var byRef = new Dictionary<SourceRef, Entity>();
            foreach (var m in members) byRef[entities[m].Ref] = entities[m];
            return new PartyLookup(party, [.. party.Members.Select(r => byRef[r])]);
        }
        return null;
    }

    /// <summary>The party of <paramref name="entry"/> across the home's active lists (reads them all and groups them: a
    /// fraction of a second with every source loaded); null when the entry is not in an active version.</summary>
    public static PartyLookup? Load(VigilHome home, SourceRef entry)
    {
        ActiveLists lists = ActiveListsLoader.Load(home);
        return Find(PartyGroups.Build(lists.Entities), lists.Entities, entry);
    }
}
