using Microsoft.Extensions.Configuration;
using Vigil.Workflows;

namespace Vigil.Server;

/// <summary>What the server needs to know: where the store is and whether API keys are required.</summary>
/// <param name="Home">The VIGIL_HOME to serve.</param>
/// <param name="NoAuth">Accept <c>/api</c> calls without a key (local use only).</param>
public sealed record ServerSettings(VigilHome Home, bool NoAuth)
{
    public const string HomeKey = "Vigil:Home";
    public const string NoAuthKey = "Vigil:NoAuth";

    /// <summary>Reads <see cref="HomeKey"/> and <see cref="NoAuthKey"/>; without a home, <c>$VIGIL_HOME</c> as the CLI does.</summary>
    public static ServerSettings From(IConfiguration configuration)
    {
        var home = configuration[HomeKey] is { Length: > 0 } dir ? new VigilHome(Path.GetFullPath(dir)) : VigilHome.FromEnvironment();
        return new ServerSettings(home, configuration.GetValue<bool>(NoAuthKey));
    }
}
