namespace Vigil.Cli;

/// <summary>The process exit codes every command uses.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Error = 1;
    public const int Usage = 2;
}
