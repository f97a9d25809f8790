using Vigil.Sources.Un;

namespace Vigil.Sources.Tests.Un;

/// <summary>Real ALIAS_NAME values of the 2026-02 list and the names they hold: <c>*</c> marks original script, <c>[...]</c> a note.</summary>
public sealed class UnAliasSplitterTests
{
    private static string[] Split(string field) =>
        UnAliasSplitter.Split(field).Select(p => p.Name + (p.OriginalScript ? "*" : "") + (p.Note is null ? "" : $" [{p.Note}]")).ToArray();

    [Theory]
    [InlineData("Akrin Saleh Akrin (أقرين صالح أقرين)", "Akrin Saleh Akrin", "أقرين صالح أقرين*")]
    [InlineData("Jin Tiesan (金铁三)", "Jin Tiesan", "金铁三*")]
    [InlineData("Amir Khazmat (original script: Амир Хазмат)", "Amir Khazmat", "Амир Хазмат*")]
    [InlineData("Agha Jan Alizai اغا جان عالیزی", "Agha Jan Alizai", "اغا جان عالیزی*")]
    [InlineData("Akhter Mohmad son of Noor Mohmad (اختر محمد ولد نور محمد ),", "Akhter Mohmad son of Noor Mohmad", "اختر محمد ولد نور محمد*")]
    public void A_transliteration_and_its_original_script_become_two_names(string field, string latin, string original) =>
        Assert.Equal([latin, original], Split(field));

    [Theory]
    [InlineData("حسن غول (Hassan Ghul; Hassan Gul; Hasan Gul)", "حسن غول*", "Hassan Ghul", "Hassan Gul", "Hasan Gul")]
    [InlineData("Fazel Rahim; Fazil Rahim", "Fazel Rahim", "Fazil Rahim")]
    [InlineData("Mohammed Sabet; Mohammad Sabet b) M. Javad Kareemi Sabet", "Mohammed Sabet", "Mohammad Sabet", "M. Javad Kareemi Sabet")]
    [InlineData("أنصار الشريعة بليبيا (Ansar al Charia in Libya (ASL))", "أنصار الشريعة بليبيا*", "Ansar al Charia in Libya (ASL)")]
    public void Several_names_in_one_field_are_split(string field, params string[] names) =>
        Assert.Equal(names, Split(field));

    [Theory]
    [InlineData("Encep Nurjaman (birth name)", "Encep Nurjaman [birth name]")]
    [InlineData("EL PARA (COMBAT NAME)", "EL PARA [COMBAT NAME]")]
    [InlineData("Ezatullah Haqqani (previously listed as)", "Ezatullah Haqqani [previously listed as]")]
    [InlineData("Hilarion Santos, III (third)", "Hilarion Santos, III [third]")]
    [InlineData("Khirullah Said Wali Khairkhwa, born in Kandahar on 01 Jan.1967", "Khirullah Said Wali Khairkhwa [born in Kandahar on 01 Jan.1967]")]
    [InlineData("Safia Farkash Mohammed Al-Hadad, born 1 Jan. 1953 (Oman passport no.03825239, date of issue 4 May 2014, expiry 3 May 2024.)",
        "Safia Farkash Mohammed Al-Hadad [born 1 Jan. 1953; Oman passport no.03825239, date of issue 4 May 2014, expiry 3 May 2024.]")]
    [InlineData("Ansar al-Mujahideen Network - sub-unit name", "Ansar al-Mujahideen Network [sub-unit name]")]
    public void A_remark_after_the_name_becomes_its_note(string field, string expected) =>
        Assert.Equal([expected], Split(field));

    [Theory]
    [InlineData("Lord’s Resistance Movement (LRM)")]
    [InlineData("Leader (Hong Kong) International Trading Limited")]
    [InlineData("Lom-ali Butayev (Butaev)")]
    [InlineData("(Sheikh) Musa Hilal")]
    [InlineData("HARAKAT AL - SHABAAB AL - MUJAAHIDIIN")]
    [InlineData("Islamic State in Iraq and the Levant – West Africa (ISIL-WA)")]
    [InlineData("Riyadus-Salikhin Reconnaissance and Sabotage battalion of Shahids (martyrs)")]
    public void Other_brackets_and_dashes_stay_part_of_the_name(string field) =>
        Assert.Equal([field], Split(field));

    [Theory]
    [InlineData("華信船務(香港)有限公司")]
    [InlineData("جماعة أهل السنة للدعوة والجهاد")]
    public void A_name_only_in_another_script_is_one_original_script_name(string field) =>
        Assert.Equal([field + "*"], Split(field));

    [Fact]
    public void Line_breaks_and_repeated_spaces_inside_a_field_become_one_space() =>
        Assert.Equal(["Haji Faizullah Khan", "Haji Fiazullah"], Split("Haji\nFaizullah  Khan;\n Haji Fiazullah"));
}
