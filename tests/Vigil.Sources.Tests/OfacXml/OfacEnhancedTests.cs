using System.IO.Compression;
using System.Text;
using Vigil.Core.Model;
using Vigil.Sources.Ofac;
using Vigil.Sources.OfacXml;
using Vigil.Tests.Shared;

namespace Vigil.Sources.Tests.OfacXml;

/// <summary>OFAC's enhanced XML: a fixture in the format (plain and zipped) and the real consolidated ZIP of 2025-01-10.</summary>
public sealed class OfacEnhancedTests
{
    private static string FixturePath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ofac-enhanced", "SDN_ENHANCED.XML");

    private static ListParseResult Parse(string name, byte[] content) =>
        OfacEnhancedParser.Instance.Parse(new ListInput([new ListFile(name, new MemoryStream(content, writable: false))]));

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(content);
            }
        return buffer.ToArray();
    }

    [Fact]
    public void The_xml_and_the_zip_holding_it_read_alike_with_names_scripts_dates_countries_documents_and_links()
    {
        var xml = File.ReadAllBytes(FixturePath);
        var plain = Parse("SDN_ENHANCED.XML", xml);
        var zipped = Parse("SDN_ENHANCED.ZIP", Zip(("SDN_ENHANCED.XML", xml)));
        Assert.Equal(plain.Entities.Select(e => e.Name), zipped.Entities.Select(e => e.Name));
        Assert.Equal(new DateOnly(2026, 11, 30), zipped.PublishedOn);
        var person = zipped.Entities.Single(e => e.SourceId == "90001");
        Assert.Equal(
            [("EXAMPLE-KHAN, Amir", NameRole.Primary), ("أمير خان", NameRole.OriginalScript), ("ABU EXAMPLE", NameRole.WeakAlias)],
            person.Names.Select(n => (n.Full, n.Role)));
        Assert.Equal([new BirthDate(new PartialDate(1971), Approximate: true)], person.BirthDates);
        Assert.Equal(["QA"], person.Nationalities);
        Assert.Equal(("Doha", "QA"), (person.Addresses.Single().City, person.Addresses.Single().CountryCode));
        Assert.Equal((IdentifierKind.Passport, "5926671", "QA"), (person.Identifiers[0].Kind, person.Identifiers[0].Number, person.Identifiers[0].Country!));
        Assert.Equal(new EntityLink("Acting for or on behalf of", "EXAMPLE NETWORK", "90002"), person.Links.Single());
        Assert.Equal((new DateOnly(2016, 4, 1), "SDGT"), (person.ListedOn!.Value, person.Programs.Single()));
    }

    [Fact]
    public void A_zip_cut_short_a_zip_of_two_files_and_xml_cut_short_fail_naming_the_file()
    {
        var xml = File.ReadAllBytes(FixturePath);
        var zip = Zip(("SDN_ENHANCED.XML", xml));
        var cut = Assert.Throws<ListFormatException>(() => Parse("SDN_ENHANCED.ZIP", zip[..(zip.Length - 30)]));
        Assert.StartsWith("SDN_ENHANCED.ZIP", cut.File, StringComparison.Ordinal);
        Assert.Contains("holds 2 XML files", Assert.Throws<ListFormatException>(() =>
            Parse("x.zip", Zip(("a.xml", xml), ("b.xml", xml)))).Message, StringComparison.Ordinal);
        var text = Encoding.UTF8.GetString(xml);
        var half = Assert.Throws<ListFormatException>(() => Parse("SDN_ENHANCED.XML", Encoding.UTF8.GetBytes(text[..(text.Length / 2)])));
        Assert.StartsWith("line ", half.Place, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_whose_directory_miscounts_its_entries_is_refused_not_thrown()
    {
        // Found by fuzzing: the central directory is read lazily, so its damage surfaced as InvalidDataException.
        var zip = Zip(("SDN_ENHANCED.XML", File.ReadAllBytes(FixturePath)));
        var end = zip.AsSpan().LastIndexOf((ReadOnlySpan<byte>)[0x50, 0x4B, 0x05, 0x06]);
        zip[end + 10] = 7; // "total entries in the central directory": 7, where there is 1
        var ex = Assert.Throws<ListFormatException>(() => Parse("SDN_ENHANCED.ZIP", zip));
        Assert.Equal(("SDN_ENHANCED.ZIP", "whole file"), (ex.File, ex.Place));
    }

    [Fact]
    public void The_real_consolidated_zip_has_443_entities_keyed_like_the_legacy_csv()
    {
        var r = Parse("CONS_ENHANCED.ZIP", File.ReadAllBytes(SharedData.Path("ofac-enhanced/CONS_ENHANCED.ZIP")));
        Assert.Equal(443, r.Entities.Count);
        Assert.Equal((80, 363), (r.Entities.Count(e => e.Kind == EntityKind.Person), r.Entities.Count(e => e.Kind == EntityKind.Organization)));
        Assert.Equal(new DateOnly(2025, 1, 10), r.PublishedOn);
        Assert.Empty(r.Warnings);
        var legacy = OfacParser.Consolidated.Parse(new ListInput(Directory.GetFiles(SharedData.Path("ofac-cons/2025-12"))
            .Select(f => new ListFile(Path.GetFileName(f), new MemoryStream(File.ReadAllBytes(f))))));
        var legacyById = legacy.Entities.ToDictionary(e => e.SourceId);
        var shared = r.Entities.Where(e => legacyById.ContainsKey(e.SourceId)).ToList();
        Assert.InRange(shared.Count, 400, 443);
        Assert.InRange(shared.Count(e => string.Equals(e.Name, legacyById[e.SourceId].Name, StringComparison.OrdinalIgnoreCase)), 380, 443);
        Assert.Contains(r.Entities.Single(e => e.SourceId == "17013").Names, n => n.Role == NameRole.OriginalScript && n.Full == "Банк ВТБ ПАО");
    }
}
