using System.Globalization;
using Vigil.Core.Lists;

namespace Vigil.Store;

/// <summary>
/// When a newly loaded list version is held for an operator rather than activated: it removes more than
/// <see cref="MaxRemovedPercent"/> of the active version's entries, or its publication date is older than the active one's.
/// </summary>
/// <remarks>
/// A cut-short download that still parses, or a publisher's roll-back, would otherwise become the active list at once
/// and close every alert on the entries it lost. Held, it is stored (nothing is lost) and changes nothing until
/// <c>vigil lists accept</c>. A first version is never held: there is nothing to compare it with.
/// </remarks>
/// <param name="MaxRemovedPercent">The share of the active version's entries a new version may remove, in percent (0–100).</param>
public sealed record ActivationRule(double MaxRemovedPercent)
{
    /// <summary>The share allowed unless <c>vigil.json</c> (<c>lists.max_removed_percent</c>) or <c>--max-removed</c> says otherwise.</summary>
    public const double DefaultMaxRemovedPercent = 5;

    /// <summary>The default rule: at most 5 % removed, never older.</summary>
    public static ActivationRule Default { get; } = new(DefaultMaxRemovedPercent);

    /// <summary>Why a version with <paramref name="change"/> against <paramref name="active"/> must be held; null when it may be activated.</summary>
    public string? HoldReason(ListVersion active, ListChange change, DateOnly? publishedOn)
    {
        var reasons = new List<string>(2);
        var total = active.Counts.Total;
        var removed = change.Removed.Count;
        if (total > 0 && removed * 100.0 > MaxRemovedPercent * total)
        {
            var percent = removed * 100.0 / total;
            // Whole percents, unless rounding would make the share look allowed ("5 %, more than the 5 % allowed").
            var shown = Math.Round(percent) > MaxRemovedPercent ? percent.ToString("0", CultureInfo.InvariantCulture) : percent.ToString("0.0##", CultureInfo.InvariantCulture);
            reasons.Add(string.Create(CultureInfo.InvariantCulture,
                $"removes {removed:N0} of {total:N0} entries ({shown} %), more than the {MaxRemovedPercent:0.##} % allowed"));
        }
        if (publishedOn is { } published && active.PublishedOn is { } current && published < current)
            reasons.Add(string.Create(CultureInfo.InvariantCulture,
                $"published {published:yyyy-MM-dd}, older than the active version's {current:yyyy-MM-dd}"));
        return reasons.Count == 0 ? null : string.Join("; ", reasons);
    }

    /// <summary>A rule for <paramref name="percent"/>, refusing values outside 0–100.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a number between 0 and 100.</exception>
    public static ActivationRule ForPercent(double percent) =>
        double.IsFinite(percent) && percent is >= 0 and <= 100
            ? new ActivationRule(percent)
            : throw new ArgumentOutOfRangeException(nameof(percent), percent, "the share of removed entries allowed is a percentage from 0 to 100");
}
