using System.CommandLine;
using Vigil.Cli.Io;
using Vigil.Workflows;
using Vigil.Workflows.Screening;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil profile show [--profile FILE]</c>: the effective scoring profile as a profile file, to start a tuning run from.</summary>
internal static class ProfileCommand
{
    public static Command Create()
    {
        var profile = ProfileOption.Create();
        var show = new Command("show", "Print the scoring profile in force (vigil.json's \"profile\", else the shipped one) as a profile file") { profile };
        show.SetAction(parse => CommandGuard.Run("profile show", () =>
        {
            var home = VigilHome.FromEnvironment();
            Console.Out.WriteLine(ProfileFile.Write(ProfileOption.Resolve(parse, profile, home)));
            return ExitCodes.Ok;
        }));
        return new Command("profile", "The scoring profile: every weight and cut-off") { show };
    }
}
