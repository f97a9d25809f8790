using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests;

/// <summary><c>vigil keys create | list | revoke</c> through the real process.</summary>
public sealed class KeysCommandTests : IDisposable
{
    private readonly TempDirectory _home = new();

    public void Dispose() => _home.Dispose();

    [Fact]
    public void Create_prints_the_key_once_on_stdout_and_list_shows_the_name_but_never_the_key()
    {
        var created = VigilRunner.Run(_home.Path, "keys", "create", "payments");
        Assert.Equal(0, created.ExitCode);
        var key = created.Stdout.Trim();
        Assert.StartsWith("vgl_", key);
        Assert.DoesNotContain('\n', key);
        Assert.Contains("not shown again", created.Stderr);

        var listed = VigilRunner.Run(_home.Path, "keys", "list");
        Assert.Equal(0, listed.ExitCode);
        Assert.Contains("payments", listed.Stdout);
        Assert.DoesNotContain(key, listed.Stdout + listed.Stderr);
    }

    [Fact]
    public void A_second_live_key_of_the_same_name_is_refused_until_the_first_is_revoked()
    {
        Assert.Equal(0, VigilRunner.Run(_home.Path, "keys", "create", "onboarding").ExitCode);
        var again = VigilRunner.Run(_home.Path, "keys", "create", "onboarding");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("NAME:", again.Stderr);

        Assert.Equal(0, VigilRunner.Run(_home.Path, "keys", "revoke", "onboarding").ExitCode);
        Assert.Equal(0, VigilRunner.Run(_home.Path, "keys", "create", "onboarding").ExitCode);
    }

    [Fact]
    public void Revoking_an_unknown_key_fails_naming_it()
    {
        var result = VigilRunner.Run(_home.Path, "keys", "revoke", "nobody");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'nobody'", result.Stderr);
    }

    [Fact]
    public void Create_with_a_role_lists_it_and_an_unknown_role_is_refused_naming_the_option()
    {
        Assert.Equal(0, VigilRunner.Run(_home.Path, "keys", "create", "ui", "--role", "viewer").ExitCode);
        Assert.Equal(0, VigilRunner.Run(_home.Path, "keys", "create", "ops").ExitCode);

        var listed = VigilRunner.Run(_home.Path, "keys", "list").Stdout;
        Assert.Matches(@"ui\s*│\s*viewer", listed);
        Assert.Matches(@"ops\s*│\s*admin", listed);
        var bad = VigilRunner.Run(_home.Path, "keys", "create", "x", "--role", "auditor");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("--role: 'auditor' is not a role", bad.Stderr);
    }
}
