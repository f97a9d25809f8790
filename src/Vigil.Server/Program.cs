namespace Vigil.Server;

/// <summary>Runs the server on its own (<c>dotnet Vigil.Server.dll --urls ...</c>); <c>vigil serve</c> is the usual way.</summary>
/// <remarks>Settings come from configuration: <c>Vigil:Home</c> (default <c>$VIGIL_HOME</c>), <c>Vigil:NoAuth</c>.</remarks>
public sealed class Program
{
    private Program() { }

    public static Task Main(string[] args) => ServerHost.Create(args).RunAsync();
}
