namespace Vigil.Store.Tests.Contract;

/// <summary>API keys: stored by hash, one live key per name, revoked keys still found (so they can be refused as revoked).</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public void An_added_key_is_found_by_its_hash_and_listed_and_a_second_live_key_of_that_name_is_refused()
    {
        var added = Store.Keys.Add("crm", "hash-1", T1);

        Assert.Equal("crm", added.Name);
        Assert.False(added.IsRevoked);
        Assert.Equal(added, Store.Keys.FindByHash("hash-1"));
        Assert.Null(Store.Keys.FindByHash("hash-2"));
        Assert.Throws<ArgumentException>(() => Store.Keys.Add("crm", "hash-2", T2));
        Assert.Equal(["crm"], Store.Keys.All().Select(k => k.Name));
        Assert.Equal("api_key.create", Assert.Single(Store.Audit.Latest(10)).Action);
    }

    [Fact]
    public void A_revoked_key_is_still_found_as_revoked_and_its_name_can_be_reused()
    {
        Store.Keys.Add("crm", "hash-1", T1);

        var revoked = Store.Keys.Revoke("crm", T2);
        var again = Store.Keys.Revoke("crm", T2);
        Store.Keys.Add("crm", "hash-2", T3);

        Assert.Equal(T2, revoked!.RevokedAt);
        Assert.Null(again);
        Assert.True(Store.Keys.FindByHash("hash-1")!.IsRevoked);
        Assert.False(Store.Keys.FindByHash("hash-2")!.IsRevoked);
        Assert.Equal(["hash-1", "hash-2"], Store.Keys.All().Select(k => k.KeyHash));
        Assert.Null(Store.Keys.Revoke("nobody", T3));
        Assert.Equal(["api_key.create", "api_key.revoke", "api_key.create"], Store.Audit.Read(null, null).Select(e => e.Entry.Action));
    }
}
