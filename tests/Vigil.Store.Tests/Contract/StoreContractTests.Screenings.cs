namespace Vigil.Store.Tests.Contract;

/// <summary>Proof of screening: records kept with their list versions, sealed per batch into the audit chain, purged by age.</summary>
public abstract partial class StoreContractTests
{
    private static ScreeningProof Proof(string? reference, DateTimeOffset at, string input = "{\"name\":\"John Doe\"}", int alerts = 0)
    {
        var (sha, size) = ScreeningProofJson.Digest(input);
        return new ScreeningProof(0, at, "alice", "api.screen", reference, sha, size, null,
            [new ScreenedVersion("ofac-sdn", 3, 7), new ScreenedVersion("un", 1, 2)], "vigil-core test", "default@1", alerts + 1, alerts);
    }

    [Fact]
    public void Appended_records_are_read_back_with_their_list_versions_and_sealed_by_one_audit_entry_holding_their_hash()
    {
        var stored = Store.Screenings.Append([Proof("C1", T1, alerts: 1), Proof("C2", T1)], T1);

        var read = Store.Screenings.Read(null, null).ToList();
        Assert.Equal(stored, read, new ProofComparer());
        Assert.Equal([1L, 2L], read.Select(r => r.Id));
        Assert.Equal(["ofac-sdn", "un"], read[0].ListVersions.Select(v => v.Source));
        Assert.Equal(3, read[0].ListVersions[0].Version);
        var audit = Store.Audit.Latest(1)[0];
        Assert.Equal("screening.record", audit.Action);
        Assert.All(read, r => Assert.Equal(audit.Id, r.AuditId));
        Assert.Contains($"\"sha256\":\"{ScreeningProofJson.BatchHash(read)}\"", audit.Detail, StringComparison.Ordinal);
        Assert.Contains("\"count\":2", audit.Detail, StringComparison.Ordinal);
        Assert.Empty(Store.Screenings.Append([], T1));
    }

    [Fact]
    public void Records_are_read_by_time_window_and_a_purge_removes_only_older_ones_keeping_the_chain_intact()
    {
        Store.Screenings.Append([Proof("C1", T1)], T1);
        Store.Screenings.Append([Proof("C2", T2)], T2);
        Store.Screenings.Append([Proof("C3", T3)], T3);

        Assert.Equal(["C2"], Store.Screenings.Read(T2, T3).Select(r => r.Ref));

        var purged = Store.Screenings.Purge(T2, T3);

        Assert.Equal(1, purged);
        Assert.Equal(["C2", "C3"], Store.Screenings.Read(null, null).Select(r => r.Ref));
        Assert.Equal("screening.purge", Store.Audit.Latest(1)[0].Action);
        Assert.Equal(4, Store.Audit.Read(null, null).Count(e => e.Entry.Action.StartsWith("screening.", StringComparison.Ordinal)));
        Assert.True(Store.Audit.Verify().Ok);
        Assert.Equal(0, Store.Screenings.Purge(T1, T3));
    }

    [Fact]
    public void A_register_batch_writes_its_records_with_its_alerts_and_a_failed_batch_writes_neither()
    {
        var version = SeedListAndCustomers();
        var job = StartJob();

        Screening.ApplyBatch(job, [Outcome("C1", "fp-John Doe", Hit("1", version)), Outcome("C2", "fp-Richard Roe")], [], T2,
            [Proof("C1", T2, alerts: 1), Proof("C2", T2)]);

        Assert.Equal(["C1", "C2"], Store.Screenings.Read(null, null).Select(r => r.Ref));
        Assert.Equal("screening.record", Store.Audit.Latest(1)[0].Action);
        Assert.ThrowsAny<Exception>(() => Screening.ApplyBatch(job, [Outcome("C9-unknown", "fp", Hit("1", version))], [], T3, [Proof("C9-unknown", T3)]));
        Assert.Equal(2, Store.Screenings.Read(null, null).Count());
        Assert.True(Store.Audit.Verify().Ok);
    }

    private sealed class ProofComparer : IEqualityComparer<ScreeningProof>
    {
        public bool Equals(ScreeningProof? x, ScreeningProof? y) =>
            x is not null && y is not null && ScreeningProofJson.Line(x) == ScreeningProofJson.Line(y);

        public int GetHashCode(ScreeningProof obj) => ScreeningProofJson.Line(obj).GetHashCode(StringComparison.Ordinal);
    }
}
