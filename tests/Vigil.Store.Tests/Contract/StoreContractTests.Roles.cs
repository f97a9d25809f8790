using Vigil.Contracts;
namespace Vigil.Store.Tests.Contract;

/// <summary>Roles on API keys: stored with the key, admin when not given, an unknown role refused.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public void A_key_keeps_the_role_it_was_made_with_admin_by_default_and_an_unknown_role_is_refused()
    {
        Store.Keys.Add("ui", "hash-v", T1, KeyRoles.Viewer);
        Store.Keys.Add("desk", "hash-a", T1, "Analyst");
        Store.Keys.Add("ops", "hash-x", T1);

        Assert.Equal(KeyRoles.Viewer, Store.Keys.FindByHash("hash-v")!.Role);
        Assert.Equal(KeyRoles.Analyst, Store.Keys.FindByHash("hash-a")!.Role);
        Assert.Equal(KeyRoles.Admin, Store.Keys.FindByHash("hash-x")!.Role);
        var error = Assert.Throws<ArgumentException>(() => Store.Keys.Add("bad", "hash-b", T1, "auditor"));
        Assert.Contains("auditor", error.Message, StringComparison.Ordinal);
        Assert.Null(Store.Keys.FindByHash("hash-b"));
        Assert.Contains("\"role\":\"viewer\"", Store.Audit.Read(null, null).First().Entry.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("viewer", "viewer", true)]
    [InlineData("viewer", "screener", false)]
    [InlineData("screener", "viewer", true)]
    [InlineData("analyst", "screener", true)]
    [InlineData("analyst", "admin", false)]
    [InlineData("admin", "analyst", true)]
    [InlineData("nobody", "viewer", false)]
    public void A_role_allows_its_own_endpoints_and_those_of_the_roles_below_it(string held, string needed, bool allowed) =>
        Assert.Equal(allowed, KeyRoles.Allows(held, needed));
}
