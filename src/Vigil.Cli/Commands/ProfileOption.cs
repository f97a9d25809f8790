using System.CommandLine;
using Vigil.Core.Matching;
using Vigil.Workflows;
using Vigil.Workflows.Screening;

namespace Vigil.Cli.Commands;

/// <summary>The <c>--profile FILE</c> option of the commands that score (<c>search</c>, <c>screen</c>, <c>text</c>,
/// <c>compare</c>): a scoring profile file for a tuning run, overriding the <c>profile</c> entry of <c>vigil.json</c>.</summary>
internal static class ProfileOption
{
    public static Option<string?> Create() =>
        new("--profile") { Description = "a scoring profile JSON file (default: vigil.json's \"profile\", else the shipped profile; see 'vigil profile show')" };

    /// <summary>The profile the command scores with.</summary>
    public static ScoringProfile Resolve(ParseResult parse, Option<string?> option, VigilHome home) =>
        ProfileFile.Resolve(home, parse.GetValue(option));
}
