using System.CommandLine;
using Spectre.Console;
using Vigil.Cli.Io;
using Vigil.Cli.Rendering;
using Vigil.Workflows;
using Vigil.Workflows.Keys;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil keys create NAME [--role R] | list | revoke NAME</c>: the API keys <c>vigil serve</c> accepts.</summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var command = new Command("keys", "Manage the API keys of 'vigil serve'. Only a hash of each key is stored.");
        command.Subcommands.Add(CreateKey());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Revoke());
        return command;
    }

    private static ApiKeys Keys() => new(VigilHome.FromEnvironment(), TimeProvider.System);

    private static Command CreateKey()
    {
        var name = new Argument<string>("NAME") { Description = "What the key is for, e.g. the calling system (payments-gateway)" };
        var role = new Option<string>("--role")
        {
            Description = "viewer (lists, entities), screener (+ search, screen, text), analyst (+ alerts, decisions), admin (+ keys, screening records); each includes the roles before it",
            DefaultValueFactory = _ => Contracts.KeyRoles.Admin,
        };
        var command = new Command("create", "Create a key and print it once on stdout; it cannot be shown again.") { name, role };
        command.SetAction(parse => CommandGuard.Run("keys create", () =>
        {
            var key = Keys().Create(parse.GetValue(name)!, parse.GetValue(role)!);
            Console.Out.WriteLine(key);
            Console.Error.WriteLine($"key '{parse.GetValue(name)!.Trim()}' ({Contracts.KeyRoles.Parse(parse.GetValue(role))}) created; store it now, it is not shown again. Send it as 'Authorization: Bearer KEY'.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "Every key: name, role, created, revoked (never the key itself).");
        command.SetAction(_ => CommandGuard.Run("keys list", () =>
        {
            var keys = Keys().List();
            if (keys.Count == 0)
            {
                Console.Error.WriteLine("No API key yet. Create one with: vigil keys create NAME");
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumn("name").AddColumn("role").AddColumn("created").AddColumn("revoked");
            foreach (var k in keys)
                table.AddRow(Markup.Escape(k.Name), k.Role, Format.Instant(k.CreatedAt), k.RevokedAt is { } r ? Format.Instant(r) : "-");
            Terminal.Out.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Revoke()
    {
        var name = new Argument<string>("NAME") { Description = "The key's name (vigil keys list)" };
        var command = new Command("revoke", "Revoke a key: calls with it get 403 from then on (a running server notices within a second).") { name };
        command.SetAction(parse => CommandGuard.Run("keys revoke", () =>
        {
            var revoked = Keys().Revoke(parse.GetValue(name)!);
            Console.Error.WriteLine($"key '{revoked.Name}' revoked");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
