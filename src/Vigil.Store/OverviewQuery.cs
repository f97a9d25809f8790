using System.Globalization;

namespace Vigil.Store.Sql;

/// <summary>The overview's figures as three SQL aggregates over <c>alerts</c>, <c>alert_decisions</c> and <c>screening_records</c>.</summary>
/// <remarks>
/// Times are stored as fixed-width UTC text, so comparing text compares instants and its first ten characters are the
/// UTC day: each query groups in SQLite and returns at most buckets × states or days × outcomes rows, whatever the
/// number of alerts. The three run in one read transaction, so they count the same moment.
/// </remarks>
internal sealed class OverviewQuery(VigilDatabase database) : IOverviewQuery
{
    /// <inheritdoc/>
    public OverviewFigures Figures(DateTimeOffset now, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var to = DateOnly.FromDateTime(now.UtcDateTime);
        var from = to.AddDays(1 - days);
        var since = StoreText.Instant(new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginRead();

        var open = new List<AlertAgeCount>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            // raised_at > now - edge ⇔ age < edge: the first edge the age is under names the bucket.
            var buckets = string.Concat(AlertAge.EdgesInDays.Select((d, i) => $"WHEN a.raised_at > @e{i} THEN {i} "));
            command.CommandText = $"""
                SELECT CASE {buckets}ELSE {AlertAge.EdgesInDays.Count} END AS bucket,
                       CASE WHEN EXISTS (SELECT 1 FROM alert_proposals p WHERE p.alert_id = a.id AND p.status = 'pending')
                            THEN '{OverviewFigures.PendingApproval}' ELSE a.state END AS shown,
                       COUNT(*)
                FROM alerts a WHERE a.state IN ('open', 'escalated')
                GROUP BY bucket, shown ORDER BY bucket, shown
                """;
            for (var i = 0; i < AlertAge.EdgesInDays.Count; i++)
                command.Param($"@e{i}", StoreText.Instant(now.AddDays(-AlertAge.EdgesInDays[i])));
            using var reader = command.ExecuteReader();
            while (reader.Read())
                open.Add(new AlertAgeCount(AlertAge.Buckets[reader.GetInt32(0)], reader.GetString(1), reader.GetInt64(2)));
        }

        var decisions = new List<DecisionDayCount>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = """
                SELECT substr(at, 1, 10) AS day, state, COUNT(*) FROM alert_decisions
                WHERE at >= @since AND reviewer <> @engine
                GROUP BY day, state ORDER BY day, state
                """;
            command.Param("@since", since);
            command.Param("@engine", IScreeningStore.EngineReviewer);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                decisions.Add(new DecisionDayCount(Day(reader.GetString(0)), reader.GetString(1), reader.GetInt64(2)));
        }

        var screenings = new List<ScreeningDayCount>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = """
                SELECT substr(at, 1, 10) AS day, COUNT(*), CAST(COALESCE(SUM(hits), 0) AS BIGINT), CAST(COALESCE(SUM(alerts), 0) AS BIGINT) FROM screening_records
                WHERE at >= @since GROUP BY day ORDER BY day
                """;
            command.Param("@since", since);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                screenings.Add(new ScreeningDayCount(Day(reader.GetString(0)), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3)));
        }
        transaction.Commit();
        // Records written "in the future" (a clock step back) fall outside the window rather than onto a day the axis lacks.
        return new OverviewFigures(from, to, open, decisions.Where(d => d.Day <= to).ToList(), screenings.Where(s => s.Day <= to).ToList());
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
