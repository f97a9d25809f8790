using Vigil.Core.Model;

namespace Vigil.Core.Lists;

/// <summary>What saving a parsed list did.</summary>
/// <param name="Version">The version now active: the new one, or the existing one when <paramref name="Unchanged"/>;
/// when <see cref="Held"/>, the stored version that was held (pending) instead.</param>
/// <param name="Unchanged">The content hash equalled the active version's, so nothing was written.</param>
/// <param name="Warnings">The parse warnings of this load.</param>
/// <param name="Previous">The version that was active before, when there was one and a new version was saved.</param>
/// <param name="Change">The entry-level change against <paramref name="Previous"/> (everything added on a first load).</param>
public sealed record LoadReport(
    ListVersion Version,
    bool Unchanged,
    IReadOnlyList<ParseWarning> Warnings,
    ListVersion? Previous,
    ListChange Change)
{
    /// <summary>The version was stored but not activated (see <see cref="ListVersion.HeldReason"/>); the active one is <see cref="Previous"/>.</summary>
    public bool Held => Version.Status != VersionStatus.Loaded;
}
