using System.Data;
using System.Data.Common;

namespace Vigil.Store.Sql;

/// <summary>The customer register: current records plus every revision in <c>customer_history</c>.</summary>
internal sealed class CustomerStore(VigilDatabase database) : ICustomerStore
{
    /// <summary>
    /// Adds new customers and updates changed ones (a new revision, kept in the history), in one transaction with its
    /// audit entry. Records equal to the stored ones are left alone.
    /// </summary>
    public CustomerImportResult Import(IReadOnlyList<CustomerRecord> records, string file, DateTimeOffset at)
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginWrite();
        var atText = StoreText.Instant(at);
        using var find = connection.CreateCommand();
        find.Transaction = transaction;
        find.CommandText = "SELECT name, type, birth_date, country, id_numbers, revision FROM customers WHERE id = @id";
        var findId = find.Slot("@id", DbType.String);

        using var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText = """
            INSERT INTO customers (id, name, type, birth_date, country, id_numbers, fingerprint, revision, updated_at)
            VALUES (@id, @name, @type, @dob, @country, @ids, @fp, @rev, @at)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, birth_date = excluded.birth_date,
                country = excluded.country, id_numbers = excluded.id_numbers, fingerprint = excluded.fingerprint,
                revision = excluded.revision, updated_at = excluded.updated_at
            """;
        using var history = connection.CreateCommand();
        history.Transaction = transaction;
        history.CommandText = """
            INSERT INTO customer_history (customer_id, revision, name, type, birth_date, country, id_numbers, imported_at, import_file)
            VALUES (@id, @rev, @name, @type, @dob, @country, @ids, @at, @file)
            """;
        int added = 0, updated = 0, unchanged = 0;
        foreach (var r in records)
        {
            findId.Value = r.Id;
            long revision = 1;
            using (var reader = find.ExecuteReader())
            {
                if (reader.Read())
                {
                    if (reader.GetString(0) == r.Name && reader.GetString(1) == r.Type && reader.GetString(2) == r.BirthDate
                        && reader.GetString(3) == r.Country && reader.GetString(4) == r.IdNumbers)
                    {
                        unchanged++;
                        continue;
                    }
                    revision = reader.GetInt64(5) + 1;
                }
            }
            if (revision == 1) added++; else updated++;
            foreach (var command in new[] { upsert, history })
            {
                command.Parameters.Clear();
                command.Param("@id", r.Id);
                command.Param("@name", r.Name);
                command.Param("@type", r.Type);
                command.Param("@dob", r.BirthDate);
                command.Param("@country", r.Country);
                command.Param("@ids", r.IdNumbers);
                command.Param("@rev", revision);
                command.Param("@at", atText);
            }
            upsert.Param("@fp", r.Fingerprint);
            history.Param("@file", file);
            upsert.ExecuteNonQuery();
            history.ExecuteNonQuery();
        }
        AuditLog.Append(connection, transaction, "customers.import",
            DetailJson.Of(("file", file), ("rows", records.Count), ("added", added), ("updated", updated), ("unchanged", unchanged)),
            at);
        transaction.Commit();
        return new CustomerImportResult(added, updated, unchanged);
    }

    /// <summary>Customers in id order after <paramref name="afterId"/> (null: from the start); <paramref name="pendingOnly"/>: those not screened since they changed.</summary>
    public IReadOnlyList<StoredCustomer> Page(string? afterId, int count, bool pendingOnly)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT id, name, type, birth_date, country, id_numbers, fingerprint, revision, screened_revision FROM customers
            WHERE (@after IS NULL OR id > @after) {(pendingOnly ? "AND screened_revision <> revision" : "")}
            ORDER BY id LIMIT @n
            """;
        command.Param("@after", afterId is null ? DBNull.Value : afterId);
        command.Param("@n", count);
        using var reader = command.ExecuteReader();
        var list = new List<StoredCustomer>();
        while (reader.Read())
            list.Add(new StoredCustomer(
                new CustomerRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6)),
                reader.GetInt64(7), reader.GetInt64(8)));
        return list;
    }

    /// <summary>One customer, or null.</summary>
    public StoredCustomer? Find(string id)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, type, birth_date, country, id_numbers, fingerprint, revision, screened_revision FROM customers WHERE id = @id";
        command.Param("@id", id);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new StoredCustomer(new CustomerRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6)),
                reader.GetInt64(7), reader.GetInt64(8))
            : null;
    }

    /// <summary>How many customers there are, and how many changed since they were last screened.</summary>
    public (long Total, long Pending) Counts()
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), CAST(COALESCE(SUM(CASE WHEN screened_revision <> revision THEN 1 ELSE 0 END), 0) AS BIGINT) FROM customers";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>The revisions of one customer, oldest first.</summary>
    public IReadOnlyList<(long Revision, CustomerRecord Record, DateTimeOffset ImportedAt, string File)> History(string id)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT revision, name, type, birth_date, country, id_numbers, imported_at, import_file
            FROM customer_history WHERE customer_id = @id ORDER BY revision
            """;
        command.Param("@id", id);
        using var reader = command.ExecuteReader();
        var list = new List<(long, CustomerRecord, DateTimeOffset, string)>();
        while (reader.Read())
            list.Add((reader.GetInt64(0),
                new CustomerRecord(id, reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), ""),
                StoreText.ParseInstant(reader.GetString(6)), reader.GetString(7)));
        return list;
    }
}
