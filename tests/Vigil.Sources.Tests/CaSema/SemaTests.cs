using System.Text;
using Vigil.Core.Model;
using Vigil.Sources.CaSema;
using Vigil.Tests.Shared;

namespace Vigil.Sources.Tests.CaSema;

/// <summary>Canada's SEMA list: a fixture in the 2025 schema and the real 2020-04 and 2025-05 files.</summary>
public sealed class SemaTests
{
    private static string FixturePath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ca-sema", "sema-lmes.xml");

    private static ListParseResult Parse(string name, Stream content) => SemaParser.Instance.Parse(new ListInput([new ListFile(name, content)]));

    private static ListParseResult ParseFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Parse(Path.GetFileName(path), stream);
    }

    [Fact]
    public void A_person_keeps_trimmed_name_parts_labelled_original_script_aliases_alternative_birth_dates_and_title()
    {
        var r = ParseFile(FixturePath);
        Assert.Empty(r.Warnings);
        Assert.Equal(new DateOnly(2025, 3, 20), r.PublishedOn);
        var person = r.Entities[0];
        Assert.Equal("belarus.ruslan-ivanavich-examplevich", person.SourceId);
        Assert.Equal(("Ruslan Ivanavich EXAMPLEVICH", "Ruslan Ivanavich", "EXAMPLEVICH"), (person.Name, person.Names[0].Given, person.Names[0].Family));
        Assert.Equal(
            [("Ruslan Ivanovich EXAMPLEVICH", NameRole.Alias, null), ("Руслан Iванавiч ЭКЗАМПЛЕВIЧ", NameRole.OriginalScript, "Belarusian"), ("Руслан Иванович ЭКЗАМПЛЕВИЧ", NameRole.OriginalScript, "Russian")],
            person.Names.Skip(1).Select(n => (n.Full, n.Role, n.Note)));
        Assert.Equal([new BirthDate(new PartialDate(1972, 8, 10)), new BirthDate(new PartialDate(1972, 8, 11))], person.BirthDates);
        Assert.Equal(["Deputy Minister"], person.Titles);
        Assert.Equal(["Belarus"], person.Programs);
        Assert.Contains("Schedule 1, Part 1, item 1 (Belarus / Bélarus)", person.OtherInfo);
    }

    [Fact]
    public void An_entity_alias_list_does_not_split_at_a_legal_form_and_a_ship_is_a_vessel_with_IMO_and_build_year()
    {
        var r = ParseFile(FixturePath);
        Assert.Equal(["Example Holdings", "Example Holdings Pte., Ltd.", "Primer Kholdings"], r.Entities[1].Names.Select(n => n.Full));
        var ship = r.Entities[2];
        Assert.Equal(EntityKind.Vessel, ship.Kind);
        Assert.Equal("9123456", ship.Identifiers.Single(i => i.Kind == IdentifierKind.Imo).Number);
        Assert.Equal(("Oil tanker", "1980"), (ship.Vessel!.Type, ship.Vessel.BuildYear));
    }

    [Fact]
    public void A_file_cut_short_fails_naming_the_line()
    {
        var bytes = File.ReadAllBytes(FixturePath);
        var ex = Assert.Throws<ListFormatException>(() => Parse("sema-lmes.xml", new MemoryStream(bytes[..(bytes.Length - 40)])));
        Assert.Equal("sema-lmes.xml", ex.File);
        Assert.StartsWith("line ", ex.Place, StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_2020_and_2025_files_hold_the_records_the_publisher_counts_and_names_are_stable_ids_across_them()
    {
        var old = ParseFile(SharedData.Path("ca-sema/2020-04/sema-lmes.xml"));
        var current = ParseFile(SharedData.Path("ca-sema/2025-05/sema-lmes.xml"));
        Assert.Equal((985, 384), (old.Entities.Count(e => e.Kind == EntityKind.Person), old.Entities.Count(e => e.Kind == EntityKind.Organization)));
        Assert.Equal(4_759, current.Entities.Count);
        Assert.Equal((3_334, 109), (current.Entities.Count(e => e.Kind == EntityKind.Person), current.Entities.Count(e => e.Kind == EntityKind.Vessel)));
        Assert.Equal(new DateOnly(2025, 3, 20), current.PublishedOn);
        Assert.Null(old.PublishedOn);
        Assert.InRange(current.Warnings.Count, 0, 5);
        Assert.All(current.Warnings, w => Assert.True(w.Line > 0));
        Assert.Equal(current.Entities.Count, current.Entities.Select(e => e.SourceId).Distinct().Count());
        // Ids follow names, not the renumbered schedule items: most 2020 entries are found again in 2025.
        var kept = old.Entities.Select(e => e.SourceId).Intersect(current.Entities.Select(e => e.SourceId)).Count();
        Assert.InRange(kept, 1_000, 1_369);
        Assert.Contains(current.Entities, e => e.Names.Any(n => n.Role == NameRole.OriginalScript && n.Note == "Belarusian"));
    }
}
