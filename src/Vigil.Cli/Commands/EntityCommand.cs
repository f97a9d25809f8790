using System.CommandLine;
using Spectre.Console;
using Vigil.Cli.Io;
using Vigil.Cli.Rendering;
using Vigil.Contracts;
using Vigil.Core.Model;
using Vigil.Workflows;
using Vigil.Workflows.Parties;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil entity SOURCE:ID</c>: everything the list says about one entry.</summary>
internal static class EntityCommand
{
    public static Command Create()
    {
        var reference = new Argument<string>("SOURCE:ID") { Description = "The entry, e.g. ofac-sdn:30502 or un:QDi.001." };
        reference.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (!SourceRef.TryParse(text ?? "", out _))
                result.AddError($"'{text}' is not SOURCE:ID, e.g. ofac-sdn:30502 or un:QDi.001");
        });
        var json = new Option<bool>("--json")
        {
            Description = "Write the entry as JSON, the document GET /api/v1/entities/SOURCE/ID answers: \"entity\": the entity as stored " +
                          "(snake_case fields, kinds and roles as snake_case words, dates as YYYY[-MM[-DD]]) and \"list_version\": " +
                          "{id, source, content_hash, published_on, loaded_at, active, counts, warnings, previous_version_id}.",
        };
        var version = new Option<int?>("--version") { Description = "Read the entry from this version of its source, numbered as vigil lists versions shows (default: the active version).", HelpName = "N" };

        var command = new Command("entity",
            "Show everything a list says about one entry: names with their roles, birth dates and places, nationalities, citizenships, " +
            "gender, identifiers, addresses, programs, titles, listing date, remarks, links, vessel or aircraft details, the list version, " +
            "and the party: the listings of other lists that are the same party, with the reason of each link.");
        command.Arguments.Add(reference);
        command.Options.Add(json);
        command.Options.Add(version);
        command.SetAction(parse => CommandGuard.Run("entity", () =>
        {
            var catalog = new ListCatalog(VigilHome.FromEnvironment());
            var text = parse.GetValue(reference)!;
            // Versions are numbered per source on the command line (un 1, 2, ...), as lists diff and lists warnings take them.
            long? versionId = parse.GetValue(version) is { } number && SourceRef.TryParse(text, out var key) ? catalog.IdOf(key.Source, number) : null;
            var record = catalog.Entity(text, versionId);
            // The party is that of the active lists: an entry of an older version has none.
            var party = record.Version.IsActive ? PartyLookup.Load(VigilHome.FromEnvironment(), record.Entity.Ref) : null;
            if (parse.GetValue(json))
                JsonOutput.Document(EntityResult.From(record.Json, record.Version, party is null ? null : PartyResult.From(party.Party, party.Members)), c => c.EntityResult);
            else Terminal.Out.Write(EntityView.Render(record.Entity, record.Version, party));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
