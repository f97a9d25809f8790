using Vigil.Core.Lists;
using Vigil.Store;

namespace Vigil.Workflows;

/// <summary>Reads what screening runs against: the active versions and their entities, from one database snapshot.</summary>
public static class ActiveListsLoader
{
    /// <summary>The active versions and all their entities; both empty when no list was loaded.</summary>
    /// <remarks>
    /// Cheap check first: <see cref="ListCatalog.Active"/> gives the versions alone, so a caller that caches an index
    /// per <see cref="ActiveLists.Key"/> can skip this call when the key has not changed.
    /// </remarks>
    public static ActiveLists Load(VigilHome home)
    {
        using var store = home.OpenStore();
        return store.Lists.LoadActive();
    }
}
