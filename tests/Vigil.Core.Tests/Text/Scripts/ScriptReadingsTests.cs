using Vigil.Core.Model;
using Vigil.Core.Matching;
using Vigil.Core.Text;
using Vigil.Core.Text.Scripts;

namespace Vigil.Core.Tests.Text.Scripts;

public sealed class ScriptReadingsTests
{
    [Theory]
    [InlineData('김', "gim", "kim", "kim")]
    [InlineData('정', "jeong", "chong", "jong")]
    [InlineData('은', "eun", "un", "un")]
    [InlineData('박', "bak", "pak", "pak")]
    [InlineData('룡', "ryong", "ryong", "ryong")]
    [InlineData('시', "si", "shi", "si")]
    public void A_Hangul_syllable_is_romanised_in_each_Korean_system(char syllable, string revised, string mcCune, string dprk)
    {
        Assert.Equal(revised, Hangul.Syllable(syllable, Hangul.System.Revised));
        Assert.Equal(mcCune, Hangul.Syllable(syllable, Hangul.System.McCuneReischauer));
        Assert.Equal(dprk, Hangul.Syllable(syllable, Hangul.System.Dprk));
    }

    [Fact]
    public void A_Korean_name_is_read_with_the_family_names_usual_spellings_and_each_system()
    {
        var readings = ScriptReadings.OfScript("이명박", ScoringProfile.Default);
        Assert.Equal("lee myong pak", readings[0]);
        Assert.Contains("lee myeong bak", readings);
        Assert.Contains("yi myong pak", readings);
        Assert.InRange(readings.Count, 1, ScoringProfile.Default.ScriptReadings);
    }

    [Fact]
    public void A_Korean_name_in_Western_order_keeps_its_family_name_last()
    {
        var readings = ScriptReadings.OfScript("현우 한", ScoringProfile.Default);
        Assert.Equal("hyon u han", readings[0]);
        Assert.Contains("hyeon u han", readings);
    }

    [Fact]
    public void A_Latin_name_has_no_script_reading() =>
        Assert.Empty(ScriptReadings.OfScript("Kim Jong Un", ScoringProfile.Default));

    [Theory]
    [InlineData("Γιάνης Βαρουφάκης", "yanis varoufakis")]
    [InlineData("Ντόρα Μπακογιάννη", "dora bakoyanni")]
    [InlineData("Ευάγγελος", "evangelos")]
    public void A_Greek_name_is_read_as_ELOT_743_and_as_people_spell_it(string greek, string expected) =>
        Assert.Contains(expected, ScriptReadings.OfScript(greek, ScoringProfile.Default));

    [Theory]
    [InlineData("Wolodymyr Selenskyj", "volodymyr selenskyy")]
    [InlineData("Sergejs Lavrovs", "sergey lavrov")]
    [InlineData("Dmitrij Miedwiediew", "dmitriy medvedev")]
    [InlineData("Sergej Šojgu", "sergey shoygu")]
    [InlineData("Alexander Sacharow", "alexander sakharov")]
    [InlineData("Igor Setschin", "igor sechin")]
    [InlineData("Vladimir Poutine", "vladimir putin")]
    [InlineData("Evgueni Prigojine", "evgeni prigozhin")]
    [InlineData("Ig0r Sech1n", "Igor Sechin")]
    public void A_Latin_name_in_another_romanisation_is_read_as_the_lists_write_it(string name, string expected) =>
        Assert.Contains(expected, ScriptReadings.ByRule(name));

    [Theory]
    [InlineData("John Williams")]
    [InlineData("Jose Juan Lopez")]
    [InlineData("Boeing 737")]
    [InlineData("A380 Leasing")]
    [InlineData("Moussa Koussa")]
    public void An_English_spelling_or_a_number_has_no_rule_reading(string name)
    {
        var readings = ScriptReadings.ByRule(name);
        Assert.DoesNotContain(readings, r => r.Contains('y', StringComparison.Ordinal) && !name.Contains('y', StringComparison.Ordinal) && name != "Moussa Koussa");
        if (name != "Moussa Koussa") Assert.Empty(readings);
    }

    [Theory]
    [InlineData("בנימין נתניהו", "bnymyn ntnyhw")]
    [InlineData("משה דיין", "msh dyyn")]
    [InlineData("נועם לוי", "nwm lvy")]
    [InlineData("יוסף", "ywsf")]
    public void Hebrew_letters_read_as_the_consonants_English_spellings_write(string hebrew, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(hebrew));

    [Fact]
    public void A_Hebrew_word_is_also_read_without_its_prefix_and_with_hard_letters()
    {
        var readings = ScriptReadings.OfScript("יאיר הלפיד", ScoringProfile.Default);
        Assert.Contains("יאיר לפיד", readings);
        Assert.Contains("יאיר הלפ\u05BCיד", readings);
    }

    [Fact]
    public void A_Hebrew_name_is_also_read_in_English_biblical_spelling_word_by_word()
    {
        var readings = ScriptReadings.OfScript("בנימין נתניהו", ScoringProfile.Default).Select(TextNormalizer.Normalize).ToList();
        Assert.Contains("bnjmyn ntnyhw", readings); // Benjamin, and Netanyahu as modern spelling writes it
        Assert.Contains("jkb", ScriptReadings.OfScript("יעקב", ScoringProfile.Default).Select(TextNormalizer.Normalize));
    }

    [Theory]
    [InlineData("ג׳ורג׳", "jwrj")]
    [InlineData("ז׳בוטינסקי", "zhvwtynsky")]
    public void A_Hebrew_letter_with_a_geresh_reads_the_sound_Hebrew_has_no_letter_for(string hebrew, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(hebrew));

    [Theory]
    [InlineData("יוסי כהן", "Yossi Cohen")]
    [InlineData("יעקב פרי", "Jacob Perry")]
    [InlineData("יוסף בורג", "Joseph Burg")]
    [InlineData("יונתן פולארד", "Jonathan Pollard")]
    [InlineData("בנימין נתניהו", "Benjamin Netanyahu")]
    public void A_Hebrew_name_matches_its_English_spelling(string hebrew, string english) =>
        Assert.True(NameComparer.Compare(hebrew, english, EntityKind.Person) >= ScoringProfile.Default.AlertThreshold);

    [Theory]
    [InlineData("יוסי כהן", "Yossi Klein")]
    [InlineData("בנימין נתניהו", "Benjamin Gantz")]
    [InlineData("יאיר לפיד", "Yosef Lapid")]
    [InlineData("محمد جواد ظریف", "Mohammad Javad Larijani")]
    [InlineData("فاطمه حسيني", "Fatima Karimi")]
    public void A_name_sharing_one_word_stays_under_the_threshold(string name, string other) =>
        Assert.True(NameComparer.Compare(name, other, EntityKind.Person) < ScoringProfile.Default.AlertThreshold);

    [Fact]
    public void Cohen_and_Hebrew_kh_written_apart_share_a_skeleton() =>
        Assert.Equal(PhoneticKey.Skeleton("cohen"), PhoneticKey.Skeleton(TextNormalizer.Normalize("כהן")));

    [Theory]
    [InlineData("محمد جواد ظریف", "mhmd jvd zryf")]   // و before ا is v, ظ is z in Persian
    [InlineData("میرحسین موسوی", "myrhsyn mwsvy")]    // و between consonants stays the vowel, before ی it is v
    [InlineData("وحیدی", "vhydy")]                    // at the start of a word
    public void Persian_text_is_also_read_with_vav_as_v_where_it_opens_a_syllable(string name, string expected) =>
        Assert.Contains(expected, ScriptReadings.OfScript(name, ScoringProfile.Default).Select(TextNormalizer.Normalize));

    [Fact]
    public void Arabic_text_keeps_vav_as_w_and_thal_as_dh()
    {
        Assert.Empty(ScriptReadings.OfScript("وليد", ScoringProfile.Default));
        Assert.Equal("mhmd jwd zryf", TextNormalizer.Normalize("محمد جواد ظریف")); // the name as written keeps w (Jawad)
        Assert.Equal("dhhby", TextNormalizer.Normalize("ذهبي"));
    }

    [Fact]
    public void An_Arabic_final_he_after_a_consonant_is_also_read_as_ta_marbuta()
    {
        Assert.Contains("فاطمة الزهرا", ScriptReadings.OfScript("فاطمه الزهرا", ScoringProfile.Default));
        Assert.Empty(ScriptReadings.OfScript("عبد الله شاه", ScoringProfile.Default));
        Assert.True(NameComparer.Compare("فاطمه الزهرا", "Fatima al-Zahra", EntityKind.Person) >= ScoringProfile.Default.AlertThreshold);
    }

    [Theory]
    [InlineData("မင်းအောင်လှိုင်", "min aung hlaing")]
    [InlineData("သိန်းစိန်", "thein sein")]
    [InlineData("ဝင်းမြင့်", "win myint")]
    [InlineData("ထင်ကျော်", "htin kyaw")]
    [InlineData("အောင်ဆန်းစုကြည်", "aung san su kyi")]
    [InlineData("ရွှေ ၁၂", "shwe 12")]
    public void A_Burmese_name_is_read_syllable_by_syllable_as_it_is_listed(string burmese, string expected) =>
        Assert.Contains(expected, ScriptReadings.OfScript(burmese, ScoringProfile.Default));

    [Fact]
    public void Al_din_is_read_joined_to_the_word_before_with_and_without_its_article()
    {
        var readings = ScriptReadings.OfScript("شمس الدين فاروقي", ScoringProfile.Default);
        Assert.Contains("شمسالدين فاروقي", readings);
        Assert.Contains("شمسدين فاروقي", readings);
        // The Persian yeh too; a name without al-Din, or with it first, has no such reading.
        Assert.Contains("نوردین حداد", ScriptReadings.OfScript("نور الدین حداد", ScoringProfile.Default));
        Assert.DoesNotContain(ScriptReadings.OfScript("الدين فاروقي", ScoringProfile.Default), r => r.Contains("دين", StringComparison.Ordinal) && !r.Contains(' ', StringComparison.Ordinal));
        Assert.Empty(ArabicScript.WithDinJoined("شمس فاروقي"));
    }

    [Fact]
    public void The_z_reading_and_al_din_joined_combine()
    {
        Assert.Contains("زياءدين يوسف", ScriptReadings.OfScript("ضياء الدين يوسف", ScoringProfile.Default));
        Assert.True(NameComparer.Compare("ضياء الدين يوسف", "Ziauddin Yousuf", EntityKind.Person) >= ScoringProfile.Default.AlertThreshold);
    }

    [Fact]
    public void A_name_ending_in_zadeh_is_persian_though_it_holds_no_persian_letter()
    {
        // و after a space is Persian v (Vahab), which a text held to be Arabic reads w.
        Assert.Contains("ڤهاب زاده", ScriptReadings.OfScript("وهاب زاده", ScoringProfile.Default));
        Assert.True(NameComparer.Compare("وهاب زاده", "VAHABZADEH", EntityKind.Person) >= ScoringProfile.Default.AlertThreshold);
    }

    [Theory]
    [InlineData("محمود", "mahmoud", true)]
    [InlineData("محمود", "muhammad", false)]
    [InlineData("خالد", "khalid", true)]
    [InlineData("خالد", "khuwaylid", false)]
    [InlineData("خويلد", "khuwaylid", true)]
    [InlineData("شمسي", "shamsi", true)]
    [InlineData("شمسي", "chams", false)]
    [InlineData("أمين", "amin", true)]
    [InlineData("أمين", "yemen", false)]
    [InlineData("حسين", "hussein", true)]
    [InlineData("حسين", "husayn", true)]
    [InlineData("سليماني", "soleimani", true)]
    [InlineData("داود", "dawood", true)]
    public void A_vowel_less_word_and_a_latin_one_agree_on_the_long_vowels_the_arabic_script_writes(string arabic, string latin, bool agree)
    {
        var abjad = TextNormalizer.Normalize(arabic);
        Assert.Equal(PhoneticKey.Skeleton(abjad), PhoneticKey.Skeleton(latin));
        Assert.Equal(agree, PhoneticKey.WrittenVowelsAgree(abjad, latin));
    }

    [Theory]
    [InlineData("مرتضی", "morteza", true)]
    [InlineData("رضایی", "raza", false)]
    [InlineData("رضایی", "rezaei", true)]
    public void A_final_yeh_may_be_a_long_a_but_not_when_doubled(string arabic, string latin, bool agree) =>
        Assert.Equal(agree, PhoneticKey.WrittenVowelsAgree(TextNormalizer.Normalize(arabic), latin));

    [Theory]
    [InlineData("عدد", "اياد", false)]
    [InlineData("حسن", "حسين", false)]
    [InlineData("داود", "داوود", true)]
    [InlineData("يوسف", "یوسف", true)]
    public void Two_vowel_less_words_write_the_same_long_vowels(string first, string second, bool same)
    {
        var (a, b) = (TextNormalizer.Normalize(first), TextNormalizer.Normalize(second));
        Assert.Equal(PhoneticKey.Skeleton(a), PhoneticKey.Skeleton(b));
        Assert.Equal(same, PhoneticKey.SameWrittenVowels(a, b));
    }

    [Fact]
    public void A_word_read_with_its_vowels_is_not_vowel_less_and_always_agrees() =>
        Assert.True(PhoneticKey.WrittenVowelsAgree("abdullah", "abdul"));

    [Fact]
    public void Written_vowels_decide_a_pair_that_shares_its_consonants()
    {
        Assert.True(NameComparer.Compare("محمود عباس", "Mahmoud Abbas", EntityKind.Person) >= ScoringProfile.Default.AlertThreshold);
        Assert.True(NameComparer.Compare("محمود عباس", "Muhammad Abbas", EntityKind.Person) < ScoringProfile.Default.AlertThreshold);
    }

    [Theory]
    [InlineData("chouman", "شومان")]
    [InlineData("djamel", "جمال")]
    [InlineData("cherif", "شريف")]
    public void French_spellings_of_arabic_letters_have_the_arabic_consonants(string latin, string arabic) =>
        Assert.Equal(PhoneticKey.Skeleton(TextNormalizer.Normalize(arabic)), PhoneticKey.Skeleton(latin));

    [Fact]
    public void Persian_qaf_is_also_read_gh()
    {
        Assert.Contains("محمد باغری", ScriptReadings.OfScript("محمد باقری", ScoringProfile.Default));
        // Not in Arabic text, which reads q.
        Assert.Null(ArabicScript.WithPersianGh("قاسم"));
        Assert.InRange(NameComparer.Compare("محمد باقری", "Mohammad BAGHERI", EntityKind.Person), ScoringProfile.Default.AlertThreshold, 1.0);
    }

    [Theory]
    [InlineData("hassanzadeh", "حسن زاده")]
    [InlineData("hassanzadeh", "حسن\u200Cزاده")] // Persian script, its final ه dropped by the normaliser
    [InlineData("akhundzada", "آخوند زاده")]
    public void A_persian_family_name_ending_written_apart_is_one_word_with_the_latin_consonants(string latin, string persian)
    {
        var tokens = Vigil.Core.Names.NameAnalyzer.Analyze(persian, EntityKind.Person);
        Assert.Single(tokens);
        Assert.Equal(PhoneticKey.Skeleton(latin), PhoneticKey.Skeleton(tokens[0].Text));
    }

    [Fact]
    public void A_final_h_is_silent_only_after_three_consonants() =>
        Assert.NotEqual(PhoneticKey.Skeleton("nur"), PhoneticKey.Skeleton(TextNormalizer.Normalize("نوره")));

    [Fact]
    public void Arabic_letters_that_persian_and_urdu_say_as_z_and_s_are_also_read_so()
    {
        Assert.Contains("حافز", ScriptReadings.OfScript("حافظ", ScoringProfile.Default));
        Assert.Equal("نور محمد ساقب", ArabicScript.WithPersianConsonants("نور محمد ثاقب"));
        Assert.Null(ArabicScript.WithPersianConsonants("محمد"));
        Assert.InRange(NameComparer.Compare("محمد كاظمي", "Mohammad KAZEMI", EntityKind.Person), ScoringProfile.Default.AlertThreshold, 1.0);
        // Arabic spellings with dh still match the name as written.
        Assert.InRange(NameComparer.Compare("كاظم", "KADHIM", EntityKind.Person), ScoringProfile.Default.AlertThreshold, 1.0);
    }

    [Theory]
    [InlineData("Pyotr Fyodorov", "Petr Fedorov")]
    [InlineData("Artyom Seleznyov", "Artem Seleznev")]
    [InlineData("Mikhail Gorbachyov", "Mikhail Gorbachev")]
    public void Yo_written_for_the_russian_yo_after_a_consonant_is_also_read_e(string yo, string e)
    {
        Assert.Contains(e.ToLowerInvariant(), ScriptReadings.ByRule(yo));
        Assert.InRange(NameComparer.Compare(yo, e, EntityKind.Person), ScoringProfile.Default.AlertThreshold, 1.0);
    }

    [Fact]
    public void Korean_syllables_with_yo_are_not_read_as_russian()
    {
        Assert.DoesNotContain(ScriptReadings.ByRule("Ri Pyong Chol"), r => r.Contains("peng", StringComparison.Ordinal));
        Assert.DoesNotContain(ScriptReadings.ByRule("Kim Hyok Chol"), r => r.Contains("hek", StringComparison.Ordinal));
    }
}

public sealed class UnseenSpaceTests
{
    private static readonly double Threshold = ScoringProfile.Default.AlertThreshold;

    [Fact]
    public void An_Arabic_word_splits_only_after_a_letter_that_does_not_join_the_next()
    {
        // أمجدعباس: after د (does not join) → أمجد عباس; after أ and ا the parts would be under three letters.
        static bool Short(string part) => part.Length <= 5; // the parts are words, the whole is none
        Assert.Equal(["أمجد عباس"], ArabicScript.WithUnseenSpaces("أمجدعباس", Short, 3));
        // محمدعلي: د ends the joining; in نجيبحسين every letter joins the next, so a missing space would show: no split.
        Assert.Equal(["حسن محمد علي"], ArabicScript.WithUnseenSpaces("حسن محمدعلي", Short, 3));
        Assert.Empty(ArabicScript.WithUnseenSpaces("نجيبحسين", Short, 3));
        Assert.Empty(ArabicScript.WithUnseenSpaces("Muhammad Dib", Short, 3));
    }

    [Fact]
    public void Both_parts_must_be_words_the_lists_know()
    {
        Assert.Empty(ArabicScript.WithUnseenSpaces("أمجدعباس", part => part.Length <= 5 && part != "عباس", 3));
        // … and the word as written must not be one: عبدالله is written as the lists write it
        Assert.Empty(ArabicScript.WithUnseenSpaces("عبدالله", _ => true, 3));
    }

    [Fact]
    public void A_name_typed_without_the_space_that_does_not_show_meets_its_listed_person()
    {
        Assert.InRange(NameComparer.Compare("أمجدعباس", "Amjad AL-ABBAS", EntityKind.Person), Threshold, 1.0);
        Assert.InRange(NameComparer.Compare("محمدديب", "Muhammad Dib", EntityKind.Person), Threshold, 1.0);
        // the split still has to match: Amjad Abbas is not Amjad Hassan
        Assert.InRange(NameComparer.Compare("أمجدعباس", "Amjad HASSAN", EntityKind.Person), 0.0, Threshold - 0.01);
    }

    [Fact]
    public void A_Latin_name_written_without_spaces_is_judged_by_the_direction_that_splits_it() =>
        Assert.InRange(NameComparer.Compare("alexandervyacheslavovichzakharov", "Aleksandr Vyacheslavovich Zakharov", EntityKind.Person), Threshold, 1.0);

    [Theory]
    [InlineData("شركة الرافدين للنقل", "transport")]  // li- and the article joined before a word of the table
    [InlineData("شرکت صنایع الکترونیک ایران", "electronics")] // a loanword that begins like the article
    [InlineData("مديرية الاستخبارات العسكرية", "military")]
    public void An_arabic_script_organisation_word_reads_in_english(string name, string english) =>
        Assert.Contains(english, ArabicScript.WithOrgWordsInEnglish(name)!.Split(' '));
}
