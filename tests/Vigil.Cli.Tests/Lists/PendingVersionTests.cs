using System.Text;
using Microsoft.Data.Sqlite;
using Vigil.Cli.Tests.Customers;
using Vigil.Cli.Tests.Support;
using Vigil.Tests.Shared;

namespace Vigil.Cli.Tests.Lists;

/// <summary>
/// Issue 13, finding 1: a version that removes more than the allowed share of the active version's entries, or is older
/// than it, is held (stored as pending, not activated): nothing is rescreened or closed until an operator accepts it.
/// Real files through the real CLI: the SDN CSV set cut to a valid 5,001 of 8,976 entries, a valid UN file of one entry,
/// the UN archive's 2020-03 and 2024-11 publications over 2026-02.
/// </summary>
public sealed class PendingVersionTests : IDisposable
{
    private const int KeptSdnEntries = 5001;

    private readonly TempDirectory _home = new();
    private readonly TempDirectory _files = new();

    private static string Sdn2021 => SharedData.Path("ofac-sdn/2021-07");
    private static string Un2026 => SharedData.Path("un/consolidated-2026-02.xml");

    [Fact]
    public void An_SDN_set_cut_to_5001_of_8976_entries_is_held_and_lists_shows_it_pending_with_the_reason()
    {
        VigilCli.Ok(_home.Path, "lists", "load", "ofac-sdn", Sdn2021);
        var cut = CutSdn(_files.File("ofac-sdn"));

        var load = VigilCli.Run(_home.Path, null, "lists", "load", "ofac-sdn", cut);

        Assert.True(load.ExitCode == 1, load.ToString());
        Assert.Contains("held version 2", load.Stdout, StringComparison.Ordinal);
        Assert.Contains("removes 3,975 of 8,976 entries (44 %), more than the 5 % allowed", load.Stdout, StringComparison.Ordinal);
        Assert.Contains("vigil lists accept ofac-sdn 2", load.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Screening job", load.Stdout, StringComparison.Ordinal);
        var lists = VigilCli.Ok(_home.Path, "lists").Stdout;
        Assert.Matches(@"│ ofac-sdn +│ +1 │.*│ +8,976 │", lists);
        Assert.Contains("ofac-sdn version 2: pending: removes 3,975 of 8,976 entries (44 %)", lists, StringComparison.Ordinal);
        Assert.Matches(@"│ ofac-sdn +│ +2 │ pending │.*│ +5,001 │", VigilCli.Ok(_home.Path, "lists", "versions", "ofac-sdn").Stdout);
        Assert.Contains("\"list.load.held\"", AuditJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_UN_file_of_one_entry_is_held()
    {
        VigilCli.Ok(_home.Path, "lists", "load", "un", Un2026);
        var one = OneEntryUn(_files.File("one.xml"));

        var load = VigilCli.Run(_home.Path, null, "lists", "load", "un", one);

        Assert.True(load.ExitCode == 1, load.ToString());
        Assert.Contains("removes 1,002 of 1,003 entries (100 %), more than the 5 % allowed", load.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"│ un +│ +1 │.*│ +1,003 │", VigilCli.Ok(_home.Path, "lists").Stdout);
    }

    [Theory]
    [InlineData("consolidated-2020-03.xml", "published 2020-03-20")]
    [InlineData("consolidated-2024-11.xml", "published 2024-11-30")]
    public void An_older_UN_publication_over_a_newer_one_is_held_even_when_any_share_may_be_removed(string file, string published)
    {
        VigilCli.Ok(_home.Path, "lists", "load", "un", Un2026);

        var load = VigilCli.Run(_home.Path, null, "lists", "load", "un", SharedData.Path("un-archive/" + file), "--max-removed", "100");

        Assert.True(load.ExitCode == 1, load.ToString());
        Assert.Contains($"{published}, older than the active version's 2026-02-27", load.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("more than the", load.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"│ un +│ +1 │ 2026-02-27 │", VigilCli.Ok(_home.Path, "lists").Stdout);
    }

    [Fact]
    public void Sync_holds_a_cut_SDN_closing_no_alert_then_accept_activates_and_rescreens_audited_and_the_chain_stays_intact()
    {
        Customers();
        VigilCli.Ok(_home.Path, "customers", "import", _files.File("customers.csv"));
        VigilCli.Ok(_home.Path, "lists", "load", "ofac-sdn", Sdn2021);
        var open = VigilCli.Alerts(_home.Path, "open");
        // Listed after row 5,001 of sdn.csv (the cut file loses them), and one listed before it.
        Assert.Equal(["gone1", "gone2", "gone3", "kept"], open.Select(a => a.CustomerId).Order());
        CutSdn(Path.Combine(_files.Path, "offline", "ofac-sdn"));

        var sync = VigilCli.Run(_home.Path, null, "lists", "sync", "--from", Path.Combine(_files.Path, "offline"), "--source", "ofac-sdn");

        Assert.True(sync.ExitCode == 1, sync.ToString());
        Assert.Contains("ofac-sdn: held: held version 2", sync.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Screening job", sync.Stdout, StringComparison.Ordinal);
        Assert.Empty(VigilCli.Alerts(_home.Path, "closed"));
        Assert.Equal(open.Select(a => a.Id), VigilCli.Alerts(_home.Path, "open").Select(a => a.Id));
        // A second round fetching the same files reports the same pending version; sync never accepts on its own.
        var again = VigilCli.Run(_home.Path, null, "lists", "sync", "--from", Path.Combine(_files.Path, "offline"), "--source", "ofac-sdn");
        Assert.Contains("held version 2", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, TableRows(VigilCli.Ok(_home.Path, "lists", "versions", "ofac-sdn").Stdout).Count(r => r[0] == "ofac-sdn"));
        Assert.Empty(VigilCli.Alerts(_home.Path, "closed"));

        var accept = VigilCli.Run(_home.Path, null, "lists", "accept", "ofac-sdn", "2", "--by", "alice");

        Assert.True(accept.ExitCode == 0, accept.ToString());
        Assert.Contains("Accepted ofac-sdn version 2", accept.Stdout, StringComparison.Ordinal);
        Assert.Contains("decided by alice", accept.Stdout, StringComparison.Ordinal);
        Assert.Contains("Screening job", accept.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"│ ofac-sdn +│ +2 │.*│ +5,001 │", VigilCli.Ok(_home.Path, "lists").Stdout);
        Assert.Equal(["gone1", "gone2", "gone3"], VigilCli.Alerts(_home.Path, "closed").Select(a => a.CustomerId).Order());
        Assert.Equal("kept", Assert.Single(VigilCli.Alerts(_home.Path, "open")).CustomerId);
        var audit = AuditJson();
        Assert.Contains("\"list.accept\"", audit, StringComparison.Ordinal);
        Assert.Contains("\"by\":\"alice\"", audit, StringComparison.Ordinal);
        Assert.Contains("chain intact", VigilCli.Ok(_home.Path, "audit", "verify").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Drop_discards_a_held_version_audited_and_the_active_version_and_alerts_stay()
    {
        Customers();
        VigilCli.Ok(_home.Path, "customers", "import", _files.File("customers.csv"));
        VigilCli.Ok(_home.Path, "lists", "load", "ofac-sdn", Sdn2021);
        var open = VigilCli.Alerts(_home.Path, "open");
        VigilCli.Run(_home.Path, null, "lists", "load", "ofac-sdn", CutSdn(_files.File("ofac-sdn")));

        var drop = VigilCli.Run(_home.Path, null, "lists", "drop", "ofac-sdn", "2", "--by", "bob");
        var twice = VigilCli.Run(_home.Path, null, "lists", "accept", "ofac-sdn", "2");

        Assert.True(drop.ExitCode == 0, drop.ToString());
        Assert.Contains("Dropped ofac-sdn version 2", drop.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, twice.ExitCode);
        Assert.Contains("ofac-sdn version 2 is not pending: it was dropped", twice.Stderr, StringComparison.Ordinal);
        var versions = TableRows(VigilCli.Ok(_home.Path, "lists", "versions", "ofac-sdn").Stdout).Where(r => r[0] == "ofac-sdn");
        Assert.Equal([("2", "dropped"), ("1", "yes")], versions.Select(r => (r[1], r[2])));
        Assert.DoesNotContain("pending", VigilCli.Ok(_home.Path, "lists").Stdout, StringComparison.Ordinal);
        Assert.Equal(open.Select(a => a.Id), VigilCli.Alerts(_home.Path, "open").Select(a => a.Id));
        var audit = AuditJson();
        Assert.Contains("\"list.drop\"", audit, StringComparison.Ordinal);
        Assert.Contains("\"by\":\"bob\"", audit, StringComparison.Ordinal);
        Assert.Contains("chain intact", VigilCli.Ok(_home.Path, "audit", "verify").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_normal_growing_update_is_activated_at_once()
    {
        VigilCli.Ok(_home.Path, "lists", "load", "ofac-sdn", SharedData.Path("ofac-sdn/2019-01"));

        var update = VigilCli.Run(_home.Path, null, "lists", "load", "ofac-sdn", Sdn2021);

        Assert.True(update.ExitCode == 0, update.ToString());
        Assert.Contains("Loaded ofac-sdn version 2", update.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"│ ofac-sdn +│ +2 │.*│ +8,976 │", VigilCli.Ok(_home.Path, "lists").Stdout);
    }

    [Fact]
    public void A_share_set_in_vigil_json_is_the_default_and_the_option_overrides_it()
    {
        VigilCli.Ok(_home.Path, "lists", "load", "un", Un2026);
        File.WriteAllText(_home.File("vigil.json"), """{ "lists": { "max_removed_percent": 100 } }""");
        var one = OneEntryUn(_files.File("one.xml"));

        var strict = VigilCli.Run(_home.Path, null, "lists", "load", "un", one, "--max-removed", "50");
        var configured = VigilCli.Run(_home.Path, null, "lists", "load", "un", one);

        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("more than the 50 % allowed", strict.Stdout, StringComparison.Ordinal);
        // The same content, already held: reported as that version, not activated by a laxer setting.
        Assert.Equal(1, configured.ExitCode);
        Assert.Contains("held version 2", configured.Stdout, StringComparison.Ordinal);
        var bad = VigilCli.Run(_home.Path, null, "lists", "load", "un", one, "--max-removed", "150");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("150 is not a percentage from 0 to 100", bad.Stderr, StringComparison.Ordinal);
    }

    /// <summary>A customer file whose people are listed in SDN 2021-07 after row 5,001 (removed by the cut) and before it (kept).</summary>
    private void Customers() => File.WriteAllText(_files.File("customers.csv"),
        "id,name,type,birth_date,country,id_numbers\n" +
        "gone1,Francisco Jose Rangel Gomez,person,,,\n" +
        "gone2,Fabio Enrique Zavarse Pabon,person,,,\n" +
        "gone3,Gerardo Jose Izquierdo Torres,person,,,\n" +
        "kept,Aerocaribbean Airlines,organization,,,\n" +
        "none,Peter Lindqvist,person,1980-05-05,SE,\n");

    /// <summary>
    /// Writes the SDN 2021-07 set with only the first 5,001 entries of sdn.csv, and only the rows of add.csv, alt.csv and
    /// sdn_comments.csv that belong to them: whole records, the end marker kept: a valid, smaller publication.
    /// </summary>
    private static string CutSdn(string directory)
    {
        Directory.CreateDirectory(directory);
        var latin1 = Encoding.Latin1; // byte for byte, whatever the files hold
        var sdn = Records(latin1.GetString(File.ReadAllBytes(Path.Combine(Sdn2021, "sdn.csv"))), out var marker);
        Assert.Equal(8976, sdn.Count);
        var kept = sdn.Take(KeptSdnEntries).ToList();
        var ids = kept.Select(FirstField).ToHashSet(StringComparer.Ordinal);
        File.WriteAllBytes(Path.Combine(directory, "sdn.csv"), latin1.GetBytes(string.Concat(kept) + marker));
        foreach (var name in (string[])["add.csv", "alt.csv", "sdn_comments.csv"])
        {
            var rows = Records(latin1.GetString(File.ReadAllBytes(Path.Combine(Sdn2021, name))), out var end);
            File.WriteAllBytes(Path.Combine(directory, name), latin1.GetBytes(string.Concat(rows.Where(r => ids.Contains(FirstField(r)))) + end));
        }
        return directory;
    }

    /// <summary>The CSV records of <paramref name="text"/>, each with its line break (a quoted field may hold line breaks);
    /// <paramref name="end"/> is what follows the last record (the end-of-file marker, if any).</summary>
    private static List<string> Records(string text, out string end)
    {
        var records = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"') quoted = !quoted;
            else if (text[i] == '\n' && !quoted)
            {
                records.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }
        end = text[start..];
        return records;
    }

    private static string FirstField(string record) => record[..record.IndexOf(',', StringComparison.Ordinal)];

    /// <summary>The UN 2026-02 file with its first individual only: same header and date, well-formed.</summary>
    private static string OneEntryUn(string path)
    {
        var text = File.ReadAllText(Un2026);
        var first = text.IndexOf("</INDIVIDUAL>", StringComparison.Ordinal) + "</INDIVIDUAL>".Length;
        File.WriteAllText(path, text[..first] + "\n  </INDIVIDUALS>\n  <ENTITIES>\n  </ENTITIES>\n</CONSOLIDATED_LIST>\n");
        return path;
    }

    /// <summary>Every audit row as <c>"ACTION" DETAIL</c>, one per line, read from the store as another process sees it.</summary>
    private string AuditJson()
    {
        using var connection = new SqliteConnection($"Data Source={_home.File("vigil.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT action, detail FROM audit_log ORDER BY id";
        using var reader = command.ExecuteReader();
        var rows = new StringBuilder();
        while (reader.Read()) rows.Append('"').Append(reader.GetString(0)).Append("\" ").AppendLine(reader.GetString(1));
        return rows.ToString();
    }

    private static List<string[]> TableRows(string table) => ListsCommandTests.TableRows(table);

    public void Dispose()
    {
        _home.Dispose();
        _files.Dispose();
    }
}
