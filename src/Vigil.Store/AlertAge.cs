namespace Vigil.Store;

/// <summary>The age buckets of open alerts on the overview: under 1 day, 1 to 7 days, 7 to 30 days, 30 days and more.</summary>
/// <remarks>A bucket holds ages from its lower bound (included) to the next bucket's (excluded): an alert exactly 7 days old is <c>7_30d</c>.</remarks>
public static class AlertAge
{
    /// <summary>The bucket names, youngest first.</summary>
    public static IReadOnlyList<string> Buckets { get; } = ["lt_1d", "1_7d", "7_30d", "gt_30d"];

    /// <summary>The lower bound of each bucket after the first, in days: the edges between the buckets.</summary>
    public static IReadOnlyList<int> EdgesInDays { get; } = [1, 7, 30];

    /// <summary>The bucket of an alert raised <paramref name="age"/> ago.</summary>
    public static string Of(TimeSpan age)
    {
        for (var i = 0; i < EdgesInDays.Count; i++)
            if (age < TimeSpan.FromDays(EdgesInDays[i])) return Buckets[i];
        return Buckets[^1];
    }
}
