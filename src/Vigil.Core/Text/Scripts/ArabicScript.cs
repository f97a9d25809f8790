namespace Vigil.Core.Text.Scripts;

/// <summary>
/// Letters of the Arabic script that AnyAscii reads as consonants but names spell as vowels: the tā marbūṭa ة at the end
/// of a word (فاطمة Fatima, حمزة Hamza), and in Persian text a final ه after a consonant (the silent "he" of
/// خامنه‌ای Khamenei, فاطمه Fatemeh), which the consonant skeleton would otherwise keep as h; and letters Persian reads
/// otherwise than Arabic, such as the و that is the consonant v (جواد Javad), which AnyAscii reads w and the skeleton
/// would drop as a vowel.
/// </summary>
/// <remarks>
/// A text is Persian when it holds a letter Arabic does not use (پ چ ژ گ, Persian ک and ی) or a zero-width non-joiner.
/// Allah (الله, …لله) keeps its h. ی / ي and ک / ك already read alike (y, k); ة and ه both read h elsewhere.
/// </remarks>
internal static class ArabicScript
{
    /// <summary>True when the letter at <paramref name="i"/> is a vowel ending to drop rather than transliterate.</summary>
    public static bool IsSilentEnding(string text, int i)
    {
        var c = text[i];
        if (c is not ('\u0629' or '\u0647')) return false;
        var end = i + 1 >= text.Length || !IsArabicLetter(text[i + 1]);
        if (c == '\u0629') return end && i > 0 && IsArabicLetter(text[i - 1]);
        if (!end || i < 2 || !IsArabicLetter(text[i - 1])) return false;
        if (text[i - 1] == '\u0644' && text[i - 2] == '\u0644') return false; // الله
        // after a long vowel letter (ا و ی) the h is sounded: Allah, Shah, Rouhollah
        if (text[i - 1] is '\u0627' or '\u0648' or '\u06CC' or '\u064A') return false;
        return IsPersian(text);
    }

    /// <summary>The Latin letter Persian reads where AnyAscii reads Arabic, or null: in Persian text ث is s and ذ ض ظ are
    /// z (ظریف Zarif, not Dharif); ڤ, the letter Arabic writes v with (as <see cref="WithPersianV"/> does), is v.</summary>
    /// <remarks>As the ALA-LC Persian romanisation table and the lists write Persian names; Arabic reads th, dh
    /// (ذهبي Dhahabi).</remarks>
    public static string? InPersian(string text, int i)
    {
        var c = text[i];
        if (c == '\u06A4') return "v";
        if (c is not ('\u062B' or '\u0630' or '\u0636' or '\u0638') || !IsPersian(text)) return null;
        return c == '\u062B' ? "s" : "z";
    }

    /// <summary>Persian text with each و that Persian reads v written ڤ, or null when there is none: at the start of a
    /// word, after ا or before a vowel letter (ا ی و): جواد Javad, وحید Vahid, موسوی Mousavi, داوود Davud. Between
    /// consonants or at the end و is the vowel o/u (روحانی Rouhani, خسرو Khosrow), which AnyAscii's w already is.</summary>
    /// <remarks>As the ALA-LC Persian romanisation table and the lists write Persian names. A reading, not a replacement:
    /// the lists also write the Arabic w (Jawad), and the given-name families read Javad as Jawad.</remarks>
    public static string? WithPersianV(string name)
    {
        if (name.AsSpan().IndexOf('\u0648') < 0 || !IsPersian(name)) return null;
        char[]? chars = null;
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] != '\u0648') continue;
            var v = i == 0 || !IsArabicLetter(name[i - 1]) || name[i - 1] is '\u0627' or '\u0622'
                || (i + 1 < name.Length && name[i + 1] is '\u0627' or '\u0622' or '\u06CC' or '\u064A' or '\u0648');
            if (!v) continue;
            chars ??= name.ToCharArray();
            chars[i] = '\u06A4';
        }
        return chars is null ? null : new string(chars);
    }

    /// <summary>Arabic-script text that holds no Persian letter, with ث written س and ذ ض ظ written ز, or null when it has
    /// none of them: as Persian, Urdu, Pashto and Turkish say them, and as names from those languages are spelt in Latin
    /// even when written in Arabic letters (حافظ Hafiz, كاظمي Kazemi, فضل Fazl, ثاقب Saqib), where AnyAscii reads th, dh,
    /// d, dh. Persian text is read so already (<see cref="InPersian"/>).</summary>
    /// <remarks>A reading, not a replacement: Arabic names keep dh and th in Latin too (Kadhim, Uthman).</remarks>
    public static string? WithPersianConsonants(string name)
    {
        if (name.AsSpan().IndexOfAny(ArabicSibilants) < 0 || IsPersian(name)) return null;
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            chars[i] = chars[i] switch { '\u062B' => '\u0633', '\u0630' or '\u0636' or '\u0638' => '\u0632', var c => c };
        return new string(chars);
    }

    private static readonly System.Buffers.SearchValues<char> ArabicSibilants = System.Buffers.SearchValues.Create("\u062B\u0630\u0636\u0638");

    /// <summary>Persian text with each ق written غ, or null when there is none: popular Persian spelling writes both gh
    /// (قاسمی Ghasemi, باقری Bagheri, تقی Taghi, صادق Sadegh, عراقی Araghi), where AnyAscii and the ALA-LC table write q.</summary>
    /// <remarks>A reading, not a replacement: the lists write both (Qasem SOLEIMANI, Mohammad BAGHERI).</remarks>
    public static string? WithPersianGh(string name)
    {
        if (name.AsSpan().IndexOf('\u0642') < 0 || !IsPersian(name)) return null;
        return name.Replace('\u0642', '\u063A');
    }

    /// <summary>The name with each final ه after a consonant, in a word of three letters or more, written ة (فاطمه →
    /// فاطمة Fatima): outside Persian text, where that ه is already silent. Null when there is none.</summary>
    /// <remarks>Arabic writes the feminine ending ة, but ه is a common spelling of it (and Persian, Urdu or Kurdish text
    /// may hold no letter of its own), so both readings are compared; a final ه after ا و ی stays (شاه Shah), as does Allah's.</remarks>
    public static string? WithTaMarbuta(string name)
    {
        if (name.AsSpan().IndexOf('\u0647') < 0 || IsPersian(name)) return null;
        char[]? chars = null;
        for (var i = 2; i < name.Length; i++)
        {
            if (name[i] != '\u0647' || (i + 1 < name.Length && IsArabicLetter(name[i + 1]))) continue;
            if (!IsArabicLetter(name[i - 1]) || !IsArabicLetter(name[i - 2])) continue;
            if (name[i - 1] is '\u0627' or '\u0648' or '\u06CC' or '\u064A' || (name[i - 1] == '\u0644' && name[i - 2] == '\u0644')) continue;
            chars ??= name.ToCharArray();
            chars[i] = '\u0629';
        }
        return chars is null ? null : new string(chars);
    }

    /// <summary>The name with each الدين (al-Din, also with the Persian ی) that follows a word joined to it, twice: with its
    /// article (شمسالدين, as the lists' Shams al-Din, Nur al-Din are read joined) and without it (شمسدين, as
    /// -uddin and -eddine assimilate the article: Shamsuddin, Salaheddine). Empty when there is none
    /// (<c>Text/Data/theophoric.tsv</c>).</summary>
    public static IEnumerable<string> WithDinJoined(string name)
    {
        if (FindDin(name, 0) < 0) yield break;
        yield return DinJoined(name, article: true, null);
        yield return DinJoined(name, article: false, null);
    }

    /// <summary>Readings of a free text in the Arabic script, each with the offset in <paramref name="text"/> of each of its
    /// characters, or null offsets when every character stays where it was: the letter readings of
    /// <see cref="ScriptReadings.OfScript"/> line by line (each line says whether it is Persian: a file may hold Arabic
    /// and Persian news), then al-Din joined (<see cref="WithDinJoined"/>). Empty for a text these readings do not change.</summary>
    public static IEnumerable<(string Text, int[]? Offsets)> TextReadings(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAnyInRange('\u0620', '\u06D3') < 0) yield break;
        foreach (var reading in (Func<string, string?>[])[WithTaMarbuta, WithPersianV, WithPersianGh, WithPersianConsonants])
            if (ByLine(text, reading) is { } read) yield return (read, null);
        if (FindDin(text, 0) < 0) yield break;
        foreach (var article in (bool[])[true, false])
        {
            var offsets = new List<int>(text.Length);
            var joined = DinJoined(text, article, offsets);
            yield return (joined, [.. offsets]);
        }
    }

    /// <summary>The text with each line read by <paramref name="reading"/>, which keeps every character where it was; null
    /// when no line changes.</summary>
    private static string? ByLine(string text, Func<string, string?> reading)
    {
        char[]? chars = null;
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (reading(text[start..end]) is { } read)
            {
                chars ??= text.ToCharArray();
                read.CopyTo(0, chars, start, read.Length);
            }
            start = end + 1;
        }
        return chars is null ? null : new string(chars);
    }

    /// <summary>The name with each al-Din joined to the word before, with or without its article; <paramref name="offsets"/>,
    /// when given, receives the offset in <paramref name="name"/> of each character of the result.</summary>
    private static string DinJoined(string name, bool article, List<int>? offsets)
    {
        var sb = new System.Text.StringBuilder(name.Length);
        var from = 0;
        for (var at = FindDin(name, 0); at >= 0; at = FindDin(name, from))
        {
            // at: the space before الدين
            Append(from, at - from);
            if (article) Append(at + 1, DinLength);
            else Append(at + 3, DinLength - 2);
            from = at + 1 + DinLength;
        }
        Append(from, name.Length - from);
        return sb.ToString();

        void Append(int start, int count)
        {
            sb.Append(name, start, count);
            for (var i = 0; i < count && offsets is not null; i++) offsets.Add(start + i);
        }
    }

    /// <summary>The name with each organisation word written in the Arabic script (<c>Text/Data/arabic_org_words.tsv</c>)
    /// written in English, its article dropped (وزارة الدفاع → ministry defence) and a legal form put last (شركة النور →
    /// النور co), or null when it holds none: a reading for
    /// names that are not persons', so a translated listed name is found, while the name as written still meets a
    /// transliterated one.</summary>
    public static string? WithOrgWordsInEnglish(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.AsSpan().IndexOfAnyInRange('\u0620', '\u06D3') < 0) return null;
        var data = ReferenceData.Instance;
        var words = data.AbjadOrgWords;
        System.Text.StringBuilder? sb = null;
        string? form = null;
        var from = 0;
        for (var i = 0; i < name.Length;)
        {
            if (!IsArabicLetter(name[i])) { i++; continue; }
            var end = i;
            while (end < name.Length && (IsArabicLetter(name[end]) || IsArabicMark(name[end]) || name[end] == '\u200C')) end++;
            if (EnglishOf(name, i, end, words) is { } english)
            {
                sb ??= new System.Text.StringBuilder(name.Length);
                sb.Append(name, from, i - from);
                // A legal form goes last, where English names write it (شركة النور → al nour co, as Al Nour Company).
                if (form is null && data.CanonicalLegalForms.Contains(english)) form = english;
                else sb.Append(english);
                from = end;
            }
            i = end;
        }
        if (sb is null) return null;
        sb.Append(name, from, name.Length - from);
        if (form is not null) sb.Append(' ').Append(form);
        return sb.ToString().Trim();
    }

    /// <summary>A reading of a text for free-text screening: each organisation word written in the Arabic script
    /// (<c>arabic_org_words.tsv</c>), its article or li- with it, written in English and capitalised as a name word in
    /// Latin prose is (<c>الحرس الثوري</c> → <c>Guard Revolutionary</c>), every other character as written. Offsets give the
    /// text's offset of each character of the reading (an English word spans the written word: its first letter at the
    /// word's first, its last at the word's last). Null when the text holds no such word.</summary>
    public static (string Text, int[] Offsets)? TextWithOrgWordsInEnglish(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAnyInRange('\u0620', '\u06D3') < 0) return null;
        var words = ReferenceData.Instance.AbjadOrgWords;
        System.Text.StringBuilder? sb = null;
        List<int>? offsets = null;
        var from = 0;
        for (var i = 0; i < text.Length;)
        {
            if (!IsArabicLetter(text[i])) { i++; continue; }
            var end = i;
            while (end < text.Length && (IsArabicLetter(text[end]) || IsArabicMark(text[end]) || text[end] == '\u200C')) end++;
            if (EnglishOf(text, i, end, words) is { } english)
            {
                sb ??= new System.Text.StringBuilder(text.Length);
                offsets ??= new List<int>(text.Length);
                for (var k = from; k < i; k++) { sb.Append(text[k]); offsets.Add(k); }
                for (var k = 0; k < english.Length; k++)
                {
                    sb.Append(k == 0 ? char.ToUpperInvariant(english[k]) : english[k]);
                    offsets.Add(k == english.Length - 1 ? end - 1 : Math.Min(i + k, end - 1));
                }
                from = end;
            }
            i = end;
        }
        if (sb is null) return null;
        for (var k = from; k < text.Length; k++) { sb.Append(text[k]); offsets!.Add(k); }
        return (sb.ToString(), [.. offsets!]);
    }

    /// <summary>The English form of the written word <paramref name="name"/>[<paramref name="start"/>..<paramref name="end"/>]
    /// when it is an organisation word of the table, with its article or li- and the article; null otherwise.</summary>
    private static string? EnglishOf(string name, int start, int end, System.Collections.Frozen.FrozenDictionary<string, string> words)
    {
        var key = TextNormalizer.Normalize(name[start..end]);
        if (key.StartsWith("al ", StringComparison.Ordinal)) key = key[3..];
        // li- and the article joined before the word (للنقل, "for transport"), as organisation names often write it.
        if (!words.ContainsKey(key) && end - start > LiAl.Length + 1 && name.AsSpan(start).StartsWith(LiAl, StringComparison.Ordinal))
            key = TextNormalizer.Normalize(name[(start + LiAl.Length)..end]);
        return words.TryGetValue(key, out var english) ? english : null;
    }

    /// <summary>لل: the preposition li- and the article al- written joined before a word.</summary>
    private const string LiAl = "\u0644\u0644";

    /// <summary>الدين: alef, lam, dal, yeh, noon.</summary>
    private const int DinLength = 5;

    /// <summary>The index of a space between an Arabic letter and a whole word الدين (or الدین), at or after
    /// <paramref name="from"/>; -1 when none.</summary>
    private static int FindDin(string name, int from)
    {
        for (var i = Math.Max(from, 1); i + 1 + DinLength <= name.Length; i++)
        {
            if (name[i] != ' ' || !IsArabicLetter(name[i - 1])) continue;
            if (name[i + 1] == '\u0627' && name[i + 2] == '\u0644' && name[i + 3] == '\u062F' && name[i + 4] is '\u064A' or '\u06CC' && name[i + 5] == '\u0646'
                && (i + 1 + DinLength == name.Length || !IsArabicLetter(name[i + 1 + DinLength])))
                return i;
        }
        return -1;
    }

    /// <summary>A letter that never joins the letter after it (ا أ إ آ ٱ د ذ ر ز ژ و ؤ ة ء; the Unicode Standard's Arabic
    /// joining types, "right-joining" and "non-joining"): a space left out after one of them does not show, so typed
    /// names often lack it (<c>محمدديب</c> reads as محمد ديب).</summary>
    internal static bool EndsJoining(char c) => c is '\u0627' or '\u0623' or '\u0625' or '\u0622' or '\u0671' or '\u062F' or '\u0630'
        or '\u0631' or '\u0632' or '\u0698' or '\u0648' or '\u0624' or '\u0629' or '\u0621';

    /// <summary>The name with one word of the Arabic script split where a space may have been left out unseen: after a
    /// letter that does not join the next (<see cref="EndsJoining"/>), into two parts of at least
    /// <paramref name="minPart"/> letters that <paramref name="known"/> both holds (<c>أمجدعباس</c> → أمجد عباس, Amjad
    /// Abbas), in a word <paramref name="known"/> does not hold whole. One reading per such place, in order; none for a
    /// name without one.</summary>
    public static IEnumerable<string> WithUnseenSpaces(string name, Func<string, bool> known, int minPart)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(known);
        if (name.AsSpan().IndexOfAnyInRange('\u0620', '\u06D3') < 0) yield break;
        var start = 0;
        while (start < name.Length)
        {
            while (start < name.Length && !IsArabicLetter(name[start])) start++;
            var end = start;
            while (end < name.Length && (IsArabicLetter(name[end]) || IsArabicMark(name[end]))) end++;
            // a word the lists know whole (عبدالله, as ABDALLAH) is written as they write it
            if (Letters(name, start, end) < 2 * minPart || known(name[start..end])) { start = end; continue; }
            for (var i = start + minPart; i <= end - minPart; i++)
            {
                if (!EndsJoining(name[i - 1]) || Letters(name, start, i) < minPart || Letters(name, i, end) < minPart) continue;
                if (known(name[start..i]) && known(name[i..end])) yield return string.Concat(name.AsSpan(0, i), " ", name.AsSpan(i));
            }
            start = end;
        }

        static int Letters(string s, int from, int to)
        {
            var n = 0;
            for (var k = from; k < to; k++) if (IsArabicLetter(s[k])) n++;
            return n;
        }
    }

    /// <summary>A letter of the Arabic script (Arabic, Persian, Urdu).</summary>
    internal static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u064A' or >= '\u066E' and <= '\u06D3';

    /// <summary>A short-vowel mark, the superscript alef or the tatweel: written inside a word, never a letter of it.</summary>
    internal static bool IsArabicMark(char c) => c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640';

    private static readonly System.Buffers.SearchValues<char> PersianMarks = System.Buffers.SearchValues.Create("\u067E\u0686\u0698\u06AF\u06A9\u06CC\u200C");

    /// <summary>Persian text: a letter Arabic does not use, a zero-width non-joiner, or the family-name ending زاده (-zadeh,
    /// "born of"), which Arabic names do not carry (وهاب زاده Vahabzadeh holds no Persian letter).</summary>
    private static bool IsPersian(string text) =>
        text.AsSpan().IndexOfAny(PersianMarks) >= 0 || text.Contains("\u0632\u0627\u062F\u0647", StringComparison.Ordinal);
}
