using Vigil.Core.Model;

namespace Vigil.Core.Lists;

/// <summary>Compares two versions of one list, keyed by <see cref="Entity.SourceId"/>.</summary>
public static class ListDiff
{
    /// <summary>Entries only in <paramref name="after"/> (added), only in <paramref name="before"/> (removed),
    /// and in both with at least one changed field (changed).</summary>
    /// <exception cref="ArgumentException">A source id occurs twice in one version.</exception>
    public static ListChange Compare(IEnumerable<Entity> before, IEnumerable<Entity> after)
    {
        var old = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var e in before)
            if (!old.TryAdd(e.SourceId, e))
                throw new ArgumentException($"source id {e.SourceId} occurs twice in the older version", nameof(before));

        var added = new List<EntitySummary>();
        var changed = new List<EntityChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in after)
        {
            if (!seen.Add(e.SourceId))
                throw new ArgumentException($"source id {e.SourceId} occurs twice in the newer version", nameof(after));
            if (!old.TryGetValue(e.SourceId, out var previous))
            {
                added.Add(EntitySummary.Of(e));
                continue;
            }
            var fields = EntityDiff.Compare(previous, e);
            if (fields != EntityFields.None)
                changed.Add(new EntityChange(e.SourceId, e.Kind, e.Name, previous.Name, fields));
        }

        var removed = new List<EntitySummary>();
        foreach (var (id, e) in old)
            if (!seen.Contains(id)) removed.Add(EntitySummary.Of(e));

        added.Sort((a, b) => SourceIdComparer.Instance.Compare(a.SourceId, b.SourceId));
        removed.Sort((a, b) => SourceIdComparer.Instance.Compare(a.SourceId, b.SourceId));
        changed.Sort((a, b) => SourceIdComparer.Instance.Compare(a.SourceId, b.SourceId));
        return new ListChange(added, removed, changed);
    }
}
