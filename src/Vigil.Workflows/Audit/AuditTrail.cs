using System.Globalization;
using Vigil.Store;

namespace Vigil.Workflows.Audit;

/// <summary>The hash-chained audit log: verify the chain, export a time range.</summary>
public sealed class AuditTrail(VigilHome home)
{
    /// <summary>Checks every row's hash and link; the result names the first bad row.</summary>
    public AuditVerification Verify()
    {
        using var store = home.OpenStore();
        return store.Audit.Verify();
    }

    /// <summary>The entries from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), oldest first.</summary>
    public IEnumerable<ChainedAuditEntry> Export(DateTimeOffset? from, DateTimeOffset? to)
    {
        using var store = home.OpenStore();
        foreach (var entry in store.Audit.Read(from, to)) yield return entry;
    }

    /// <summary>Reads <c>YYYY-MM-DD</c> (midnight UTC) or an ISO 8601 instant; <paramref name="option"/> names it in errors.</summary>
    public static DateTimeOffset ParseTime(string text, string option)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
            return at;
        throw new VigilException($"{option}: '{text}' is not a date (YYYY-MM-DD) or an ISO 8601 time");
    }
}
